import { zrmLabel, type ZrmScore } from "@regiehub/domain";
import type { ItemRecord } from "@regiehub/db";

const PLAN_STATUS = {
  DRAFT: "concept",
  AGREED: "afgesproken",
  APPROVED: "vastgesteld",
  SUPERSEDED: "vervangen",
};
const ACTION_STATUS = {
  OPEN: "open",
  IN_PROGRESS: "bezig",
  DONE: "gedaan",
  BLOCKED: "geblokkeerd",
  CANCELLED: "geannuleerd",
};
const RESULT_STATUS = {
  IN_PROGRESS: "bezig",
  IMPROVING: "gaat vooruit",
  ACHIEVED: "behaald",
  NOT_ACHIEVED: "niet behaald",
  NOT_ATTAINABLE: "niet haalbaar",
};
const RISK = { LOW: "laag", MEDIUM: "middel", HIGH: "hoog" };

/** A one-line summary of a covered item's content, in Dutch, for timelines. Null when there is no content. */
export function summaryOf(r: ItemRecord): string | null {
  if (r.observation) return r.observation.statement;
  if (r.note) return r.note.title;
  if (r.assessment) {
    return `Zelfredzaamheid ${r.assessment.score} (${zrmLabel(r.assessment.score as ZrmScore)})`;
  }
  if (r.safetyAssessment) {
    const s = r.safetyAssessment;
    return `${s.acute ? "ACUUT onveilig – " : ""}veiligheid ${s.score}/10, risico ${RISK[s.riskLevel]}`;
  }
  if (r.networkMember) return `${r.networkMember.name} (${r.networkMember.relation})`;
  if (r.problem) return r.problem.title;
  if (r.plan) return `Gezinsplan versie ${r.plan.number} (${PLAN_STATUS[r.plan.status]})`;
  if (r.goal) return r.goal.familyWording;
  if (r.action) return `${r.action.title} (${ACTION_STATUS[r.action.status]})`;
  if (r.result) return `Resultaat: ${RESULT_STATUS[r.result.status]}`;
  if (r.evaluation) {
    return r.evaluation.heldOn
      ? `Evaluatie gehouden op ${r.evaluation.heldOn}`
      : `Evaluatie gepland op ${r.evaluation.scheduledOn}`;
  }
  if (r.referral) return `${r.referral.care} – ${r.referral.providerName}`;
  return null;
}
