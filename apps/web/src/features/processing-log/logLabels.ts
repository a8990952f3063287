import type { ProcessingActivityId } from "@regiehub/domain";
import { PHASE_LABELS } from "../../labels";

// The processing log in words a privacy officer reads: the log names data by its technical field
// (`Person.givenName`), refusals by their error code and purposes by their register id. These turn them into
// Dutch; anything without a label is named by its kind only ("overige gegevens"), never by its technical name.

/** The register of processing activities (packages/domain PROCESSING_ACTIVITIES), in short. */
export const PURPOSE_LABELS: Record<ProcessingActivityId, string> = {
  "RH-PA-01": "Casusregie en procesregie",
  "RH-PA-02": "Toegang en toestemming beheren",
  "RH-PA-03": "Noodtoegang bij acute onveiligheid",
  "RH-PA-04": "Rechten van betrokkenen (inzage, correctie)",
  "RH-PA-05": "Toezicht (verwerkingslog, noodtoegang)",
  "RH-PA-06": "Bewaartermijn en vernietiging",
  "RH-PA-07": "Koppelingen met partnersystemen",
};
export const PURPOSES = Object.keys(PURPOSE_LABELS) as ProcessingActivityId[];

export function purposeLabel(id: string): string {
  return (PURPOSE_LABELS as Record<string, string>)[id] ?? "Overig doel";
}

/** What kind of data a field belongs to (the part before the dot). */
const KIND_LABELS: Record<string, string> = {
  AccessToken: "toegangstoken",
  Action: "actie",
  ApiClient: "koppeling",
  Assessment: "ZRM-score",
  BreakGlassAccess: "noodtoegang",
  Case: "casus",
  CaseEscalation: "escalatie",
  CaseEvent: "live bijwerking",
  CaseTeamMember: "teamlid",
  ConsentGrant: "toestemming",
  DossierItemVersion: "eerdere versie",
  Evaluation: "evaluatie",
  Goal: "doel",
  NetworkMember: "netwerklid",
  Note: "gespreksverslag",
  Notification: "melding",
  Observation: "observatie",
  OwnStatement: "eigen verklaring",
  PartnerReference: "eigen kenmerk",
  Person: "gezinslid",
  PersonDataExport: "inzage-export",
  Plan: "gezinsplan",
  Portfolio: "portefeuille",
  Problem: "probleem",
  ProcessingLog: "verwerkingslog",
  Referral: "verwijzing",
  Result: "resultaat",
  SafetyAssessment: "veiligheidstaxatie",
  TrustedDocument: "geregistreerde opvraging",
};

/** The fields people ask about by name; other fields of a known kind show as the kind alone. */
const FIELD_LABELS: Record<string, string> = {
  "Person.givenName": "voornaam",
  "Person.familyName": "achternaam",
  "Person.fullName": "naam",
  "Person.birthDate": "geboortedatum",
  "Person.age": "leeftijd",
  "Person.bsn": "BSN",
  "Person.householdRole": "rol in het gezin",
  "Case.title": "titel",
  "Case.reference": "casusnummer",
  "Case.municipality": "gemeente",
  "Case.framework": "kader",
  "Case.phase": "fase",
  "Case.persons": "gezinsleden",
  "Case.escalationLevel": "escalatieniveau",
  "Observation.statement": "waarneming",
  "Observation.observationKind": "soort",
  "Note.title": "titel",
  "Note.body": "verslag",
  "Action.title": "titel",
  "Action.status": "status",
  "Action.statusReason": "reden van de status",
  "Action.dueOn": "uiterste datum",
  "Assessment.score": "score",
  "Assessment.explanation": "toelichting",
  "SafetyAssessment.conclusion": "conclusie",
  "SafetyAssessment.riskLevel": "risiconiveau",
  "Goal.familyWording": "doel in woorden van het gezin",
  "Goal.professionalWording": "doel voor professionals",
  "Plan.status": "status",
  "Plan.perspective": "perspectief",
  "Referral.care": "zorg",
  "Referral.costCents": "kosten",
  "NetworkMember.name": "naam",
  "NetworkMember.contact": "contactgegevens",
  "NetworkMember.relationshipQuality": "soort relatie",
  "OwnStatement.statement": "verklaring",
  "PartnerReference.reference": "kenmerk",
};

const FIELD_ORDER = Object.keys(FIELD_LABELS);

/** Why an attempt was refused (the error code a DENIED entry names as its field). */
const REFUSAL_LABELS: Record<string, string> = {
  NOT_FOUND: "buiten bereik",
  FORBIDDEN: "niet toegestaan",
  CONSENT_REQUIRED: "buiten de toestemming",
};

/** "gezinslid (voornaam, achternaam)", "casus (titel)", "observatie", "geweigerd: buiten de toestemming". */
export function describeFields(fields: readonly string[]): string[] {
  const kinds = new Map<string, Set<string>>();
  const refusals = new Set<string>();
  for (const field of fields) {
    const refusal = /^([A-Z_]+)(\s|$)/.exec(field)?.[1];
    if (refusal && refusal in REFUSAL_LABELS) {
      refusals.add(REFUSAL_LABELS[refusal]!);
      continue;
    }
    const kind = KIND_LABELS[field.split(".")[0] ?? ""] ?? "overige gegevens";
    const named = kinds.get(kind) ?? new Set<string>();
    if (field in FIELD_LABELS) named.add(field);
    kinds.set(kind, named);
  }
  // Known fields in the order of FIELD_LABELS (given name before family name), whatever order the log has.
  const described = [...kinds].map(([kind, named]) => {
    const labels = FIELD_ORDER.filter((f) => named.has(f)).map((f) => FIELD_LABELS[f]);
    return labels.length > 0 ? `${kind} (${labels.join(", ")})` : kind;
  });
  return [...described, ...[...refusals].map((r) => `geweigerd: ${r}`)];
}

/** Phases, and the statuses of plans and actions, as the log's details name them. */
const STATUS_WORDS: Record<string, string> = {
  ...PHASE_LABELS,
  DRAFT: "concept",
  AGREED: "akkoord gezin",
  APPROVED: "vastgesteld",
  SUPERSEDED: "vervangen",
  OPEN: "open",
  IN_PROGRESS: "mee bezig",
  BLOCKED: "geblokkeerd",
  DONE: "afgerond",
  CANCELLED: "geannuleerd",
};
const word = (w: string) => STATUS_WORDS[w] ?? w.toLowerCase().replace(/_/g, " ");

/** The log's details (written for the record, partly in English) in Dutch; null for what has no label. */
const DETAILS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(\d+) more refusal\(s\) of this actor on this case merged$/, (m) => `En nog ${m[1]} weigering(en)`],
  [/^correction: (.*)$/s, (m) => `Correctie: ${m[1]}`],
  [/^status (\w+) (?:→|->) (\w+)$/, (m) => `Status: ${word(m[1]!)} → ${word(m[2]!)}`],
  [/^phase (\w+) -> (\w+)(?:: (.*))?$/s, (m) => `Fase: ${word(m[1]!)} → ${word(m[2]!)}`],
  [/^(DRAFT|AGREED|APPROVED) -> (\w+)/, (m) => `Gezinsplan: ${word(m[1]!)} → ${word(m[2]!)}`],
  [/^team member removed/, () => "Teamlid verwijderd"],
  [/^team member/, () => "Teamlid toegevoegd"],
  [/^doorbraak$/, () => "Doorbraak"],
  [/^case list$/, () => "Casussenlijst"],
  [/^portfolio( CSV| charts)?$/, () => "Portefeuille"],
  [/^notification$/, () => "Melding"],
  [/^(own reference|lookup by own reference)/, () => "Eigen kenmerk"],
  [/^acuut: /, (m) => m.input],
];

export function detailLabel(detail: string): string | null {
  for (const [pattern, label] of DETAILS) {
    const match = pattern.exec(detail);
    if (match) return label(match);
  }
  return null;
}

/** "Noor Jansen, Kees Jansen", "Noor Jansen en 1 ander", "3 personen", "—". */
export function concernedPersons(names: readonly string[], count: number): string {
  const others = count - names.length;
  const persons = (n: number) => (n === 1 ? "1 persoon" : `${n} personen`);
  if (names.length === 0) return count > 0 ? persons(count) : "—";
  if (others <= 0) return names.join(", ");
  return `${names.join(", ")} en ${others === 1 ? "1 ander" : `${others} anderen`}`;
}
