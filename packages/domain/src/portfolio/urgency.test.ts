import { describe, expect, it } from "vitest";
import { portfolioSettings, type PortfolioSettings } from "./settings";
import { portfolioSignals, type PortfolioCaseFacts } from "./signals";
import { SETTINGS, TODAY, caseFacts, withoutProgress } from "./test-facts";
import {
  comparePortfolioCases,
  portfolioEntry,
  rankPortfolio,
  urgencyContributions,
  urgencyReasons,
  urgencyScore,
} from "./urgency";

// TODAY is 2025-03-10; the default settings unless a test overrides them.

const reasonsOf = (facts: PortfolioCaseFacts, settings: PortfolioSettings = SETTINGS) =>
  urgencyReasons(portfolioSignals(facts, TODAY, settings), settings);
const scoreOf = (facts: PortfolioCaseFacts, settings: PortfolioSettings = SETTINGS) =>
  urgencyScore(portfolioSignals(facts, TODAY, settings), settings);
const reasons = (changes: Partial<PortfolioCaseFacts>) => reasonsOf(caseFacts(changes));
const score = (changes: Partial<PortfolioCaseFacts>) => scoreOf(caseFacts(changes));

describe("urgency of a case that needs nothing", () => {
  it("is 0, without reasons", () => {
    expect(score({})).toBe(0);
    expect(reasons({})).toEqual([]);
  });
});

describe("urgency reasons in Dutch, with their points", () => {
  it("overdue actions: count and the oldest's lateness, singular and plural", () => {
    expect(reasons({ overdueActions: 3, oldestOverdueDueOn: "2025-02-19" })).toEqual([
      "3 acties te laat, langst 19 dagen",
    ]);
    expect(reasons({ overdueActions: 1, oldestOverdueDueOn: "2025-02-19" })).toEqual([
      "1 actie 19 dagen te laat",
    ]);
    expect(reasons({ overdueActions: 1, oldestOverdueDueOn: "2025-03-09" })).toEqual([
      "1 actie 1 dag te laat",
    ]);
    expect(reasons({ overdueActions: 2, oldestOverdueDueOn: "2025-03-09" })).toEqual([
      "2 acties te laat, langst 1 dag",
    ]);
    expect(reasons({ overdueActions: 2, oldestOverdueDueOn: null })).toEqual(["2 acties te laat"]);
    expect(reasons({ overdueActions: 1, oldestOverdueDueOn: null })).toEqual(["1 actie te laat"]);
  });

  it("overdue actions: points per action and per whole week the oldest is late", () => {
    // 3 × 4 + 2 whole weeks (19 days) × 2.
    expect(score({ overdueActions: 3, oldestOverdueDueOn: "2025-02-19" })).toBe(16);
    // 6 days late: no whole week yet.
    expect(score({ overdueActions: 1, oldestOverdueDueOn: "2025-03-04" })).toBe(4);
    expect(score({ overdueActions: 1, oldestOverdueDueOn: "2025-03-03" })).toBe(6);
  });

  it("no approved plan", () => {
    const facts = caseFacts({
      phase: "ANALYSIS",
      phaseSince: "2025-03-03",
      openedOn: "2025-01-20",
      planFirstApprovedOn: null,
      planStatus: null,
    });
    expect(reasonsOf(facts)).toEqual(["geen vastgesteld plan na 7 weken"]);
    expect(scoreOf(facts)).toBe(20);
  });

  it("no progress, in weeks", () => {
    expect(reasonsOf(withoutProgress({ phaseSince: "2025-01-13" }))).toEqual(["8 weken geen voortgang"]);
    const weekly = portfolioSettings({ stalledAfterWeeks: 1 });
    expect(reasonsOf(withoutProgress({ phaseSince: "2025-03-03" }), weekly)).toEqual([
      "1 week geen voortgang",
    ]);
    expect(scoreOf(withoutProgress({ phaseSince: "2025-01-13" }))).toBe(25);
  });

  it("monitoring follow-up passed", () => {
    const facts = caseFacts({
      phase: "MONITORING",
      phaseSince: "2024-06-01",
      monitoringFollowUpOn: "2025-03-05",
    });
    expect(reasonsOf(facts)).toEqual(["vervolgafspraak monitoring 5 dagen over tijd"]);
    expect(scoreOf(facts)).toBe(15);
  });

  it("acute unsafety, without any content", () => {
    expect(reasons({ openAcuteSafetyAssessments: 2 })).toEqual(["acute onveiligheid gemeld"]);
    expect(score({ openAcuteSafetyAssessments: 2 })).toBe(1000);
  });

  it("evaluation overdue or due", () => {
    expect(reasons({ nextEvaluationDueOn: "2025-02-26" })).toEqual(["evaluatie 12 dagen over tijd"]);
    expect(reasons({ nextEvaluationDueOn: "2025-03-09" })).toEqual(["evaluatie 1 dag over tijd"]);
    expect(reasons({ nextEvaluationDueOn: TODAY })).toEqual(["evaluatie vandaag"]);
    expect(reasons({ nextEvaluationDueOn: "2025-03-11" })).toEqual(["evaluatie morgen"]);
    expect(reasons({ nextEvaluationDueOn: "2025-03-15" })).toEqual(["evaluatie over 5 dagen"]);
    expect(reasons({ nextEvaluationDueOn: "2025-03-25" })).toEqual([]);
    expect(score({ nextEvaluationDueOn: "2025-03-09" })).toBe(15);
    expect(score({ nextEvaluationDueOn: TODAY })).toBe(3);
  });

  it("regiegesprek overdue or due", () => {
    expect(reasons({ nextCheckInDueOn: "2025-03-07" })).toEqual(["regiegesprek 3 dagen over tijd"]);
    expect(reasons({ nextCheckInDueOn: "2025-03-12" })).toEqual(["regiegesprek over 2 dagen"]);
    expect(score({ nextCheckInDueOn: "2025-03-07" })).toBe(10);
    expect(score({ nextCheckInDueOn: "2025-03-12" })).toBe(2);
  });

  it("budget overspent, in euros", () => {
    expect(reasons({ budgetCents: 500_000, committedCents: 400_000, spentCents: 225_000 })).toEqual([
      "budget overschreden met € 1.250,00",
    ]);
    expect(reasons({ budgetCents: 500_000, committedCents: 0, spentCents: 500_001 })).toEqual([
      "budget overschreden met € 0,01",
    ]);
    expect(score({ budgetCents: 500_000, committedCents: 0, spentCents: 500_001 })).toBe(15);
  });

  it("no budget reason when exactly used up or without a budget", () => {
    expect(reasons({ budgetCents: 500_000, committedCents: 300_000, spentCents: 200_000 })).toEqual([]);
    expect(reasons({ budgetCents: null, committedCents: 300_000, spentCents: 900_000 })).toEqual([]);
  });

  it("open doorbraak decisions", () => {
    expect(reasons({ openDoorbraakDecisions: 1 })).toEqual(["doorbraak open"]);
    expect(reasons({ openDoorbraakDecisions: 2 })).toEqual(["2 doorbraken open"]);
    expect(score({ openDoorbraakDecisions: 2 })).toBe(40);
  });

  it("team gaps", () => {
    expect(reasons({ teamGaps: 1 })).toEqual(["1 gat in het casusteam"]);
    expect(reasons({ teamGaps: 2 })).toEqual(["2 gaten in het casusteam"]);
    expect(score({ teamGaps: 2 })).toBe(10);
  });

  it("long in phase, with the phase in Dutch", () => {
    // 12 weeks in execution, with progress last week: long, not stalled.
    expect(reasons({ phaseSince: "2024-12-16" })).toEqual(["12 weken in fase uitvoering"]);
    expect(
      reasons({ phase: "ANALYSIS", phaseSince: "2024-12-16", lastPlanProgressOn: "2025-03-03" }),
    ).toEqual(["12 weken in fase analyse"]);
    expect(reasons({ phaseSince: "2024-12-17" })).toEqual([]);
  });

  it("hand-overs between casusregisseurs, from handOversCountFrom", () => {
    expect(reasons({ handOvers: 1 })).toEqual([]);
    expect(reasons({ handOvers: 2 })).toEqual(["2 keer van casusregisseur gewisseld"]);
    expect(reasons({ handOvers: 3 })).toEqual(["3 keer van casusregisseur gewisseld"]);
    expect(score({ handOvers: 3 })).toBe(9);
    const strict = portfolioSettings({ handOversCountFrom: 1 });
    expect(reasonsOf(caseFacts({ handOvers: 1 }), strict)).toEqual(["1 keer van casusregisseur gewisseld"]);
  });

  it("escalation level, with its table", () => {
    expect(reasons({ escalationLevel: 1 })).toEqual(["escalatieniveau 1 (casusregie)"]);
    expect(reasons({ escalationLevel: 2 })).toEqual(["escalatieniveau 2 (procesregie)"]);
    expect(reasons({ escalationLevel: 3 })).toEqual(["escalatieniveau 3 (veiligheidstafel)"]);
    expect(score({ escalationLevel: 3 })).toBe(30);
  });

  it("escalated to a table and not on its agenda, with the table and the day in words", () => {
    const waiting = {
      escalationLevel: 2,
      escalationTableName: "Jeugdbeschermingsplein Lindehaven",
      escalatedToTableOn: "2025-02-18",
      tableTookUpCase: false,
    };
    expect(reasons(waiting)).toEqual([
      "escalatieniveau 2 (procesregie)",
      "opgeschaald naar Jeugdbeschermingsplein Lindehaven op 18 februari 2025, na 20 dagen nog niet geagendeerd",
    ]);
    expect(score(waiting)).toBe(20 + 20);
    expect(reasons({ ...waiting, tableTookUpCase: true })).toEqual(["escalatieniveau 2 (procesregie)"]);
    expect(score({ ...waiting, escalatedToTableOn: "2025-02-24" })).toBe(20); // 14 days: not yet
    expect(scoreOf(caseFacts(waiting), portfolioSettings({ awaitsAgendaPoints: 0 }))).toBe(20);
  });

  it("no casusregisseur", () => {
    expect(reasons({ casusregisseurId: null })).toEqual(["geen casusregisseur"]);
    expect(score({ casusregisseurId: null })).toBe(20);
  });
});

describe("urgency as a whole", () => {
  const troubled = withoutProgress({
    phaseSince: "2024-12-16",
    overdueActions: 3,
    oldestOverdueDueOn: "2025-02-19",
    nextEvaluationDueOn: "2025-02-26",
    nextCheckInDueOn: "2025-03-07",
    openAcuteSafetyAssessments: 1,
    teamGaps: 1,
    budgetCents: 100_000,
    committedCents: 100_000,
    spentCents: 125_000,
    openDoorbraakDecisions: 1,
    handOvers: 3,
    escalationLevel: 2,
    casusregisseurId: null,
  });

  it("lists the reasons weightiest first, and scores their sum", () => {
    const signals = portfolioSignals(troubled, TODAY, SETTINGS);
    expect(urgencyContributions(signals, SETTINGS)).toEqual([
      { points: 1000, reason: "acute onveiligheid gemeld" },
      { points: 25, reason: "12 weken geen voortgang" },
      { points: 20, reason: "escalatieniveau 2 (procesregie)" },
      { points: 20, reason: "doorbraak open" },
      { points: 20, reason: "geen casusregisseur" },
      { points: 16, reason: "3 acties te laat, langst 19 dagen" },
      { points: 15, reason: "evaluatie 12 dagen over tijd" },
      { points: 15, reason: "budget overschreden met € 1.250,00" },
      { points: 10, reason: "regiegesprek 3 dagen over tijd" },
      { points: 9, reason: "3 keer van casusregisseur gewisseld" },
      { points: 5, reason: "1 gat in het casusteam" },
      { points: 5, reason: "12 weken in fase uitvoering" },
    ]);
    expect(urgencyScore(signals, SETTINGS)).toBe(1160);
    expect(urgencyReasons(signals, SETTINGS)[0]).toBe("acute onveiligheid gemeld");
  });

  it("gives a closed case no urgency and no reasons, whatever its facts", () => {
    const closed = { ...troubled, phase: "CLOSED" as const };
    expect(scoreOf(closed)).toBe(0);
    expect(reasonsOf(closed)).toEqual([]);
  });

  it("follows a region's weights; a weight of 0 drops the reason", () => {
    const region = portfolioSettings({ acuteSafetyPoints: 500, teamGapPoints: 0 });
    const signals = portfolioSignals(troubled, TODAY, region);
    expect(urgencyScore(signals, region)).toBe(655);
    expect(urgencyReasons(signals, region)).not.toContain("1 gat in het casusteam");
  });

  it("gives the same in a portfolio entry", () => {
    const signals = portfolioSignals(troubled, TODAY, SETTINGS);
    expect(portfolioEntry(troubled, TODAY, SETTINGS)).toEqual({
      signals,
      urgency: urgencyScore(signals, SETTINGS),
      reasons: urgencyReasons(signals, SETTINGS),
    });
  });
});

describe("portfolio order", () => {
  const entry = (changes: Partial<PortfolioCaseFacts>) => portfolioEntry(caseFacts(changes), TODAY, SETTINGS);

  it("puts the most urgent first", () => {
    const calm = entry({ reference: "A" });
    const acute = entry({ reference: "B", openAcuteSafetyAssessments: 1 });
    const late = entry({ reference: "C", nextEvaluationDueOn: "2025-03-01" });
    expect([calm, late, acute].sort(comparePortfolioCases).map((e) => e.signals.reference)).toEqual([
      "B",
      "C",
      "A",
    ]);
  });

  it("breaks a tie by the oldest overdue action, cases without one after those with one", () => {
    // 1 × 4 + 2 whole weeks × 2 = 8 for both overdue cases; 2 hand-overs × 3 + regiegesprek due 2 = 8.
    const late19 = entry({ reference: "C", overdueActions: 1, oldestOverdueDueOn: "2025-02-19" });
    const late15 = entry({ reference: "B", overdueActions: 1, oldestOverdueDueOn: "2025-02-23" });
    const noneLate = entry({ reference: "A", handOvers: 2, nextCheckInDueOn: "2025-03-12" });
    expect([late19.urgency, late15.urgency, noneLate.urgency]).toEqual([8, 8, 8]);
    expect([noneLate, late15, late19].sort(comparePortfolioCases).map((e) => e.signals.reference)).toEqual([
      "C",
      "B",
      "A",
    ]);
  });

  it("then by the longest in phase, then by reference, then by case id", () => {
    const longer = entry({ reference: "RH-2025-0003", phaseSince: "2025-02-10" });
    const shorter = entry({ reference: "RH-2025-0001", phaseSince: "2025-02-20" });
    expect([shorter, longer].sort(comparePortfolioCases)).toEqual([longer, shorter]);

    const first = entry({ reference: "RH-2025-0002" });
    const second = entry({ reference: "RH-2025-0010" });
    expect([second, first].sort(comparePortfolioCases)).toEqual([first, second]);

    const idA = entry({ caseId: "00000000-0000-4000-8000-00000000000a" });
    const idB = entry({ caseId: "00000000-0000-4000-8000-00000000000b" });
    expect(comparePortfolioCases(idB, idA)).toBeGreaterThan(0);
    expect(comparePortfolioCases(idA, idA)).toBe(0);
  });

  it("ranks a portfolio the same whatever order the cases come in", () => {
    const cases = [
      caseFacts({ reference: "RH-1", caseId: "1" }),
      caseFacts({ reference: "RH-2", caseId: "2", openAcuteSafetyAssessments: 1 }),
      caseFacts({ reference: "RH-3", caseId: "3", overdueActions: 1, oldestOverdueDueOn: "2025-02-19" }),
      caseFacts({ reference: "RH-4", caseId: "4", overdueActions: 1, oldestOverdueDueOn: "2025-02-23" }),
      caseFacts({ reference: "RH-5", caseId: "5", phase: "CLOSED", openAcuteSafetyAssessments: 1 }),
      caseFacts({ reference: "RH-6", caseId: "6", phaseSince: "2025-01-01" }),
    ];
    const expected = ["RH-2", "RH-3", "RH-4", "RH-6", "RH-1", "RH-5"];
    expect(rankPortfolio(cases, TODAY, SETTINGS).map((e) => e.signals.reference)).toEqual(expected);
    expect(rankPortfolio([...cases].reverse(), TODAY, SETTINGS).map((e) => e.signals.reference)).toEqual(
      expected,
    );
  });
});
