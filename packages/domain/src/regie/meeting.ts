import type { ContributionKind, MeetingPhase } from "../enums";
import { MEETING_PHASES } from "../enums";
import { parseISO } from "date-fns";
import { ageOn } from "../persons";

// A case meeting (overleg) as a state machine (article 003, "Wat doet een procesregisseur?"):
//
//   QUESTION → IMAGE_FORMING → JUDGEMENT → DECISION
//
// - "Eerst de beeldvorming, dan de oordeelsvorming": the meeting starts from its question (vraagstelling),
//   forms the picture together, only then judges, and ends in a decision. The chair moves the phase.
// - Forward one step at a time, so no phase is skipped. One step back is allowed (the picture turns out to
//   be incomplete while judging: back to image forming), never out of DECISION: a decided meeting is closed.
// - A warning sign of a meeting going wrong is someone proposing interventions, or judging, while the picture
//   is still being formed. Such a contribution is accepted (nobody is silenced) but flagged to the chair, and
//   the meeting's summary counts the flags.

export const MEETING_PHASE_LABELS: Record<MeetingPhase, string> = {
  QUESTION: "Vraagstelling",
  IMAGE_FORMING: "Beeldvorming",
  JUDGEMENT: "Oordeelsvorming",
  DECISION: "Besluitvorming",
};

export const CONTRIBUTION_KIND_LABELS: Record<ContributionKind, string> = {
  INFORMATION: "Informatie",
  JUDGEMENT: "Oordeel",
  PROPOSAL: "Voorstel",
};

/** The Dutch text of the flag the chair sees on a premature contribution. */
export const PREMATURE_CONTRIBUTION_FLAG = "voorstel tijdens beeldvorming";

function indexOf(phase: MeetingPhase): number {
  return MEETING_PHASES.indexOf(phase);
}

/**
 * The phases a meeting may move to: the next one, or one back; none once its decision is recorded (the
 * meeting is closed).
 */
export function allowedMeetingPhaseMoves(from: MeetingPhase, decided = false): readonly MeetingPhase[] {
  if (decided) return [];
  const i = indexOf(from);
  const moves: MeetingPhase[] = [];
  if (i < MEETING_PHASES.length - 1) moves.push(MEETING_PHASES[i + 1]!);
  if (i > 0) moves.push(MEETING_PHASES[i - 1]!);
  return moves;
}

export type MeetingPhaseRefusal =
  /** Moving to the phase it is in. */
  | "UNCHANGED"
  /** Skipping a phase forward, or more than one step back. */
  | "NOT_ALLOWED"
  /** The meeting's decision is recorded: it is closed. */
  | "DECIDED";

/** Why the chair cannot move a meeting from `from` to `to`; null when it can. */
export function checkMeetingPhaseMove(
  from: MeetingPhase,
  to: MeetingPhase,
  decided = false,
): MeetingPhaseRefusal | null {
  if (decided) return "DECIDED";
  if (from === to) return "UNCHANGED";
  return allowedMeetingPhaseMoves(from).includes(to) ? null : "NOT_ALLOWED";
}

/**
 * The Dutch text of a refusal, for a case meeting (overleg) or a table's discussion of a case on its agenda
 * (bespreking): the same phases and rules, so one wording.
 */
export function meetingPhaseRefusalText(
  refusal: MeetingPhaseRefusal,
  of: "MEETING" | "AGENDA_ENTRY",
): string {
  const [the, a] = of === "MEETING" ? ["Het overleg", "Een overleg"] : ["De bespreking", "Een bespreking"];
  switch (refusal) {
    case "UNCHANGED":
      return `${the} is al in deze fase`;
    case "NOT_ALLOWED":
      return `${a} gaat één fase verder of één terug: eerst de beeldvorming, dan de oordeelsvorming`;
    case "DECIDED":
      return of === "MEETING"
        ? "Het besluit van dit overleg is vastgelegd; het overleg is gesloten"
        : "De tafel heeft al een uitkomst vastgelegd";
  }
}

/** Whether a meeting takes contributions: from its question until its decision is recorded. */
export function meetingTakesContributions(decided: boolean): boolean {
  return !decided;
}

/**
 * Whether a contribution of `kind` made in `phase` comes too early: a judgement or a proposal while the
 * question is still being put or the picture formed. It is accepted and flagged to the chair.
 */
export function isPrematureContribution(phase: MeetingPhase, kind: ContributionKind): boolean {
  return (phase === "QUESTION" || phase === "IMAGE_FORMING") && kind !== "INFORMATION";
}

/** Whether the decision can be recorded: in the DECISION phase, once. */
export function meetingTakesDecision(phase: MeetingPhase, decided: boolean): boolean {
  return phase === "DECISION" && !decided;
}

/** Children of 12 and older may attend a meeting about them (article 001: "kinderen vanaf 12 jaar"). */
export const MIN_ATTENDING_CHILD_AGE = 12;

/** Whether a child born on `birthDate` may attend a meeting held on `heldOn`. */
export function childMayAttend(birthDate: string | null, heldOn: string): boolean {
  const age = ageOn(birthDate, parseISO(heldOn));
  return age !== null && age >= MIN_ATTENDING_CHILD_AGE;
}

/** The counts a meeting's summary shows: contributions by kind and the flagged ones. */
export interface MeetingTally {
  information: number;
  judgements: number;
  proposals: number;
  /** Judgements and proposals made before the judgement phase. */
  premature: number;
}

export function tallyContributions(
  contributions: readonly { kind: ContributionKind; premature: boolean }[],
): MeetingTally {
  const tally: MeetingTally = { information: 0, judgements: 0, proposals: 0, premature: 0 };
  for (const c of contributions) {
    if (c.kind === "INFORMATION") tally.information += 1;
    else if (c.kind === "JUDGEMENT") tally.judgements += 1;
    else tally.proposals += 1;
    if (c.premature) tally.premature += 1;
  }
  return tally;
}
