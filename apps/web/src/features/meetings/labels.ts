import {
  CONTRIBUTION_KIND_LABELS,
  MEETING_PHASES,
  MEETING_PHASE_LABELS,
  PREMATURE_CONTRIBUTION_FLAG,
} from "@regiehub/domain";
import type { ContributionKind, MeetingPhase } from "../../generated/graphql";

// Dutch labels of a case meeting (overleg). The phase and kind names come from the domain, as the server's
// messages use them; the rest is the page's own wording.

export { CONTRIBUTION_KIND_LABELS, MEETING_PHASE_LABELS };

/** The phases in order: Vraagstelling → Beeldvorming → Oordeelsvorming → Besluitvorming. */
export const MEETING_PHASE_ORDER: readonly MeetingPhase[] = MEETING_PHASES;

/** The flag on a judgement or proposal made while the picture was still being formed. */
export const PREMATURE_FLAG =
  PREMATURE_CONTRIBUTION_FLAG.charAt(0).toUpperCase() + PREMATURE_CONTRIBUTION_FLAG.slice(1);

/** Help text per contribution kind in the form. */
export const CONTRIBUTION_KIND_HINTS: Record<ContributionKind, string> = {
  INFORMATION: "Wat u weet of heeft gezien: voor het beeld.",
  JUDGEMENT: "Hoe u de situatie beoordeelt.",
  PROPOSAL: "Wat u voorstelt om te doen.",
};

function phaseWord(phase: MeetingPhase): string {
  return MEETING_PHASE_LABELS[phase].toLowerCase();
}

/** The chair's button to move to `to`: "Naar beeldvorming" forward, "Terug naar vraagstelling" back. */
export function phaseMoveLabel(from: MeetingPhase, to: MeetingPhase): string {
  const forward = MEETING_PHASE_ORDER.indexOf(to) > MEETING_PHASE_ORDER.indexOf(from);
  return forward ? `Naar ${phaseWord(to)}` : `Terug naar ${phaseWord(to)}`;
}

/** "1 voorstel of oordeel", "3 voorstellen of oordelen". */
function prematureCount(count: number): string {
  return count === 1 ? "1 voorstel of oordeel" : `${count} voorstellen of oordelen`;
}

/** The chair's warning when judgements or proposals came during image forming. */
export function prematureWarning(count: number): string {
  return `${prematureCount(count)} tijdens de beeldvorming: eerst het beeld compleet.`;
}

/** "1 bijdrage", "4 bijdragen". */
export function countContributions(count: number): string {
  return `${count} ${count === 1 ? "bijdrage" : "bijdragen"}`;
}

/** Path of a meeting's page. */
export function meetingPath(caseId: string, meetingId: string): string {
  return `/casussen/${encodeURIComponent(caseId)}/overleg/${encodeURIComponent(meetingId)}`;
}
