import { describe, expect, it } from "vitest";
import type { DossierItemCard } from "./types";
import {
  CONTENT_KINDS,
  PLAN_KINDS,
  changeLine,
  timelineDays,
  isTimelineView,
  itemTitle,
  kindsOfView,
  timelineKinds,
} from "./timeline";

function item(fields: Record<string, unknown>): DossierItemCard {
  return {
    __typename: "Observation",
    id: "i",
    kind: "OBSERVATION",
    domain: "EDUCATION",
    version: 1,
    createdAt: "2026-12-03T09:15:00.000Z",
    updatedAt: "2026-12-03T09:15:00.000Z",
    summary: null,
    ...fields,
  } as unknown as DossierItemCard;
}

describe("views and kinds", () => {
  it("splits every kind into dossier content or plan bookkeeping, once", () => {
    const all = kindsOfView("alles");
    expect(new Set(all).size).toBe(12);
    expect(CONTENT_KINDS.filter((k) => PLAN_KINDS.includes(k))).toEqual([]);
    expect(kindsOfView("plan")).toEqual(["PLAN", "GOAL", "ACTION", "RESULT", "EVALUATION"]);
  });

  it("asks for the view's kinds, the chosen kind only when the view offers it, and no kinds for all", () => {
    expect(timelineKinds("inhoud", null)).toEqual([...CONTENT_KINDS]);
    expect(timelineKinds("inhoud", "NOTE")).toEqual(["NOTE"]);
    expect(timelineKinds("inhoud", "ACTION")).toEqual([...CONTENT_KINDS]);
    expect(timelineKinds("plan", "ACTION")).toEqual(["ACTION"]);
    expect(timelineKinds("alles", null)).toBeNull();
    expect(timelineKinds("alles", "RESULT")).toEqual(["RESULT"]);
  });

  it("knows its views", () => {
    expect(isTimelineView("plan")).toBe(true);
    expect(isTimelineView("PLAN")).toBe(false);
    expect(isTimelineView(null)).toBe(false);
  });
});

describe("timelineDays", () => {
  it("groups by the Dutch calendar day, in order, with the day in words", () => {
    const days = timelineDays([
      item({ id: "a", createdAt: "2026-12-03T23:30:00.000Z" }), // 4 December 00:30 in Amsterdam
      item({ id: "b", createdAt: "2026-12-03T09:15:00.000Z" }),
      item({ id: "c", createdAt: "2026-12-03T08:00:00.000Z" }),
      item({ id: "d", createdAt: "2026-11-30T12:00:00.000Z" }),
    ]);
    expect(days.map((d) => [d.key, d.label, d.items.map((i) => i.id)])).toEqual([
      ["2026-12-04", "4 december 2026", ["a"]],
      ["2026-12-03", "3 december 2026", ["b", "c"]],
      ["2026-11-30", "30 november 2026", ["d"]],
    ]);
  });

  it("is empty for no items, and survives a date it cannot read", () => {
    expect(timelineDays([])).toEqual([]);
    expect(timelineDays([item({ createdAt: "gisteren" })])[0]!.label).toBe("Onbekende datum");
  });
});

describe("titles and changes", () => {
  it("writes dates in words, never ISO", () => {
    const scheduled = item({
      __typename: "Evaluation",
      kind: "EVALUATION",
      scheduledOn: "2026-12-03",
      heldOn: null,
    });
    expect(itemTitle(scheduled)).toBe("Evaluatie gepland op 3 december 2026");
    const held = item({
      __typename: "Evaluation",
      kind: "EVALUATION",
      scheduledOn: "2026-12-03",
      heldOn: "2026-12-05",
    });
    expect(itemTitle(held)).toBe("Evaluatie gehouden op 5 december 2026");
    expect(itemTitle(held)).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("titles actions, plans, results and content in their own words", () => {
    expect(itemTitle(item({ __typename: "Action", kind: "ACTION", actionTitle: "Bellen met school" }))).toBe(
      "Bellen met school",
    );
    expect(itemTitle(item({ __typename: "Plan", kind: "PLAN", number: 2, planStatus: "APPROVED" }))).toBe(
      "Gezinsplan versie 2 (vastgesteld)",
    );
    expect(itemTitle(item({ __typename: "Result", kind: "RESULT", resultStatus: "ACHIEVED" }))).toBe(
      "Resultaat: bereikt",
    );
    expect(itemTitle(item({ statement: "Kim is er niet." }))).toBe("Kim is er niet.");
    expect(itemTitle(item({ __typename: "Goal", kind: "GOAL", summary: "Elke dag naar school" }))).toBe(
      "Elke dag naar school",
    );
  });

  it("describes a status change as such, a correction as a correction, nothing when unchanged", () => {
    const action = item({
      __typename: "Action",
      kind: "ACTION",
      version: 2,
      actionStatus: "DONE",
      statusChangedAt: "2026-12-05T14:00:00.000Z",
      updatedAt: "2026-12-05T14:00:00.000Z",
    });
    expect(changeLine(action)).toBe("Status gewijzigd naar ‘afgerond’ op 5 december 2026 om 15:00");
    const plan = item({ __typename: "Plan", kind: "PLAN", version: 3, planStatus: "AGREED", number: 1 });
    expect(changeLine(plan)).toMatch(/^Status gewijzigd naar ‘afgesproken met gezin’ op 3 december 2026/);
    const corrected = item({ version: 2, updatedAt: "2026-12-04T08:00:00.000Z" });
    expect(changeLine(corrected)).toBe("Gecorrigeerd op 4 december 2026 om 09:00 (versie 2)");
    expect(changeLine(item({}))).toBeNull();
    expect(changeLine(item({ __typename: "Action", kind: "ACTION", actionStatus: "OPEN" }))).toBeNull();
  });
});
