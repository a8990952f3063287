import {
  Alert,
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from "@utrecht/component-library-react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { EnumSelectField } from "../../components/EnumSelectField";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { TableScroll } from "../../components/TableScroll";
import { usePageTitle } from "../../components/usePageTitle";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import type { DataClass, Domain, ReferralKind } from "../../generated/graphql";
import { DATA_CLASS_LABELS, DOMAIN_LABELS, formatDate, label } from "../../labels";
import { useCaseContext } from "../cases/caseContext";
import { focusFirstInvalid } from "../../components/forms/focus";
import { formatEuro, parseEuro } from "../../components/money";
import { CASE_REFERRALS_QUERY, RECORD_REFERRAL_MUTATION, type ReferralRow } from "./operations";

const REFERRAL_KIND_LABELS: Record<ReferralKind, string> = {
  REFERRAL: "Verwijzing",
  DECISION: "Beschikking",
};

/** "Verwijzingen": care deployed (verwijzingen en beschikkingen) and what it costs: the case budget. */
export function ReferralsPage() {
  const { caseData } = useCaseContext();
  usePageTitle(`Verwijzingen – ${caseData.title}`);
  const { data, error, loading, refetch } = useQuery(CASE_REFERRALS_QUERY, {
    variables: { id: caseData.id },
    fetchPolicy: "cache-and-network",
  });
  const found = data?.case;
  const canRecord = caseData.viewerCan.includes("RECORD_ITEM");
  return (
    <>
      <Heading level={2}>Verwijzingen en beschikkingen</Heading>
      <Paragraph>
        De zorg die voor dit gezin is ingezet, bij welke aanbieder, in welke periode en wat het kost. U ziet
        alleen verwijzingen waarvoor uw organisatie toestemming heeft; de bedragen tellen alleen die mee.
      </Paragraph>
      {error ? <ErrorAlert messages={generalErrorMessages(error)} /> : null}
      {!found && loading ? <Loading /> : null}
      {found ? (
        <>
          <DataList className="rh-facts">
            <DataListItem>
              <DataListKey>Totale kosten</DataListKey>
              <DataListValue data-testid="budget-total">
                {formatEuro(found.budget.totalCostCents)}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Kosten van zorg die nu loopt</DataListKey>
              <DataListValue>{formatEuro(found.budget.activeCostCents)}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>Aantal</DataListKey>
              <DataListValue>{found.budget.referralCount}</DataListValue>
            </DataListItem>
          </DataList>
          {found.referrals.length === 0 ? (
            <Paragraph>Er zijn (voor u) nog geen verwijzingen vastgelegd.</Paragraph>
          ) : (
            <ReferralTable referrals={found.referrals} />
          )}
        </>
      ) : null}
      {canRecord ? (
        <ReferralForm
          caseId={caseData.id}
          persons={caseData.persons}
          onRecorded={async () => {
            await refetch().catch(() => undefined);
          }}
        />
      ) : null}
    </>
  );
}

function ReferralTable({ referrals }: { referrals: readonly ReferralRow[] }) {
  return (
    <TableScroll label="Verwijzingen">
      <Table className="rh-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Soort</TableHeaderCell>
            <TableHeaderCell scope="col">Zorg</TableHeaderCell>
            <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
            <TableHeaderCell scope="col">Voor</TableHeaderCell>
            <TableHeaderCell scope="col">Periode</TableHeaderCell>
            <TableHeaderCell scope="col">Kosten</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {referrals.map((r) => (
            <TableRow key={r.id}>
              <TableCell>
                {r.referralKind ? label(REFERRAL_KIND_LABELS, r.referralKind) : null}
                {r.reference ? <span className="rh-muted"> ({r.reference})</span> : null}
              </TableCell>
              <TableCell>
                {r.care}
                <br />
                <span className="rh-muted">{label(DOMAIN_LABELS, r.domain)}</span>
              </TableCell>
              <TableCell>{r.providerName}</TableCell>
              <TableCell>{(r.subjects ?? []).map((p) => p.fullName).join(", ")}</TableCell>
              <TableCell>
                {formatDate(r.startsOn)} – {r.endsOn ? formatDate(r.endsOn) : "doorlopend"}
              </TableCell>
              <TableCell>
                {r.costCents !== null && r.costCents !== undefined ? formatEuro(r.costCents) : ""}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

const FIELDS = [
  "referralKind",
  "care",
  "providerName",
  "startsOn",
  "endsOn",
  "costCents",
  "reference",
  "domain",
  "dataClass",
  "subjectPersonIds",
] as const;

interface ReferralFormProps {
  caseId: string;
  persons: readonly { id: string; fullName: string }[];
  onRecorded: () => Promise<void>;
}

function ReferralForm({ caseId, persons, onRecorded }: ReferralFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [referralKind, setReferralKind] = useState<ReferralKind | "">("DECISION");
  const [care, setCare] = useState("");
  const [providerName, setProviderName] = useState("");
  const [startsOn, setStartsOn] = useState("");
  const [endsOn, setEndsOn] = useState("");
  const [cost, setCost] = useState("");
  const [costProblem, setCostProblem] = useState<string | null>(null);
  const [reference, setReference] = useState("");
  const [domain, setDomain] = useState<Domain | "">("YOUTH_CARE");
  const [dataClass, setDataClass] = useState<DataClass | "">("SPECIAL_CATEGORY");
  const [subjects, setSubjects] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RECORD_REFERRAL_MUTATION);
  const fieldErrors = extractFieldErrors(error);
  const general = generalErrorMessages(error, FIELDS);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    setRecorded(null);
    const costCents = parseEuro(cost);
    if (costCents === null) {
      setCostProblem("Vul een bedrag in euro's in, bijvoorbeeld 1.250,00");
      focusFirstInvalid(formRef.current);
      return;
    }
    setCostProblem(null);
    try {
      const result = await record({
        variables: {
          input: {
            caseId,
            referralKind: referralKind || "DECISION",
            care: care.trim(),
            providerName: providerName.trim(),
            startsOn,
            endsOn: endsOn || null,
            costCents,
            reference: reference.trim() || null,
            domain: domain || "YOUTH_CARE",
            dataClass: dataClass || "SPECIAL_CATEGORY",
            subjectPersonIds: subjects,
          },
        },
      });
      setRecorded(result.data?.recordReferral.care ?? care);
      setCare("");
      setProviderName("");
      setStartsOn("");
      setEndsOn("");
      setCost("");
      setReference("");
      setSubjects([]);
      await onRecorded();
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <div className="rh-subsection">
      <Heading level={3} id="record-referral-heading">
        Verwijzing of beschikking vastleggen
      </Heading>
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby="record-referral-heading"
        className="rh-form"
      >
        {recorded ? (
          <Alert type="ok" className="rh-alert">
            <Paragraph>De verwijzing ‘{recorded}’ is vastgelegd.</Paragraph>
          </Alert>
        ) : null}
        <ErrorAlert messages={general} heading="De verwijzing is niet vastgelegd." />
        <div className="rh-form__row">
          <EnumSelectField
            id="referral-kind"
            label="Soort"
            labels={REFERRAL_KIND_LABELS}
            value={referralKind}
            onChange={setReferralKind}
            errors={messagesFor(fieldErrors, "referralKind")}
            required
          />
          <Field
            id="referral-reference"
            label="Kenmerk (niet verplicht)"
            errors={messagesFor(fieldErrors, "reference")}
          >
            {(control) => (
              <Textbox {...control} value={reference} onChange={(e) => setReference(e.target.value)} />
            )}
          </Field>
        </div>
        <Field id="referral-care" label="Ingezette zorg" errors={messagesFor(fieldErrors, "care")}>
          {(control) => (
            <Textbox {...control} required value={care} onChange={(e) => setCare(e.target.value)} />
          )}
        </Field>
        <Field id="referral-provider" label="Zorgaanbieder" errors={messagesFor(fieldErrors, "providerName")}>
          {(control) => (
            <Textbox
              {...control}
              required
              value={providerName}
              onChange={(e) => setProviderName(e.target.value)}
            />
          )}
        </Field>
        <div className="rh-form__row">
          <Field id="referral-starts" label="Begindatum" errors={messagesFor(fieldErrors, "startsOn")}>
            {(control) => (
              <Textbox
                {...control}
                type="date"
                required
                value={startsOn}
                onChange={(e) => setStartsOn(e.target.value)}
              />
            )}
          </Field>
          <Field
            id="referral-ends"
            label="Einddatum (niet verplicht)"
            errors={messagesFor(fieldErrors, "endsOn")}
          >
            {(control) => (
              <Textbox {...control} type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
            )}
          </Field>
          <Field
            id="referral-cost"
            label="Kosten in euro"
            description="Bijvoorbeeld 1.250,00"
            errors={costProblem ? [costProblem] : messagesFor(fieldErrors, "costCents")}
          >
            {(control) => (
              <Textbox
                {...control}
                inputMode="decimal"
                required
                value={cost}
                onChange={(e) => setCost(e.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="rh-form__row">
          <EnumSelectField
            id="referral-domain"
            label="Leefgebied"
            labels={DOMAIN_LABELS}
            value={domain}
            onChange={setDomain}
            errors={messagesFor(fieldErrors, "domain")}
            required
          />
          <EnumSelectField
            id="referral-data-class"
            label="Gegevenscategorie"
            labels={DATA_CLASS_LABELS}
            value={dataClass}
            onChange={setDataClass}
            errors={messagesFor(fieldErrors, "dataClass")}
            required
          />
        </div>
        <CheckboxGroup
          id="referral-subjects"
          legend="Voor wie"
          options={persons.map((p) => ({ value: p.id, label: p.fullName }))}
          selected={subjects}
          onChange={setSubjects}
          errors={messagesFor(fieldErrors, "subjectPersonIds")}
        />
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Verwijzing vastleggen
        </Button>
      </form>
    </div>
  );
}
