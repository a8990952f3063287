import { expect, it } from "vitest";
import { VIEWER_ITEM_ACTIONS } from "./items";
import { VIEWER_CASE_ACTIONS, VIEWER_GLOBAL_ACTIONS, VIEWER_MEETING_ACTIONS } from "./policy";
import { RULES, type Rule } from "./rules";

// A snapshot of every permission rule. When it changes, the diff is reviewed as a permission change.
it("permission rules snapshot", () => {
  const lines = Object.entries(RULES).map(([action, rule]: [string, Rule]) => {
    const who = rule.allow.map((w) =>
      "anyone" in w
        ? "anyone signed in"
        : "role" in w
          ? `role:${w.role}`
          : "item" in w
            ? `item:${w.item}`
            : "member" in w
              ? `member:${w.member}`
              : "meeting" in w
                ? `meeting:${w.meeting}`
                : "agenda" in w
                  ? `agenda:${w.agenda}`
                  : `relation:${w.relation}`,
    );
    const kinds = rule.kinds ? ` (${rule.kinds.join(", ")} only)` : "";
    const system = rule.scope ? `systems: ${rule.scope}` : "no systems";
    return `${action.padEnd(18)} ${who.join(" | ")}${kinds} [${system}]  — ${rule.description}`;
  });
  expect(lines.join("\n")).toMatchSnapshot();
});

// Which rule stands behind each `viewerCan` entry the API offers (global, per case, per item).
it("viewerCan entries snapshot", () => {
  const lines = [
    ...Object.entries(VIEWER_GLOBAL_ACTIONS).map(([key, action]) => `Query.viewerCan ${key} ← ${action}`),
    ...Object.entries(VIEWER_CASE_ACTIONS).map(([key, action]) => `Case.viewerCan ${key} ← ${action}`),
    ...Object.entries(VIEWER_MEETING_ACTIONS).map(([key, action]) => `Meeting.viewerCan ${key} ← ${action}`),
    ...Object.entries(VIEWER_ITEM_ACTIONS).map(
      ([key, { action, when }]) => `DossierItem.viewerCan ${key} ← ${action} (when ${when})`,
    ),
  ];
  expect(lines.join("\n")).toMatchSnapshot();
});
