import { describe, expect, it } from "vitest";
import { CHANGE_KINDS, caseUpdateKind, STREAMS, streamRoutes, type ChangeKind } from "./changes";

describe("change kinds", () => {
  it.each([
    ["CASE_OPENED", "OPENED"],
    ["PHASE_CHANGED", "PHASE"],
    ["ESCALATION_CHANGED", "ESCALATION"],
    ["DIRECTORS_CHANGED", "DIRECTORS"],
    ["CASE_UPDATED", "DETAILS"],
    ["ACTION_OVERDUE", "OVERDUE"],
    ["ACUTE_UNSAFETY_RECORDED", "ACUTE_RISK"],
    ["CHECK_IN_RECORDED", "FOLLOW_UP"],
    ["BUDGET_SET", "FOLLOW_UP"],
    ["MONITORING_REVIEWED", "FOLLOW_UP"],
    ["TABLE_DECISION_RECORDED", "ESCALATION"],
    ["AGENDA_PLACED", "ESCALATION"],
    ["FRAMEWORK_DECIDED", "FRAMEWORK"],
    ["DOORBRAAK_RECORDED", "DOORBRAAK"],
    ["SIGNAL_NOTIFIED", "SIGNAL"],
    ["SCENARIO_SIGNAL_OBSERVED", "SIGNAL"],
  ] as const)("%s reaches an overview as %s", (kind, change) => {
    expect(CHANGE_KINDS[kind].portfolio).toBe(change);
  });

  it("other changes do not concern an overview", () => {
    const overview = Object.entries(CHANGE_KINDS).filter(([, rule]) => rule.portfolio !== null);
    expect(overview.map(([kind]) => kind).sort()).toEqual(
      [
        "ACTION_OVERDUE",
        "ACUTE_UNSAFETY_RECORDED",
        "AGENDA_PLACED",
        "BUDGET_SET",
        "CHECK_IN_INTERVAL_SET",
        "CHECK_IN_RECORDED",
        "MONITORING_FOLLOW_UP_SET",
        "MONITORING_REVIEWED",
        "CASE_OPENED",
        "CASE_UPDATED",
        "DIRECTORS_CHANGED",
        "DOORBRAAK_RECORDED",
        "ESCALATION_CHANGED",
        "FRAMEWORK_DECIDED",
        "PHASE_CHANGED",
        "SCENARIO_SIGNAL_OBSERVED",
        "SIGNAL_NOTIFIED",
        "TABLE_DECISION_RECORDED",
      ].sort(),
    );
  });

  it("the hub's own signals are logged as processing of the case like an overdue action, not as creation", () => {
    expect(CHANGE_KINDS.SIGNAL_NOTIFIED.operation).toBe(CHANGE_KINDS.ACTION_OVERDUE.operation);
    expect(CHANGE_KINDS.SIGNAL_NOTIFIED.event).toBe(true);
    expect(CHANGE_KINDS.DOORBRAAK_RECORDED.operation).toBe("CREATE");
  });

  it("exports and an organisation's own references are logged but are no dossier events", () => {
    const ownOrganisationOnly = ["PARTNER_REFERENCE_ATTACHED", "PARTNER_REFERENCE_DETACHED"];
    for (const [kind, rule] of Object.entries(CHANGE_KINDS)) {
      expect(rule.event, kind).toBe(rule.operation !== "EXPORT" && !ownOrganisationOnly.includes(kind));
    }
  });

  it("a case update that changes a director is DIRECTORS_CHANGED, otherwise CASE_UPDATED", () => {
    expect(caseUpdateKind(["title", "procesregisseurId"])).toBe("DIRECTORS_CHANGED");
    expect(caseUpdateKind(["casusregisseurId"])).toBe("DIRECTORS_CHANGED");
    expect(caseUpdateKind(["title", "municipality", "framework"])).toBe("CASE_UPDATED");
  });
});

describe("stream routing", () => {
  const item = (itemKind: "ACTION" | "NOTE" | null, changeKind: ChangeKind) => ({ itemKind, changeKind });

  it("the case stream carries every event kind", () => {
    for (const kind of STREAMS.case.changeKinds) {
      expect(streamRoutes("case", item(null, kind))).toBe(true);
    }
    expect(streamRoutes("case", item(null, "PERSON_DATA_EXPORTED"))).toBe(false);
  });

  it("the actions stream carries changes of actions only", () => {
    expect(streamRoutes("actions", item("ACTION", "ACTION_STATUS_CHANGED"))).toBe(true);
    expect(streamRoutes("actions", item("ACTION", "ITEM_RECORDED"))).toBe(true);
    expect(streamRoutes("actions", item("NOTE", "ITEM_RECORDED"))).toBe(false);
    expect(streamRoutes("actions", item(null, "PHASE_CHANGED"))).toBe(false);
  });

  it("the portfolio stream carries the overview's change kinds", () => {
    expect(streamRoutes("portfolio", item(null, "PHASE_CHANGED"))).toBe(true);
    expect(streamRoutes("portfolio", item("ACTION", "ACTION_OVERDUE"))).toBe(true);
    expect(streamRoutes("portfolio", item(null, "SIGNAL_NOTIFIED"))).toBe(true);
    expect(streamRoutes("portfolio", item("ACTION", "DOORBRAAK_RECORDED"))).toBe(true);
    expect(streamRoutes("actions", item("ACTION", "DOORBRAAK_RECORDED"))).toBe(true);
    expect(streamRoutes("portfolio", item("ACTION", "ITEM_RECORDED"))).toBe(false);
    expect(streamRoutes("portfolio", item("ACTION", "ACTION_STATUS_CHANGED"))).toBe(false);
    expect(streamRoutes("portfolio", item(null, "TEAM_MEMBER_ADDED"))).toBe(false);
  });
});
