import { describe, expect, it } from "vitest";
import {
  grantExpiringOccurrence,
  planAwaitingApprovalOccurrence,
  portfolioSignalOccurrences,
  signalRecipients,
} from "./signal-notifications";
import { SETTINGS, TODAY, caseFacts, withoutProgress } from "./test-facts";

// TODAY is 2025-03-10; stalled after 6 weeks (42 days: 2025-01-27), due soon within 14 days (2025-03-24).

const occurrences = (changes: Parameters<typeof caseFacts>[0] = {}, today: string = TODAY) =>
  portfolioSignalOccurrences(caseFacts(changes), today, SETTINGS).map((o) => [o.kind, o.occurrence]);

const CASE = "00000000-0000-4000-8000-000000000001";

describe("signals notified from the portfolio facts", () => {
  it("notify nothing for a healthy case", () => {
    expect(occurrences()).toEqual([]);
  });

  it("notify a stall once per stall, keyed by the date it counts from", () => {
    const stalled = withoutProgress({ phaseSince: "2025-01-20" });
    const found = portfolioSignalOccurrences(stalled, TODAY, SETTINGS);
    expect(found).toEqual([
      { caseId: CASE, kind: "CASE_STALLED", occurrence: "NO_PROGRESS:2025-01-20", itemId: null },
    ]);
    // The same stall a week later: the same occurrence.
    expect(portfolioSignalOccurrences(stalled, "2025-03-17", SETTINGS)).toEqual(found);
    // Progress ended it; stalling again later is a new occurrence.
    const again = withoutProgress({
      phaseSince: "2025-01-20",
      lastActionDoneOn: "2025-03-12",
      nextCheckInDueOn: null,
    });
    expect(portfolioSignalOccurrences(again, "2025-03-17", SETTINGS)).toEqual([]);
    expect(portfolioSignalOccurrences(again, "2025-04-23", SETTINGS).map((o) => o.occurrence)).toEqual([
      "NO_PROGRESS:2025-03-12",
    ]);
  });

  it("key a case stalled without an approved plan by the day it was opened, and notify one stall per case", () => {
    expect(occurrences({ planFirstApprovedOn: null, planStatus: "DRAFT", openedOn: "2025-01-01" })).toEqual([
      ["CASE_STALLED", "NO_APPROVED_PLAN:2025-01-01"],
    ]);
    // Both rules at once: one notification, by the first rule.
    const both = withoutProgress({
      phaseSince: "2025-01-06",
      planFirstApprovedOn: null,
      openedOn: "2025-01-01",
    });
    expect(portfolioSignalOccurrences(both, TODAY, SETTINGS).map((o) => o.occurrence)).toEqual([
      "NO_PROGRESS:2025-01-06",
    ]);
  });

  it("notify a regiegesprek when the portfolio shows it due or overdue, keyed by its due date", () => {
    expect(occurrences({ nextCheckInDueOn: "2025-03-25" })).toEqual([]); // 15 days ahead
    expect(occurrences({ nextCheckInDueOn: "2025-03-24" })).toEqual([["CHECK_IN_DUE", "2025-03-24"]]);
    expect(occurrences({ nextCheckInDueOn: "2025-03-10" })).toEqual([["CHECK_IN_DUE", "2025-03-10"]]);
    expect(occurrences({ nextCheckInDueOn: "2025-02-01" })).toEqual([["CHECK_IN_DUE", "2025-02-01"]]);
    expect(occurrences({ nextCheckInDueOn: null })).toEqual([]);
  });

  it("notify a monitoring follow-up from its day on, not as a stall the day after", () => {
    const monitoring = { phase: "MONITORING" as const, phaseSince: "2024-11-01" };
    expect(occurrences({ ...monitoring, monitoringFollowUpOn: "2025-03-11" })).toEqual([]);
    expect(occurrences({ ...monitoring, monitoringFollowUpOn: "2025-03-10" })).toEqual([
      ["MONITORING_FOLLOW_UP_DUE", "2025-03-10"],
    ]);
    expect(occurrences({ ...monitoring, monitoringFollowUpOn: "2025-03-01" })).toEqual([
      ["MONITORING_FOLLOW_UP_DUE", "2025-03-01"],
    ]);
    expect(occurrences({ ...monitoring, monitoringFollowUpOn: null })).toEqual([]);
    // A follow-up date on a case not (or no longer) in monitoring is not one.
    expect(occurrences({ monitoringFollowUpOn: "2025-03-01" })).toEqual([]);
  });

  it("notify nothing for a closed case", () => {
    expect(
      occurrences({
        phase: "CLOSED",
        nextCheckInDueOn: "2025-03-01",
        lastPlanProgressOn: null,
        phaseSince: "2024-01-01",
      }),
    ).toEqual([]);
  });

  it("refuse a malformed date from the database", () => {
    expect(() => occurrences({ phase: "MONITORING", monitoringFollowUpOn: "10-03-2025" })).toThrow(
      RangeError,
    );
  });
});

describe("plans and grants as signals", () => {
  it("key a plan waiting for approval by the plan and its version", () => {
    expect(planAwaitingApprovalOccurrence({ caseId: CASE, planId: "p1", version: 3 })).toEqual({
      caseId: CASE,
      kind: "PLAN_AWAITS_APPROVAL",
      occurrence: "p1:3",
      itemId: "p1",
    });
    expect(() => planAwaitingApprovalOccurrence({ caseId: CASE, planId: "p1", version: 0 })).toThrow(
      RangeError,
    );
  });

  it("key an expiring grant by the grant and the day it ends", () => {
    expect(grantExpiringOccurrence({ caseId: CASE, grantId: "g1", expiresOn: "2025-03-20" })).toEqual({
      caseId: CASE,
      kind: "GRANT_EXPIRING",
      occurrence: "g1:2025-03-20",
      itemId: null,
    });
    expect(() => grantExpiringOccurrence({ caseId: CASE, grantId: "g1", expiresOn: "2025-3-20" })).toThrow(
      RangeError,
    );
  });
});

describe("who hears of a signal", () => {
  const both = { procesregisseurId: "pr", casusregisseurId: "cr" };

  it("tells both directors of a stall, a regiegesprek and a follow-up", () => {
    for (const kind of ["CASE_STALLED", "CHECK_IN_DUE", "MONITORING_FOLLOW_UP_DUE"] as const) {
      expect(signalRecipients(kind, both)).toEqual(["pr", "cr"]);
      expect(signalRecipients(kind, { procesregisseurId: null, casusregisseurId: "cr" })).toEqual(["cr"]);
      expect(signalRecipients(kind, { procesregisseurId: "x", casusregisseurId: "x" })).toEqual(["x"]);
    }
  });

  it("tells the casusregisseur of a plan to approve and a grant to renew, the procesregisseur only without one", () => {
    for (const kind of ["PLAN_AWAITS_APPROVAL", "GRANT_EXPIRING"] as const) {
      expect(signalRecipients(kind, both)).toEqual(["cr"]);
      expect(signalRecipients(kind, { procesregisseurId: "pr", casusregisseurId: null })).toEqual(["pr"]);
      expect(signalRecipients(kind, { procesregisseurId: null, casusregisseurId: null })).toEqual([]);
    }
  });
});
