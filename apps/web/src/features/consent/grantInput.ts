import type { DataClass, Domain, GrantAccessInput, LegalBasis } from "../../generated/graphql";
import { dateInputToIso } from "../../labels";
import type { CaseDetail } from "../cases/types";

/** What the "Toegang verlenen" form holds; dates as `yyyy-mm-dd` from the date inputs. */
export interface GrantValues {
  granteeOrganisationId: string;
  subjectPersonIds: string[];
  domains: Domain[];
  dataClasses: DataClass[];
  purpose: string;
  legalBasis: LegalBasis | "";
  validFrom: string;
  validUntil: string;
  evidenceReference: string;
}

export type GrantField = keyof GrantValues;

export const GRANT_FIELDS: readonly GrantField[] = [
  "granteeOrganisationId",
  "subjectPersonIds",
  "domains",
  "dataClasses",
  "purpose",
  "legalBasis",
  "validFrom",
  "validUntil",
  "evidenceReference",
];

export const EMPTY_GRANT: GrantValues = {
  granteeOrganisationId: "",
  subjectPersonIds: [],
  domains: [],
  dataClasses: [],
  purpose: "",
  legalBasis: "",
  validFrom: "",
  validUntil: "",
  evidenceReference: "",
};

/** What is missing or wrong before sending, by field, in the order of the form. */
export function checkGrant(values: GrantValues): [GrantField, string][] {
  const problems: [GrantField, string][] = [];
  const need = (ok: boolean, field: GrantField, message: string) => {
    if (!ok) problems.push([field, message]);
  };
  need(
    values.granteeOrganisationId !== "",
    "granteeOrganisationId",
    "Kies de organisatie die toegang krijgt.",
  );
  need(values.subjectPersonIds.length > 0, "subjectPersonIds", "Kies minstens één gezinslid.");
  need(values.domains.length > 0, "domains", "Kies minstens één leefgebied.");
  need(values.dataClasses.length > 0, "dataClasses", "Kies minstens één gegevenscategorie.");
  need(values.purpose.trim() !== "", "purpose", "Beschrijf waarvoor de partner de informatie nodig heeft.");
  need(values.legalBasis !== "", "legalBasis", "Kies een rechtsgrond.");
  need(
    !(values.validFrom && values.validUntil && values.validUntil < values.validFrom),
    "validUntil",
    "De einddatum ligt vóór de begindatum.",
  );
  need(
    values.legalBasis !== "CONSENT" || values.evidenceReference.trim() !== "",
    "evidenceReference",
    "Leg bij toestemming vast waar het bewijs is (bijvoorbeeld het formulier).",
  );
  return problems;
}

/** The `grantAccess` input; null while a legal basis is missing (see `checkGrant`). */
export function grantInput(caseId: string, values: GrantValues): GrantAccessInput | null {
  if (!values.legalBasis) return null;
  return {
    caseId,
    granteeOrganisationId: values.granteeOrganisationId,
    subjectPersonIds: values.subjectPersonIds,
    domains: values.domains,
    dataClasses: values.dataClasses,
    purpose: values.purpose.trim(),
    legalBasis: values.legalBasis,
    validFrom: values.validFrom ? dateInputToIso(values.validFrom) : null,
    validUntil: values.validUntil ? dateInputToIso(values.validUntil, true) : null,
    evidenceReference: values.evidenceReference.trim() || null,
  };
}

/** Team organisations that may receive a grant: each once, without the directing organisation. */
export function grantableOrganisations(caseData: Pick<CaseDetail, "team">) {
  const directing = new Set(caseData.team.filter((m) => m.isDirecting).map((m) => m.organisation.id));
  const seen = new Map<string, CaseDetail["team"][number]["organisation"]>();
  for (const member of caseData.team) {
    if (!directing.has(member.organisation.id)) seen.set(member.organisation.id, member.organisation);
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
}
