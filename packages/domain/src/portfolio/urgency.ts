import { dateInWords } from "../plan/family-text";
import { CASE_PHASE_WORDS, ESCALATION_LEVEL_WORDS, counted, days, euroText, weeks } from "./dutch";
import type { PortfolioSettings } from "./settings";
import {
  portfolioSignals,
  type PortfolioCaseFacts,
  type PortfolioSignals,
  type ScheduleSignal,
} from "./signals";

// The urgency of a case in the procesregisseur's portfolio: points per signal, weighted by the settings, and
// one Dutch reason per signal that scores. Score and reasons come from the same list of contributions, so the
// reasons always explain the score. A closed case scores nothing.

/** One signal's share of the urgency: its points and the Dutch reason, e.g. "evaluatie 12 dagen over tijd". */
export interface UrgencyContribution {
  points: number;
  reason: string;
}

/** The signals that add to the urgency, most points first (equal points in the order below). */
export function urgencyContributions(
  signals: PortfolioSignals,
  settings: PortfolioSettings,
): UrgencyContribution[] {
  if (signals.phase === "CLOSED") return [];
  const parts: UrgencyContribution[] = [];
  const add = (points: number, reason: string) => parts.push({ points, reason });

  if (signals.acuteSafety) add(settings.acuteSafetyPoints, "acute onveiligheid gemeld");

  if (signals.escalationLevel > 0) {
    const level = signals.escalationLevel;
    add(
      level * settings.escalationLevelPoints,
      `escalatieniveau ${level} (${ESCALATION_LEVEL_WORDS[level]})`,
    );
  }

  const wait = signals.awaitsAgenda;
  if (wait) {
    add(
      settings.awaitsAgendaPoints,
      `opgeschaald naar ${wait.tableName} op ${dateInWords(wait.escalatedOn)}, na ${days(wait.daysWaiting)} nog niet geagendeerd`,
    );
  }

  if (signals.openDoorbraak > 0) {
    const count = signals.openDoorbraak;
    add(count * settings.openDoorbraakPoints, count === 1 ? "doorbraak open" : `${count} doorbraken open`);
  }

  if (signals.noCasusregisseur) add(settings.noCasusregisseurPoints, "geen casusregisseur");

  for (const finding of signals.stalledBy) {
    switch (finding.rule) {
      case "NO_PROGRESS":
        add(settings.noProgressPoints, `${weeks(finding.weeks)} geen voortgang`);
        break;
      case "NO_APPROVED_PLAN":
        add(settings.noApprovedPlanPoints, `geen vastgesteld plan na ${weeks(finding.weeks)}`);
        break;
      case "MONITORING_FOLLOW_UP_PASSED":
        add(
          settings.monitoringFollowUpPassedPoints,
          `vervolgafspraak monitoring ${days(finding.daysLate)} over tijd`,
        );
        break;
    }
  }

  const overdue = signals.overdueActions;
  if (overdue.count > 0) {
    const lateWeeks = Math.floor((overdue.oldestDaysLate ?? 0) / 7);
    add(
      overdue.count * settings.overdueActionPoints + lateWeeks * settings.overdueActionWeekPoints,
      overdueActionsReason(overdue.count, overdue.oldestDaysLate),
    );
  }

  scheduled(
    signals.evaluation,
    "evaluatie",
    settings.evaluationOverduePoints,
    settings.evaluationDuePoints,
    add,
  );
  scheduled(signals.checkIn, "regiegesprek", settings.checkInOverduePoints, settings.checkInDuePoints, add);

  const available = signals.budget.availableCents;
  if (signals.budget.overBudget && available !== null) {
    add(settings.overBudgetPoints, `budget overschreden met ${euroText(-available)}`);
  }

  if (signals.teamGaps > 0) {
    add(
      signals.teamGaps * settings.teamGapPoints,
      `${counted(signals.teamGaps, "gat", "gaten")} in het casusteam`,
    );
  }

  if (signals.longInPhase) {
    add(
      settings.longInPhasePoints,
      `${weeks(signals.weeksInPhase)} in fase ${CASE_PHASE_WORDS[signals.phase]}`,
    );
  }

  if (signals.handOvers >= settings.handOversCountFrom) {
    add(
      signals.handOvers * settings.handOverPoints,
      `${signals.handOvers} keer van casusregisseur gewisseld`,
    );
  }

  // Array.prototype.sort is stable: equal points keep the order above.
  return parts.filter((part) => part.points > 0).sort((a, b) => b.points - a.points);
}

/** "1 actie 19 dagen te laat", "3 acties te laat, langst 19 dagen", "2 acties te laat". */
function overdueActionsReason(count: number, oldestDaysLate: number | null): string {
  if (oldestDaysLate === null) return `${counted(count, "actie", "acties")} te laat`;
  if (count === 1) return `1 actie ${days(oldestDaysLate)} te laat`;
  return `${count} acties te laat, langst ${days(oldestDaysLate)}`;
}

/** "evaluatie 12 dagen over tijd"; due soon: "evaluatie vandaag", "evaluatie morgen", "evaluatie over 5 dagen". */
function scheduled(
  signal: ScheduleSignal,
  what: string,
  overduePoints: number,
  duePoints: number,
  add: (points: number, reason: string) => void,
): void {
  if (signal.overdue) {
    add(overduePoints, `${what} ${days(signal.daysOverdue)} over tijd`);
  } else if (signal.due && signal.daysUntilDue !== null) {
    const until = signal.daysUntilDue;
    add(duePoints, `${what} ${until === 0 ? "vandaag" : until === 1 ? "morgen" : `over ${days(until)}`}`);
  }
}

/** The urgency of a case: the sum of its contributions. Higher is more urgent; a closed case scores 0. */
export function urgencyScore(signals: PortfolioSignals, settings: PortfolioSettings): number {
  return urgencyContributions(signals, settings).reduce((sum, part) => sum + part.points, 0);
}

/** Why the case has its place in the list, in Dutch, the weightiest reason first. */
export function urgencyReasons(signals: PortfolioSignals, settings: PortfolioSettings): string[] {
  return urgencyContributions(signals, settings).map((part) => part.reason);
}

/** A case as the portfolio lists it: its signals, urgency score and reasons. */
export interface PortfolioEntry {
  signals: PortfolioSignals;
  urgency: number;
  reasons: string[];
}

export function portfolioEntry(
  facts: PortfolioCaseFacts,
  today: Date | string,
  settings: PortfolioSettings,
): PortfolioEntry {
  const signals = portfolioSignals(facts, today, settings);
  const contributions = urgencyContributions(signals, settings);
  return {
    signals,
    urgency: contributions.reduce((sum, part) => sum + part.points, 0),
    reasons: contributions.map((part) => part.reason),
  };
}

/**
 * The portfolio order: highest urgency first; on equal urgency the oldest overdue action first (cases without
 * one after those with one), then the longest in its phase, then by reference and finally by case id, so the
 * order never depends on the order the cases came in.
 */
export function comparePortfolioCases(a: PortfolioEntry, b: PortfolioEntry): number {
  return (
    b.urgency - a.urgency ||
    (b.signals.overdueActions.oldestDaysLate ?? -1) - (a.signals.overdueActions.oldestDaysLate ?? -1) ||
    b.signals.daysInPhase - a.signals.daysInPhase ||
    byCodePoint(a.signals.reference, b.signals.reference) ||
    byCodePoint(a.signals.caseId, b.signals.caseId)
  );
}

/** Every case's entry, in portfolio order. */
export function rankPortfolio(
  cases: readonly PortfolioCaseFacts[],
  today: Date | string,
  settings: PortfolioSettings,
): PortfolioEntry[] {
  return cases.map((facts) => portfolioEntry(facts, today, settings)).sort(comparePortfolioCases);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
