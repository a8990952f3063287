// Table sessions (tafels, article 001's morning at the Jeugdbeschermingsplein): several cases on one agenda,
// each brought in with its question and ending in a decision. Two rules from the articles:
// - "Niet of dubbel worden besproken": a case is never on two open agendas at once, nor dropped between
//   tables — a case escalated to a table that is not on its agenda within a set time is a portfolio signal.
// - Table members who are not on the case team see only the preparation summary, from the moment the case
//   is put on the agenda until the decision; then that access lapses by itself.

import type { AgendaOutcome, CaseFramework } from "../enums";
import { calendarDaysBetween } from "../plan/dates";

/** An agenda entry of a case at a table that has not yet been decided. */
export interface OpenAgendaEntry {
  caseId: string;
  sessionId: string;
  tableName: string;
  sessionDate: string;
}

/**
 * The open agenda entry that stops a case from being put on the agenda of `sessionId`: one of the same case in
 * another session (the same session is a duplicate the caller refuses on its own). Null when none does.
 */
export function conflictingAgenda(
  caseId: string,
  sessionId: string,
  open: readonly OpenAgendaEntry[],
): OpenAgendaEntry | null {
  return open.find((e) => e.caseId === caseId && e.sessionId !== sessionId) ?? null;
}

/** Days between an escalation to a table and the case being on that table's agenda before it is a signal. */
export const DEFAULT_AGENDA_WAIT_DAYS = 14;

/**
 * Whether a case escalated to a table on `escalatedOn` and not on that table's agenda waits too long:
 * more than `maxDays` calendar days have passed (all dates `yyyy-mm-dd`).
 */
export function awaitsAgendaTooLong(escalatedOn: string, today: string, maxDays: number): boolean {
  return calendarDaysBetween(escalatedOn, today) > maxDays;
}

/**
 * Whether a table member not on the case team may read the case's preparation summary now: while the case
 * is on the agenda and not yet decided there.
 */
export function sessionAccessOpen(entry: { placedAt: Date; decidedAt: Date | null }, now: Date): boolean {
  return entry.placedAt <= now && (entry.decidedAt === null || now < entry.decidedAt);
}

/**
 * The framework an outcome puts a case in at a table that decides frameworks (article 001): "vrijwillig
 * volstaat" the voluntary framework, drang with goals and monitoring, and a request to the Raad voor de
 * Kinderbescherming the compulsory framework with casusregie by a certified institution. Back to the team
 * decides no framework (null).
 */
export function agendaOutcomeFramework(outcome: AgendaOutcome): CaseFramework | null {
  switch (outcome) {
    case "VOLUNTARY_SUFFICES":
      return "VOLUNTARY";
    case "DRANG":
      return "DRANG";
    case "RAAD_INVESTIGATION":
      return "COMPULSORY";
    case "BACK_TO_TEAM":
      return null;
  }
}
