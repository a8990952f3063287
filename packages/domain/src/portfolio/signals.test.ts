import { describe, expect, it } from "vitest";
import { portfolioSettings, type PortfolioSettings } from "./settings";
import { portfolioSignals } from "./signals";
import { SETTINGS, TODAY, caseFacts, withoutProgress } from "./test-facts";

// TODAY is 2025-03-10. Six weeks before it is 2025-01-27 (42 days), twelve weeks 2024-12-16 (84 days).

const signals = (changes: Parameters<typeof caseFacts>[0] = {}, settings: PortfolioSettings = SETTINGS) =>
  portfolioSignals(caseFacts(changes), TODAY, settings);

describe("portfolio signals of a healthy case", () => {
  it("signal nothing that needs attention", () => {
    const s = signals();
    expect(s).toMatchObject({
      caseId: "00000000-0000-4000-8000-000000000001",
      reference: "RH-2024-0001",
      phase: "EXECUTION",
      framework: "VOLUNTARY",
      escalationLevel: 0,
      planStatus: "APPROVED",
      planApproved: true,
      daysInPhase: 28,
      weeksInPhase: 4,
      longInPhase: false,
      stalled: false,
      stalledBy: [],
      overdueActions: { count: 0, oldestDaysLate: null },
      openActions: 3,
      acuteSafety: false,
      noCasusregisseur: false,
      teamGaps: 0,
      openDoorbraak: 0,
      lastActivity: { on: "2025-03-07", daysAgo: 3 },
      handOvers: 0,
    });
    expect(s.evaluation).toEqual({
      dueOn: "2025-04-20",
      due: false,
      overdue: false,
      daysUntilDue: 41,
      daysOverdue: 0,
    });
    expect(s.checkIn.due).toBe(false);
    expect(s.checkIn.overdue).toBe(false);
  });

  it("takes today as the date in the Netherlands", () => {
    // 23:30 UTC on 9 March is 00:30 on 10 March in Amsterdam.
    const atNight = portfolioSignals(caseFacts(), new Date("2025-03-09T23:30:00Z"), SETTINGS);
    expect(atNight.daysInPhase).toBe(28);
  });
});

describe("time in phase", () => {
  it("counts whole weeks since the phase started", () => {
    expect(signals({ phaseSince: "2025-02-10" }).weeksInPhase).toBe(4);
    expect(signals({ phaseSince: "2025-02-11" }).weeksInPhase).toBe(3);
    expect(signals({ phaseSince: TODAY }).weeksInPhase).toBe(0);
  });

  it("counts a phase that starts in the future as 0", () => {
    expect(signals({ phaseSince: "2025-03-11" })).toMatchObject({ daysInPhase: 0, weeksInPhase: 0 });
  });

  it("counts calendar days across the change to summer time", () => {
    const s = portfolioSignals(caseFacts({ phaseSince: "2025-03-29" }), "2025-04-05", SETTINGS);
    expect(s.daysInPhase).toBe(7);
  });

  it("is long from longInPhaseWeeks in a working phase, on the day itself", () => {
    expect(signals({ phaseSince: "2024-12-16" })).toMatchObject({ weeksInPhase: 12, longInPhase: true });
    expect(signals({ phaseSince: "2024-12-17" })).toMatchObject({ weeksInPhase: 11, longInPhase: false });
    expect(signals({ phase: "SIGNAL", phaseSince: "2024-12-16" }).longInPhase).toBe(true);
  });

  it("is never long in monitoring or closed", () => {
    expect(signals({ phase: "MONITORING", phaseSince: "2024-01-01" }).longInPhase).toBe(false);
    expect(signals({ phase: "CLOSED", phaseSince: "2024-01-01" }).longInPhase).toBe(false);
  });
});

describe("stalled: no progress", () => {
  const stalledSince = (changes: Parameters<typeof withoutProgress>[0]) =>
    portfolioSignals(withoutProgress(changes), TODAY, SETTINGS);

  it("is stalled after stalledAfterWeeks without progress, on the day itself", () => {
    const atLimit = stalledSince({ phaseSince: "2025-01-27" });
    expect(atLimit.stalled).toBe(true);
    expect(atLimit.stalledBy).toEqual([{ rule: "NO_PROGRESS", since: "2025-01-27", weeks: 6 }]);

    expect(stalledSince({ phaseSince: "2025-01-28" }).stalled).toBe(false);
    expect(stalledSince({ phaseSince: "2025-01-26" }).stalledBy).toEqual([
      { rule: "NO_PROGRESS", since: "2025-01-26", weeks: 6 },
    ]);
    expect(stalledSince({ phaseSince: "2025-01-13" }).stalledBy).toEqual([
      { rule: "NO_PROGRESS", since: "2025-01-13", weeks: 8 },
    ]);
  });

  it("counts from the latest of plan progress, action done, evaluation held and phase start", () => {
    const old = { phaseSince: "2024-11-01" };
    for (const recent of [
      { lastPlanProgressOn: "2025-01-28" },
      { lastActionDoneOn: "2025-01-28" },
      { lastEvaluationHeldOn: "2025-01-28" },
    ]) {
      expect(stalledSince({ ...old, ...recent }).stalled, JSON.stringify(recent)).toBe(false);
    }
    const s = stalledSince({
      ...old,
      lastPlanProgressOn: "2025-01-20",
      lastActionDoneOn: "2025-01-27",
      lastEvaluationHeldOn: "2024-12-01",
    });
    expect(s.stalledBy).toEqual([{ rule: "NO_PROGRESS", since: "2025-01-27", weeks: 6 }]);
  });

  it("takes a recent phase change as progress", () => {
    expect(stalledSince({ phaseSince: "2025-03-03", lastActionDoneOn: "2024-10-01" }).stalled).toBe(false);
  });

  it("does not count other activity (notes, observations) as progress", () => {
    expect(stalledSince({ phaseSince: "2025-01-01", lastActivityOn: TODAY }).stalled).toBe(true);
  });

  it("follows a region's limit", () => {
    const region = portfolioSettings({ stalledAfterWeeks: 8 });
    expect(portfolioSignals(withoutProgress({ phaseSince: "2025-01-27" }), TODAY, region).stalled).toBe(
      false,
    );
    expect(portfolioSignals(withoutProgress({ phaseSince: "2025-01-13" }), TODAY, region).stalled).toBe(true);
  });
});

describe("stalled: no approved plan", () => {
  const noPlan = { planFirstApprovedOn: null, planStatus: "DRAFT" as const, phaseSince: "2025-03-03" };

  it("is stalled noApprovedPlanAfterWeeks after opening without an approved plan, on the day itself", () => {
    const atLimit = signals({ ...noPlan, phase: "ANALYSIS", openedOn: "2025-01-27" });
    expect(atLimit.planApproved).toBe(false);
    expect(atLimit.stalledBy).toEqual([{ rule: "NO_APPROVED_PLAN", weeks: 6 }]);
    expect(signals({ ...noPlan, phase: "ANALYSIS", openedOn: "2025-01-28" }).stalled).toBe(false);
    expect(signals({ ...noPlan, phase: "PLAN", openedOn: "2025-01-20" }).stalledBy).toEqual([
      { rule: "NO_APPROVED_PLAN", weeks: 7 },
    ]);
  });

  it("applies to every phase past intake up to evaluation", () => {
    for (const phase of ["INVENTORY", "ANALYSIS", "PLAN", "EXECUTION", "EVALUATION"] as const) {
      expect(signals({ ...noPlan, phase, openedOn: "2025-01-01" }).stalled, phase).toBe(true);
    }
  });

  it("does not apply during intake, in monitoring or when a plan was ever approved", () => {
    expect(signals({ ...noPlan, phase: "SIGNAL", openedOn: "2025-01-01" }).stalled).toBe(false);
    expect(signals({ ...noPlan, phase: "MONITORING", openedOn: "2025-01-01" }).stalled).toBe(false);
    // A new version in draft while an earlier one was approved: the case has had its plan.
    expect(
      signals({
        phase: "PLAN",
        openedOn: "2024-01-01",
        planFirstApprovedOn: "2024-03-01",
        planStatus: "DRAFT",
      }).stalled,
    ).toBe(false);
  });

  it("reports both rules when both apply", () => {
    const s = portfolioSignals(
      withoutProgress({ ...noPlan, phase: "ANALYSIS", phaseSince: "2025-01-13", openedOn: "2024-12-16" }),
      TODAY,
      SETTINGS,
    );
    expect(s.stalledBy).toEqual([
      { rule: "NO_PROGRESS", since: "2025-01-13", weeks: 8 },
      { rule: "NO_APPROVED_PLAN", weeks: 12 },
    ]);
  });
});

describe("stalled in monitoring", () => {
  const monitoring = { phase: "MONITORING" as const, phaseSince: "2024-06-01" };

  it("is stalled once the follow-up date has passed", () => {
    expect(signals({ ...monitoring, monitoringFollowUpOn: "2025-03-09" }).stalledBy).toEqual([
      { rule: "MONITORING_FOLLOW_UP_PASSED", followUpOn: "2025-03-09", daysLate: 1 },
    ]);
    expect(signals({ ...monitoring, monitoringFollowUpOn: "2025-03-05" }).stalledBy).toEqual([
      { rule: "MONITORING_FOLLOW_UP_PASSED", followUpOn: "2025-03-05", daysLate: 5 },
    ]);
  });

  it("is not stalled on the follow-up date, before it, or without one", () => {
    expect(signals({ ...monitoring, monitoringFollowUpOn: TODAY }).stalled).toBe(false);
    expect(signals({ ...monitoring, monitoringFollowUpOn: "2025-03-11" }).stalled).toBe(false);
    expect(signals({ ...monitoring, monitoringFollowUpOn: null }).stalled).toBe(false);
  });

  it("is not judged on progress: monitoring is quiet by design", () => {
    const quiet = portfolioSignals(
      withoutProgress({ ...monitoring, monitoringFollowUpOn: null }),
      TODAY,
      SETTINGS,
    );
    expect(quiet.stalled).toBe(false);
  });

  it("ignores a follow-up date outside monitoring", () => {
    expect(signals({ monitoringFollowUpOn: "2025-01-01" }).stalled).toBe(false);
  });
});

describe("a closed case", () => {
  const closed = withoutProgress({
    phase: "CLOSED",
    phaseSince: "2024-01-01",
    openedOn: "2023-01-01",
    planFirstApprovedOn: null,
    monitoringFollowUpOn: "2024-02-01",
    nextEvaluationDueOn: "2024-03-01",
    nextCheckInDueOn: "2024-03-01",
    casusregisseurId: null,
  });

  it("is never stalled, has nothing due and needs no casusregisseur", () => {
    const s = portfolioSignals(closed, TODAY, SETTINGS);
    expect(s.stalled).toBe(false);
    expect(s.stalledBy).toEqual([]);
    expect(s.evaluation).toMatchObject({ dueOn: null, due: false, overdue: false });
    expect(s.checkIn).toMatchObject({ dueOn: null, due: false, overdue: false });
    expect(s.noCasusregisseur).toBe(false);
  });
});

describe("overdue actions", () => {
  it("counts them and how many days the oldest is late", () => {
    expect(signals({ overdueActions: 3, oldestOverdueDueOn: "2025-02-19" }).overdueActions).toEqual({
      count: 3,
      oldestDaysLate: 19,
    });
    expect(signals({ overdueActions: 1, oldestOverdueDueOn: "2025-03-09" }).overdueActions).toEqual({
      count: 1,
      oldestDaysLate: 1,
    });
  });

  it("has no lateness without an overdue action or without its date", () => {
    expect(signals({ overdueActions: 0, oldestOverdueDueOn: "2025-02-19" }).overdueActions).toEqual({
      count: 0,
      oldestDaysLate: null,
    });
    expect(signals({ overdueActions: 2, oldestOverdueDueOn: null }).overdueActions).toEqual({
      count: 2,
      oldestDaysLate: null,
    });
  });
});

describe("evaluation and regiegesprek", () => {
  it("is overdue the day after its due date", () => {
    expect(signals({ nextEvaluationDueOn: "2025-03-09" }).evaluation).toEqual({
      dueOn: "2025-03-09",
      due: false,
      overdue: true,
      daysUntilDue: -1,
      daysOverdue: 1,
    });
    expect(signals({ nextEvaluationDueOn: "2025-02-26" }).evaluation.daysOverdue).toBe(12);
  });

  it("is due, not overdue, on its due date", () => {
    expect(signals({ nextEvaluationDueOn: TODAY }).evaluation).toEqual({
      dueOn: TODAY,
      due: true,
      overdue: false,
      daysUntilDue: 0,
      daysOverdue: 0,
    });
  });

  it("is due from dueSoonDays ahead, that day included", () => {
    expect(signals({ nextEvaluationDueOn: "2025-03-24" }).evaluation).toMatchObject({
      due: true,
      daysUntilDue: 14,
    });
    expect(signals({ nextEvaluationDueOn: "2025-03-25" }).evaluation).toMatchObject({
      due: false,
      daysUntilDue: 15,
    });
    const region = portfolioSettings({ dueSoonDays: 0 });
    expect(
      portfolioSignals(caseFacts({ nextEvaluationDueOn: "2025-03-11" }), TODAY, region).evaluation.due,
    ).toBe(false);
    expect(portfolioSignals(caseFacts({ nextEvaluationDueOn: TODAY }), TODAY, region).evaluation.due).toBe(
      true,
    );
  });

  it("is neither without a date", () => {
    expect(signals({ nextEvaluationDueOn: null }).evaluation).toEqual({
      dueOn: null,
      due: false,
      overdue: false,
      daysUntilDue: null,
      daysOverdue: 0,
    });
  });

  it("treats the regiegesprek the same way", () => {
    expect(signals({ nextCheckInDueOn: "2025-03-07" }).checkIn).toMatchObject({
      overdue: true,
      daysOverdue: 3,
    });
    expect(signals({ nextCheckInDueOn: TODAY }).checkIn).toMatchObject({ due: true, overdue: false });
    expect(signals({ nextCheckInDueOn: "2025-03-25" }).checkIn).toMatchObject({ due: false, overdue: false });
    expect(signals({ nextCheckInDueOn: null }).checkIn).toMatchObject({ due: false, overdue: false });
  });
});

describe("safety, team, casusregisseur, doorbraak, activity", () => {
  it("reports acute unsafety only as whether there is any", () => {
    expect(signals({ openAcuteSafetyAssessments: 0 }).acuteSafety).toBe(false);
    expect(signals({ openAcuteSafetyAssessments: 1 }).acuteSafety).toBe(true);
    expect(signals({ openAcuteSafetyAssessments: 2 }).acuteSafety).toBe(true);
  });

  it("passes the counts on", () => {
    const s = signals({ teamGaps: 2, openDoorbraakDecisions: 1, handOvers: 3, openActions: 0 });
    expect(s).toMatchObject({ teamGaps: 2, openDoorbraak: 1, handOvers: 3, openActions: 0 });
  });

  it("flags an open case without a casusregisseur", () => {
    expect(signals({ casusregisseurId: null }).noCasusregisseur).toBe(true);
    expect(signals({ casusregisseurId: null, phase: "SIGNAL" }).noCasusregisseur).toBe(true);
  });

  it("gives the last activity and its age, or nothing without one", () => {
    expect(signals({ lastActivityOn: TODAY }).lastActivity).toEqual({ on: TODAY, daysAgo: 0 });
    expect(signals({ lastActivityOn: null }).lastActivity).toEqual({ on: null, daysAgo: null });
  });
});

describe("waiting for a table's agenda (article 001: never dropped between tables)", () => {
  // Escalated to the Jeugdbeschermingsplein on 2025-02-24: 14 days before TODAY, the default limit.
  const atTable = {
    escalationLevel: 2,
    escalationTableName: "Jeugdbeschermingsplein",
    escalatedToTableOn: "2025-02-24",
    tableTookUpCase: false,
  };

  it("is not a signal up to the set days, and is one from the day after", () => {
    expect(signals(atTable).awaitsAgenda).toBeNull(); // 14 days: not more than 14
    expect(signals({ ...atTable, escalatedToTableOn: "2025-02-23" }).awaitsAgenda).toEqual({
      tableName: "Jeugdbeschermingsplein",
      escalatedOn: "2025-02-23",
      daysWaiting: 15,
    });
  });

  it("ends once the table took the case up (on its agenda, or its decision recorded)", () => {
    expect(
      signals({ ...atTable, escalatedToTableOn: "2025-01-10", tableTookUpCase: true }).awaitsAgenda,
    ).toBeNull();
  });

  it("is not a signal at no table, after a step down, or for a closed case", () => {
    const long = { ...atTable, escalatedToTableOn: "2025-01-10" };
    expect(signals({ ...long, escalationTableName: null }).awaitsAgenda).toBeNull();
    expect(signals({ ...long, escalatedToTableOn: null }).awaitsAgenda).toBeNull(); // latest step went down
    expect(signals({ ...long, phase: "CLOSED" }).awaitsAgenda).toBeNull();
  });

  it("is a signal in every open phase, monitoring included", () => {
    const long = { ...atTable, escalatedToTableOn: "2025-01-10" };
    expect(signals({ ...long, phase: "MONITORING" }).awaitsAgenda?.daysWaiting).toBe(59);
    expect(signals({ ...long, phase: "SIGNAL" }).awaitsAgenda?.daysWaiting).toBe(59);
  });

  it("follows a region's limit", () => {
    const week = portfolioSettings({ agendaWaitDays: 7 });
    expect(signals({ ...atTable, escalatedToTableOn: "2025-03-03" }, week).awaitsAgenda).toBeNull();
    expect(signals({ ...atTable, escalatedToTableOn: "2025-03-02" }, week).awaitsAgenda?.daysWaiting).toBe(8);
    // 0 days: a signal from the day after the escalation.
    const none = portfolioSettings({ agendaWaitDays: 0 });
    expect(signals({ ...atTable, escalatedToTableOn: TODAY }, none).awaitsAgenda).toBeNull();
    expect(signals({ ...atTable, escalatedToTableOn: "2025-03-09" }, none).awaitsAgenda?.daysWaiting).toBe(1);
  });
});

describe("budget", () => {
  it("subtracts what is committed and what is spent", () => {
    expect(signals().budget).toEqual({
      amountCents: 500_000,
      committedCents: 200_000,
      spentCents: 100_000,
      availableCents: 200_000,
      overBudget: false,
    });
  });

  it("is not over budget when exactly used up", () => {
    expect(signals({ committedCents: 300_000, spentCents: 200_000 }).budget).toMatchObject({
      availableCents: 0,
      overBudget: false,
    });
  });

  it("is over budget from one cent more", () => {
    expect(signals({ committedCents: 300_000, spentCents: 200_001 }).budget).toMatchObject({
      availableCents: -1,
      overBudget: true,
    });
  });

  it("is never over without a budget", () => {
    expect(signals({ budgetCents: null, committedCents: 900_000, spentCents: 100 }).budget).toEqual({
      amountCents: null,
      committedCents: 900_000,
      spentCents: 100,
      availableCents: null,
      overBudget: false,
    });
  });

  it("is over a budget of 0 with anything committed", () => {
    expect(signals({ budgetCents: 0, committedCents: 1, spentCents: 0 }).budget.overBudget).toBe(true);
    expect(signals({ budgetCents: 0, committedCents: 0, spentCents: 0 }).budget.overBudget).toBe(false);
  });
});

describe("malformed facts", () => {
  it("are refused as programming errors", () => {
    expect(() => signals({ phaseSince: "10-03-2025" })).toThrow(/phaseSince/);
    expect(() => signals({ lastActionDoneOn: "2025-02-30" })).toThrow(RangeError);
    expect(() => signals({ overdueActions: -1 })).toThrow(/overdueActions/);
    expect(() => signals({ teamGaps: 1.5 })).toThrow(/teamGaps/);
    expect(() => signals({ escalationLevel: 4 })).toThrow(/escalationLevel/);
    expect(() => signals({ spentCents: Number.NaN })).toThrow(/spentCents/);
    expect(() => signals({ escalationTableName: "Plein", escalatedToTableOn: "24-02-2025" })).toThrow(
      /escalatedToTableOn/,
    );
    expect(() => portfolioSignals(caseFacts(), "today", SETTINGS)).toThrow(RangeError);
  });
});
