import { Alert, Button, Heading, Paragraph, Textarea, Textbox } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { EnumSelectField } from "../../components/EnumSelectField";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { TeamOrganisationField } from "../../components/TeamOrganisationField";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import {
  DATA_CLASSES,
  DATA_CLASS_LABELS,
  DOMAINS,
  DOMAIN_LABELS,
  LEGAL_BASIS_LABELS,
  dateInputToIso,
} from "../../labels";
import type { DataClass, Domain, LegalBasis } from "../../generated/graphql";
import { focusFirstInvalid } from "../../components/forms/focus";
import type { CaseDetail } from "../cases/operations";
import { evictTimeline } from "../dossier/navigation";
import { GRANT_ACCESS_MUTATION } from "./operations";

const FIELDS = [
  "granteeOrganisationId",
  "subjectPersonIds",
  "domains",
  "dataClasses",
  "purpose",
  "legalBasis",
  "validFrom",
  "validUntil",
  "evidenceReference",
] as const;

/** Team organisations that may receive a grant: each once, without the directing organisation. */
export function grantableOrganisations(caseData: CaseDetail) {
  const directing = new Set(caseData.team.filter((m) => m.isDirecting).map((m) => m.organisation.id));
  const seen = new Map<string, CaseDetail["team"][number]["organisation"]>();
  for (const member of caseData.team) {
    if (!directing.has(member.organisation.id)) seen.set(member.organisation.id, member.organisation);
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

export interface GrantFormProps {
  caseData: CaseDetail;
  onGranted: (organisationName: string) => Promise<void>;
}

/** "Toegang verlenen" (MANAGE_CONSENT): a grant for one team partner. */
export function GrantForm({ caseData, onGranted }: GrantFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const organisations = grantableOrganisations(caseData);
  const [organisationId, setOrganisationId] = useState("");
  const [subjectPersonIds, setSubjectPersonIds] = useState<string[]>([]);
  const [domains, setDomains] = useState<Domain[]>([]);
  const [dataClasses, setDataClasses] = useState<DataClass[]>([]);
  const [purpose, setPurpose] = useState("");
  const [legalBasis, setLegalBasis] = useState<LegalBasis | "">("");
  const [validFrom, setValidFrom] = useState("");
  const [validUntil, setValidUntil] = useState("");
  const [evidenceReference, setEvidenceReference] = useState("");
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [granted, setGranted] = useState<string | null>(null);
  const [grantAccess, { loading }] = useMutation(GRANT_ACCESS_MUTATION, {
    update: (cache) => evictTimeline(cache, caseData.id),
    refetchQueries: ["OrganisationAccess"],
  });

  const fieldErrors = { ...extractFieldErrors(error), ...missing };
  const general = generalErrorMessages(error, FIELDS);

  const validate = (): FieldErrors => {
    const problems: FieldErrors = {};
    if (!organisationId) problems["granteeOrganisationId"] = ["Kies de organisatie die toegang krijgt."];
    if (subjectPersonIds.length === 0) problems["subjectPersonIds"] = ["Kies minstens één gezinslid."];
    if (domains.length === 0) problems["domains"] = ["Kies minstens één leefgebied."];
    if (dataClasses.length === 0) problems["dataClasses"] = ["Kies minstens één gegevenscategorie."];
    if (!purpose.trim()) problems["purpose"] = ["Beschrijf waarvoor de partner de informatie nodig heeft."];
    if (!legalBasis) problems["legalBasis"] = ["Kies een rechtsgrond."];
    if (legalBasis === "CONSENT" && !evidenceReference.trim()) {
      problems["evidenceReference"] = [
        "Leg bij toestemming vast waar het bewijs is (bijvoorbeeld het formulier).",
      ];
    }
    if (validFrom && validUntil && validUntil < validFrom) {
      problems["validUntil"] = ["De einddatum ligt vóór de begindatum."];
    }
    return problems;
  };

  const reset = () => {
    setOrganisationId("");
    setSubjectPersonIds([]);
    setDomains([]);
    setDataClasses([]);
    setPurpose("");
    setLegalBasis("");
    setValidFrom("");
    setValidUntil("");
    setEvidenceReference("");
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    setGranted(null);
    const problems = validate();
    setMissing(problems);
    if (Object.keys(problems).length > 0 || !legalBasis) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await grantAccess({
        variables: {
          input: {
            caseId: caseData.id,
            granteeOrganisationId: organisationId,
            subjectPersonIds,
            domains,
            dataClasses,
            purpose: purpose.trim(),
            legalBasis,
            validFrom: validFrom ? dateInputToIso(validFrom) : null,
            validUntil: validUntil ? dateInputToIso(validUntil, true) : null,
            evidenceReference: evidenceReference.trim() || null,
          },
        },
      });
      const name = organisations.find((o) => o.id === organisationId)?.name ?? "de organisatie";
      reset();
      await onGranted(name);
      setGranted(name);
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <section aria-labelledby="grant-heading" className="rh-subsection">
      <Heading level={3} id="grant-heading">
        Toegang verlenen
      </Heading>
      <Paragraph>
        Een partner ziet een item alleen als één toestemming het leefgebied, de gegevenscategorie én alle
        personen over wie het gaat dekt. Kies zo weinig als nodig is voor het doel.
      </Paragraph>
      {organisations.length === 0 ? (
        <Paragraph>
          Er staan nog geen andere organisaties in het team. Voeg eerst een organisatie toe aan het team.
        </Paragraph>
      ) : (
        <form
          ref={formRef}
          noValidate
          onSubmit={(e) => void submit(e)}
          aria-labelledby="grant-heading"
          className="rh-form"
        >
          {granted ? (
            <Alert type="ok" className="rh-alert">
              <Paragraph>{granted} heeft toegang gekregen.</Paragraph>
            </Alert>
          ) : null}
          <ErrorAlert messages={general} heading="De toegang is niet verleend." />
          <TeamOrganisationField
            id="grant-organisation"
            name="granteeOrganisationId"
            label="Organisatie"
            organisations={organisations}
            errors={messagesFor(fieldErrors, "granteeOrganisationId")}
            value={organisationId}
            onChange={setOrganisationId}
          />
          <CheckboxGroup
            id="grant-subjects"
            legend="Over wie"
            description="Alleen items over deze personen (en niemand anders) vallen onder de toestemming."
            options={caseData.persons.map((p) => ({ value: p.id, label: p.fullName }))}
            selected={subjectPersonIds}
            onChange={setSubjectPersonIds}
            errors={messagesFor(fieldErrors, "subjectPersonIds")}
          />
          <CheckboxGroup
            id="grant-domains"
            legend="Leefgebieden"
            options={DOMAINS.map((d) => ({ value: d, label: DOMAIN_LABELS[d] }))}
            selected={domains}
            onChange={setDomains}
            errors={messagesFor(fieldErrors, "domains")}
            grid
          />
          <CheckboxGroup
            id="grant-data-classes"
            legend="Gegevenscategorieën"
            description="Elke categorie moet u apart aanvinken; niets wordt meegenomen zonder dat u het kiest."
            options={DATA_CLASSES.map((c) => ({ value: c, label: DATA_CLASS_LABELS[c] }))}
            selected={dataClasses}
            onChange={setDataClasses}
            errors={messagesFor(fieldErrors, "dataClasses")}
            grid
          />
          <Field
            id="grant-purpose"
            label="Doel"
            description="Waarvoor de partner de informatie nodig heeft."
            errors={messagesFor(fieldErrors, "purpose")}
          >
            {(control) => (
              <Textarea
                {...control}
                name="purpose"
                required
                rows={2}
                value={purpose}
                onChange={(e) => setPurpose(e.target.value)}
              />
            )}
          </Field>
          <EnumSelectField
            id="grant-legal-basis"
            name="legalBasis"
            label="Rechtsgrond"
            description="Justitiële gegevens alleen op grond van justitie (WPG) of een wettelijke taak."
            labels={LEGAL_BASIS_LABELS}
            placeholder="Kies een rechtsgrond"
            required
            value={legalBasis}
            onChange={setLegalBasis}
            errors={messagesFor(fieldErrors, "legalBasis")}
          />
          <div className="rh-form__row">
            <Field
              id="grant-valid-from"
              label="Geldig vanaf (niet verplicht)"
              description="Leeg: vanaf nu."
              errors={messagesFor(fieldErrors, "validFrom")}
            >
              {(control) => (
                <Textbox
                  {...control}
                  type="date"
                  name="validFrom"
                  value={validFrom}
                  onChange={(e) => setValidFrom(e.target.value)}
                />
              )}
            </Field>
            <Field
              id="grant-valid-until"
              label="Geldig tot en met (niet verplicht)"
              description="Leeg: tot de toestemming wordt ingetrokken."
              errors={messagesFor(fieldErrors, "validUntil")}
            >
              {(control) => (
                <Textbox
                  {...control}
                  type="date"
                  name="validUntil"
                  min={validFrom || undefined}
                  value={validUntil}
                  onChange={(e) => setValidUntil(e.target.value)}
                />
              )}
            </Field>
          </div>
          <Field
            id="grant-evidence"
            label="Bewijs"
            description="Verplicht bij toestemming, bijvoorbeeld ‘Toestemmingsformulier 12-11-2026, getekend door moeder’."
            errors={messagesFor(fieldErrors, "evidenceReference")}
          >
            {(control) => (
              <Textbox
                {...control}
                name="evidenceReference"
                autoComplete="off"
                value={evidenceReference}
                onChange={(e) => setEvidenceReference(e.target.value)}
              />
            )}
          </Field>
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            Toegang verlenen
          </Button>
        </form>
      )}
    </section>
  );
}
