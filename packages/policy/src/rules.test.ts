import { expect, it } from "vitest";
import { RULES } from "./rules";

// A snapshot of every permission rule. When it changes, the diff is reviewed as a permission change.
it("permission rules snapshot", () => {
  const lines = Object.entries(RULES).map(([action, rule]) => {
    const who = rule.allow.map((w) =>
      "anyone" in w ? "anyone signed in" : "role" in w ? `role:${w.role}` : `relation:${w.relation}`,
    );
    return `${action.padEnd(18)} ${who.join(" | ")}  — ${rule.description}`;
  });
  expect(lines.join("\n")).toMatchSnapshot();
});
