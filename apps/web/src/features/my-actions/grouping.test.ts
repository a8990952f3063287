import { describe, expect, it } from "vitest";
import {
  choiceFromParams,
  dueGroupOf,
  endOfWeek,
  filterOf,
  groupActions,
  paramsFromChoice,
  type MyActionsChoice,
} from "./grouping";

// The pure parts of "Mijn acties": the groups (late first), the week, and the filters in the address.

// Wednesday 11 March 2026.
const TODAY = "2026-03-11";

const edge = (id: string, node: { status: string; dueOn: string | null; overdue: boolean }) => ({
  id,
  node: node as { status: "OPEN"; dueOn: string | null; overdue: boolean },
});

describe("groups", () => {
  it("ends the week on Sunday, also when today is a Sunday", () => {
    expect(endOfWeek(TODAY)).toBe("2026-03-15");
    expect(endOfWeek("2026-03-15")).toBe("2026-03-15");
    expect(endOfWeek("2026-03-16")).toBe("2026-03-22");
    expect(endOfWeek("2026-12-30")).toBe("2027-01-03");
  });

  it("puts an action in late, this week, later or finished", () => {
    expect(dueGroupOf({ status: "OPEN", dueOn: "2026-03-01", overdue: true }, TODAY)).toBe("LATE");
    expect(dueGroupOf({ status: "BLOCKED", dueOn: TODAY, overdue: false }, TODAY)).toBe("THIS_WEEK");
    expect(dueGroupOf({ status: "OPEN", dueOn: "2026-03-15", overdue: false }, TODAY)).toBe("THIS_WEEK");
    expect(dueGroupOf({ status: "OPEN", dueOn: "2026-03-16", overdue: false }, TODAY)).toBe("LATER");
    expect(dueGroupOf({ status: "IN_PROGRESS", dueOn: null, overdue: false }, TODAY)).toBe("LATER");
    expect(dueGroupOf({ status: "DONE", dueOn: "2026-03-01", overdue: false }, TODAY)).toBe("FINISHED");
    expect(dueGroupOf({ status: "CANCELLED", dueOn: null, overdue: false }, TODAY)).toBe("FINISHED");
  });

  it("lists late ones first whatever the order they came in, keeping that order within a group", () => {
    const groups = groupActions(
      [
        edge("done", { status: "DONE", dueOn: "2026-01-01", overdue: false }),
        edge("later", { status: "OPEN", dueOn: "2026-04-01", overdue: false }),
        edge("late2", { status: "OPEN", dueOn: "2026-03-10", overdue: true }),
        edge("week", { status: "OPEN", dueOn: "2026-03-12", overdue: false }),
        edge("late1", { status: "BLOCKED", dueOn: "2026-02-01", overdue: true }),
      ],
      TODAY,
    );
    expect(groups.map((g) => [g.group, g.edges.map((e) => e.id)])).toEqual([
      ["LATE", ["late2", "late1"]],
      ["THIS_WEEK", ["week"]],
      ["LATER", ["later"]],
      ["FINISHED", ["done"]],
    ]);
    expect(groupActions([], TODAY)).toEqual([]);
  });
});

describe("filters in the address", () => {
  const CASE = "3f2a6c1e-8b7d-4e5f-9a0b-1c2d3e4f5a6b";

  it("reads and writes every choice, defaults left out", () => {
    const choice: MyActionsChoice = { mine: true, caseId: CASE, status: "DONE", orderBy: "RECENTLY_CHANGED" };
    const params = paramsFromChoice(choice);
    expect(params.toString()).toBe(`van=mij&casus=${CASE}&status=DONE&volgorde=gewijzigd`);
    expect(choiceFromParams(params)).toEqual(choice);
    const defaults = choiceFromParams(new URLSearchParams());
    expect(defaults).toEqual({ mine: false, caseId: "", status: "ACTIVE", orderBy: "DUE" });
    expect(paramsFromChoice(defaults).toString()).toBe("");
  });

  it("falls back to the defaults for values it does not know", () => {
    expect(
      choiceFromParams(new URLSearchParams("van=iedereen&casus=abc&status=LATE&volgorde=titel")),
    ).toEqual({ mine: false, caseId: "", status: "ACTIVE", orderBy: "DUE" });
  });

  it("turns a choice into the query's filter", () => {
    const base: MyActionsChoice = { mine: false, caseId: "", status: "ACTIVE", orderBy: "DUE" };
    expect(filterOf(base)).toEqual({
      mine: false,
      caseId: null,
      statuses: ["OPEN", "IN_PROGRESS", "BLOCKED"],
    });
    expect(filterOf({ ...base, status: "ALL", caseId: CASE, mine: true })).toEqual({
      mine: true,
      caseId: CASE,
      statuses: null,
    });
    expect(filterOf({ ...base, status: "BLOCKED" }).statuses).toEqual(["BLOCKED"]);
  });
});
