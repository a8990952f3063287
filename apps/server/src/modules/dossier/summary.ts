import {
  CONTRIBUTION_KIND_LABELS,
  MEETING_PHASE_LABELS,
  dateInWords,
  zrmLabel,
  type DossierItemKind,
  type ZrmScore,
} from "@regiehub/domain";
import type { ItemContents, ItemRecord } from "@regiehub/db";

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

/** The timeline line of each item kind, from its content (every kind of the registry has one). */
const SUMMARIES: { [K in DossierItemKind]: (content: ItemContents[K]) => string } = {
  OBSERVATION: (o) => o.statement,
  NOTE: (n) => n.title,
  ASSESSMENT: (a) => `Zelfredzaamheid ${a.score} (${zrmLabel(a.score as ZrmScore)})`,
  SAFETY_ASSESSMENT: (s) =>
    `${s.acute ? "ACUUT onveilig – " : ""}veiligheid ${s.score}/10, risico ${RISK[s.riskLevel]}`,
  NETWORK_MEMBER: (m) => `${m.name} (${m.relation})`,
  PROBLEM: (p) => p.title,
  PLAN: (p) => `Gezinsplan versie ${p.number} (${PLAN_STATUS[p.status]})`,
  GOAL: (g) => g.familyWording,
  ACTION: (a) => `${a.title} (${ACTION_STATUS[a.status]})`,
  RESULT: (r) => `Resultaat: ${RESULT_STATUS[r.status]}`,
  EVALUATION: (e) =>
    e.heldOn
      ? `Evaluatie gehouden op ${dateInWords(e.heldOn)}`
      : `Evaluatie gepland op ${dateInWords(e.scheduledOn)}`,
  REFERRAL: (r) => `${r.care} – ${r.providerName}`,
  CONTRIBUTION: (c) =>
    `${CONTRIBUTION_KIND_LABELS[c.contributionKind]} in overleg (${MEETING_PHASE_LABELS[c.phase].toLowerCase()}): ${c.body}`,
};

function summarize<K extends DossierItemKind>(kind: K, content: ItemContents[K]): string {
  return SUMMARIES[kind](content);
}

/** A one-line summary of a covered item's content, in Dutch, for timelines. Null when there is no content. */
export function summaryOf(r: ItemRecord): string | null {
  return r.covered ? summarize(r.kind, r.content) : null;
}
