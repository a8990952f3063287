import type {
  AddNetworkMemberInput,
  DataClass,
  Domain,
  RecordAssessmentInput,
  RecordProblemInput,
  RecordSafetyAssessmentInput,
  RiskLevel,
  StatementKind,
} from "../../generated/graphql";
import type { RelationshipQuality } from "./ecogram";

// The inventory's forms as data: what each form holds, the checks before sending (a message per input path,
// e.g. `causes.1.description`) and the input it sends. Pure, so they are tested without a browser.

/** Input path → the message to show at that field. */
export type Problems = Record<string, string>;

/** The messages of a date of an assessment: required, and not in the future. */
function checkAssessedOn(problems: Problems, assessedOn: string, today: string): void {
  if (!assessedOn) problems["assessedOn"] = "Vul de datum van de inschatting in.";
  else if (assessedOn > today) problems["assessedOn"] = "De datum ligt in de toekomst.";
}

/** `text` trimmed, or null when empty (an optional field). */
function optional(text: string): string | null {
  return text.trim() || null;
}

/* ---------- Zelfredzaamheid scoren ---------- */

export interface AssessmentValues {
  personId: string;
  domain: Domain | "";
  dataClass: DataClass;
  score: string;
  assessedOn: string;
  explanation: string;
}

export function assessmentProblems(v: AssessmentValues, today: string): Problems {
  const problems: Problems = {};
  if (!v.personId) problems["personId"] = "Kies wie u scoort.";
  if (!v.domain) problems["domain"] = "Kies een leefgebied.";
  if (!v.score) problems["score"] = "Kies een score van 1 tot en met 5.";
  checkAssessedOn(problems, v.assessedOn, today);
  return problems;
}

export function assessmentInput(
  caseId: string,
  v: AssessmentValues & { domain: Domain },
): RecordAssessmentInput {
  return {
    caseId,
    personId: v.personId,
    domain: v.domain,
    dataClass: v.dataClass,
    score: Number(v.score),
    assessedOn: v.assessedOn,
    explanation: optional(v.explanation),
  };
}

/* ---------- Veiligheid inschatten ---------- */

export interface DangerRow {
  danger: string;
  safetyGoal: string;
}

export interface SafetyValues {
  subjectPersonIds: string[];
  score: string;
  riskLevel: RiskLevel | "";
  acute: boolean;
  instrument: string;
  assessedOn: string;
  conclusion: string;
}

/** Acute unsafety means a high risk, whatever was chosen. */
export function effectiveRisk(v: Pick<SafetyValues, "acute" | "riskLevel">): RiskLevel | "" {
  return v.acute ? "HIGH" : v.riskLevel;
}

export function safetyProblems(v: SafetyValues, dangers: readonly DangerRow[], today: string): Problems {
  const problems: Problems = {};
  if (v.subjectPersonIds.length === 0) {
    problems["subjectPersonIds"] = "Kies om wiens veiligheid het gaat (meestal de kinderen).";
  }
  if (!v.score) problems["score"] = "Kies een score van 0 tot en met 10.";
  if (!effectiveRisk(v)) problems["riskLevel"] = "Kies een risiconiveau.";
  dangers.forEach((row, i) => {
    if (!row.danger.trim()) problems[`dangerStatements.${i}.danger`] = "Beschrijf het gevaar.";
    if (!row.safetyGoal.trim()) {
      problems[`dangerStatements.${i}.safetyGoal`] = "Koppel een veiligheidsdoel aan dit gevaar.";
    }
  });
  checkAssessedOn(problems, v.assessedOn, today);
  return problems;
}

export function safetyInput(
  caseId: string,
  v: SafetyValues,
  dangers: readonly DangerRow[],
  riskLevel: RiskLevel,
): RecordSafetyAssessmentInput {
  return {
    caseId,
    subjectPersonIds: v.subjectPersonIds,
    score: Number(v.score),
    riskLevel,
    acute: v.acute,
    dangerStatements: dangers.map((r) => ({ danger: r.danger.trim(), safetyGoal: r.safetyGoal.trim() })),
    instrument: optional(v.instrument),
    assessedOn: v.assessedOn,
    conclusion: optional(v.conclusion),
  };
}

/* ---------- Netwerklid toevoegen ---------- */

export interface NetworkMemberValues {
  subjectPersonIds: string[];
  name: string;
  relation: string;
  support: string;
  contact: string;
  /** "UNKNOWN" is sent as null. */
  relationshipQuality: RelationshipQuality | "UNKNOWN";
}

export function networkMemberProblems(v: NetworkMemberValues): Problems {
  const problems: Problems = {};
  if (v.subjectPersonIds.length === 0) problems["subjectPersonIds"] = "Kies van wie dit het netwerk is.";
  if (!v.name.trim()) problems["name"] = "Vul een naam of omschrijving in.";
  if (!v.relation.trim()) problems["relation"] = "Vul de relatie tot het gezin in.";
  if (!v.support.trim()) problems["support"] = "Beschrijf wat deze persoon kan doen.";
  return problems;
}

export function networkMemberInput(caseId: string, v: NetworkMemberValues): AddNetworkMemberInput {
  return {
    caseId,
    subjectPersonIds: v.subjectPersonIds,
    name: v.name.trim(),
    relation: v.relation.trim(),
    support: v.support.trim(),
    contact: optional(v.contact),
    relationshipQuality: v.relationshipQuality === "UNKNOWN" ? null : v.relationshipQuality,
  };
}

/* ---------- Probleem vastleggen ---------- */

export interface CauseRow {
  description: string;
  chronic: boolean;
}

export interface PatternRow {
  pattern: string;
}

export interface StatementRow {
  statement: string;
  kind: StatementKind | "";
  source: string;
}

export interface ProblemValues {
  domain: Domain | "";
  dataClass: DataClass | "";
  subjectPersonIds: string[];
  title: string;
  description: string;
}

export interface ProblemRows {
  causes: readonly CauseRow[];
  patterns: readonly PatternRow[];
  statements: readonly StatementRow[];
}

export function problemProblems(v: ProblemValues, rows: ProblemRows): Problems {
  const problems: Problems = {};
  if (!v.domain) problems["domain"] = "Kies een leefgebied.";
  if (!v.dataClass) problems["dataClass"] = "Kies een gegevenscategorie.";
  if (!v.title.trim()) problems["title"] = "Vat het probleem samen in één regel.";
  if (!v.description.trim()) problems["description"] = "Beschrijf het probleem.";
  rows.causes.forEach((row, i) => {
    if (!row.description.trim()) {
      problems[`causes.${i}.description`] = "Beschrijf de oorzaak of verwijder deze rij.";
    }
  });
  rows.patterns.forEach((row, i) => {
    if (!row.pattern.trim()) problems[`patterns.${i}`] = "Beschrijf het patroon of verwijder deze rij.";
  });
  rows.statements.forEach((row, i) => {
    if (!row.statement.trim()) problems[`statements.${i}.statement`] = "Vul de uitspraak in.";
    if (!row.kind) problems[`statements.${i}.kind`] = "Kies of het een feit of een mening is.";
    if (!row.source.trim()) problems[`statements.${i}.source`] = "Vul de bron in: van wie of wat komt dit?";
  });
  return problems;
}

export function problemInput(
  caseId: string,
  v: ProblemValues & { domain: Domain; dataClass: DataClass },
  rows: ProblemRows,
): RecordProblemInput {
  return {
    caseId,
    domain: v.domain,
    dataClass: v.dataClass,
    subjectPersonIds: v.subjectPersonIds,
    title: v.title.trim(),
    description: v.description.trim(),
    causes: rows.causes.map((r) => ({ description: r.description.trim(), chronic: r.chronic })),
    patterns: rows.patterns.map((r) => r.pattern.trim()),
    statements: rows.statements.map((r) => ({
      statement: r.statement.trim(),
      kind: r.kind || "FACT",
      source: r.source.trim(),
    })),
  };
}
