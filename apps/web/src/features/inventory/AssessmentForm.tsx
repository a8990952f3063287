import {
  Button,
  ButtonGroup,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { EnumSelectField } from "../../components/EnumSelectField";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { RadioGroup } from "../../components/RadioGroup";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import { DATA_CLASS_LABELS, DOMAIN_LABELS, todayInput } from "../../labels";
import type { DataClass, Domain } from "../../generated/graphql";
import { focusFirstInvalid } from "../../components/forms/focus";
import type { PersonOption } from "../dossier/ItemFields";
import { ZRM_DOMAINS, ZRM_LABELS, ZRM_SCORES, suggestedDataClass } from "./labels";
import { BEELD_REFETCH, RECORD_ASSESSMENT_MUTATION } from "./operations";

const FIELDS = [
  "personId",
  "domain",
  "score",
  "assessedOn",
  "explanation",
  "dataClass",
  "legalBasis",
] as const;

const ZRM_DOMAIN_LABELS = Object.fromEntries(ZRM_DOMAINS.map((d) => [d, DOMAIN_LABELS[d]])) as Record<
  Domain,
  string
>;

const ZRM_HINTS: Record<string, string> = {
  "1": "Direct ingrijpen nodig.",
  "2": "Redt het niet zonder hulp.",
  "3": "Redt het deels, met hulp.",
  "4": "Redt het zonder hulp.",
  "5": "Redt het goed en kan anderen helpen.",
};

export interface AssessmentFormProps {
  caseId: string;
  persons: readonly PersonOption[];
  onDone: (notice: string) => void;
  onCancel: () => void;
}

/** "Zelfredzaamheid scoren" (RECORD_ITEM): one person on one domain on the ZRM scale 1–5. */
export function AssessmentForm({ caseId, persons, onDone, onCancel }: AssessmentFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [personId, setPersonId] = useState(persons.length === 1 ? (persons[0]?.id ?? "") : "");
  const [domain, setDomain] = useState<Domain | "">("");
  const [dataClass, setDataClass] = useState<DataClass>("GENERAL");
  const [score, setScore] = useState("");
  const [assessedOn, setAssessedOn] = useState(todayInput());
  const [explanation, setExplanation] = useState("");
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [record, { loading }] = useMutation(RECORD_ASSESSMENT_MUTATION, {
    refetchQueries: [...BEELD_REFETCH],
    awaitRefetchQueries: true,
  });

  const fieldErrors = { ...extractFieldErrors(error), ...missing };
  const general = generalErrorMessages(error, FIELDS);

  const validate = (): FieldErrors => {
    const problems: FieldErrors = {};
    if (!personId) problems["personId"] = ["Kies wie u scoort."];
    if (!domain) problems["domain"] = ["Kies een leefgebied."];
    if (!score) problems["score"] = ["Kies een score van 1 tot en met 5."];
    if (!assessedOn) problems["assessedOn"] = ["Vul de datum van de inschatting in."];
    else if (assessedOn > todayInput()) problems["assessedOn"] = ["De datum ligt in de toekomst."];
    return problems;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems = validate();
    setMissing(problems);
    if (Object.keys(problems).length > 0 || !domain) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await record({
        variables: {
          input: {
            caseId,
            personId,
            domain,
            dataClass,
            score: Number(score),
            assessedOn,
            explanation: explanation.trim() || null,
          },
        },
      });
      const person = persons.find((p) => p.id === personId)?.fullName ?? "";
      onDone(`De score van ${person} op ${DOMAIN_LABELS[domain]} is vastgelegd.`);
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label="Zelfredzaamheid scoren"
      className="rh-form rh-inventory-form"
    >
      <ErrorAlert messages={general} heading="De score is niet vastgelegd." />
      <div className="rh-form__row">
        <Field id="assessment-person" label="Persoon" errors={messagesFor(fieldErrors, "personId")}>
          {(control) => (
            <Select
              {...control}
              name="personId"
              required
              value={personId}
              onChange={(e) => setPersonId(e.target.value)}
            >
              <SelectOption value="">Kies een gezinslid</SelectOption>
              {persons.map((p) => (
                <SelectOption key={p.id} value={p.id}>
                  {p.fullName}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <EnumSelectField
          id="assessment-domain"
          name="domain"
          label="Leefgebied"
          description="Veiligheid scoort u apart, met een veiligheidsinschatting."
          labels={ZRM_DOMAIN_LABELS}
          placeholder="Kies een leefgebied"
          required
          value={domain}
          onChange={(value) => {
            setDomain(value);
            setDataClass(suggestedDataClass(value));
          }}
          errors={messagesFor(fieldErrors, "domain")}
        />
      </div>
      <RadioGroup
        id="assessment-score"
        legend="Score (ZRM)"
        description="De score beschrijft ongeveer de afgelopen 30 dagen."
        required
        options={ZRM_SCORES.map((s) => ({
          value: String(s),
          label: `${s} – ${ZRM_LABELS[s]}`,
          hint: ZRM_HINTS[String(s)],
        }))}
        value={score}
        onChange={setScore}
        errors={messagesFor(fieldErrors, "score")}
      />
      <div className="rh-form__row">
        <Field
          id="assessment-date"
          label="Datum van de inschatting"
          errors={messagesFor(fieldErrors, "assessedOn")}
        >
          {(control) => (
            <Textbox
              {...control}
              type="date"
              name="assessedOn"
              required
              max={todayInput()}
              value={assessedOn}
              onChange={(e) => setAssessedOn(e.target.value)}
            />
          )}
        </Field>
        <EnumSelectField
          id="assessment-data-class"
          name="dataClass"
          label="Gegevenscategorie"
          description="Bij gezondheid en middelengebruik: bijzonder."
          labels={DATA_CLASS_LABELS}
          required
          value={dataClass}
          onChange={(value) => {
            if (value) setDataClass(value);
          }}
          errors={messagesFor(fieldErrors, "dataClass")}
        />
      </div>
      <Field
        id="assessment-explanation"
        label="Toelichting (niet verplicht)"
        description="Waarom deze score: wat ziet u, wat zegt het gezin?"
        errors={messagesFor(fieldErrors, "explanation")}
      >
        {(control) => (
          <Textarea
            {...control}
            name="explanation"
            rows={3}
            value={explanation}
            onChange={(e) => setExplanation(e.target.value)}
          />
        )}
      </Field>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Score vastleggen
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
