import { useMutation } from "@apollo/client/react";
import { EnumSelectField } from "../../components/EnumSelectField";
import { RadioGroup } from "../../components/RadioGroup";
import { SelectField } from "../../components/SelectField";
import { TextareaField, useMutationForm } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import { DATA_CLASS_LABELS, DOMAIN_LABELS, todayInput } from "../../labels";
import type { Domain } from "../../generated/graphql";
import { AssessedOnField, InventoryFormView } from "./formParts";
import type { InventoryFormProps } from "./formParts";
import { assessmentInput, assessmentProblems } from "./inputs";
import type { AssessmentValues } from "./inputs";
import { ZRM_DOMAINS, ZRM_LABELS, ZRM_SCORES, suggestedDataClass } from "./labels";
import { BEELD_MUTATION_OPTIONS } from "./types";
import { RecordAssessmentDocument } from "../../generated/graphql";

const FIELDS = ["personId", "domain", "score", "assessedOn", "explanation", "dataClass", "legalBasis"];

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

const SCORE_OPTIONS = ZRM_SCORES.map((s) => ({
  value: String(s),
  label: `${s} – ${ZRM_LABELS[s]}`,
  hint: ZRM_HINTS[String(s)],
}));

/** "Zelfredzaamheid scoren" (RECORD_ITEM): one person on one domain on the ZRM scale 1–5. */
export function AssessmentForm({ caseId, persons, onDone, ...view }: InventoryFormProps) {
  const form = useMutationForm({ fields: FIELDS, failure: "De score is niet vastgelegd." });
  const { values, set, patch, bind, choice } = useFormValues<AssessmentValues>(
    () => ({
      personId: persons.length === 1 ? (persons[0]?.id ?? "") : "",
      domain: "",
      dataClass: "GENERAL",
      score: "",
      assessedOn: todayInput(),
      explanation: "",
    }),
    form,
  );
  const [record] = useMutation(RecordAssessmentDocument, BEELD_MUTATION_OPTIONS);

  const run = async () => {
    const { domain } = values;
    if (checkFields(form, assessmentProblems(values, todayInput())) || !domain) return false;
    await record({ variables: { input: assessmentInput(caseId, { ...values, domain }) } });
    const person = persons.find((p) => p.id === values.personId)?.fullName ?? "";
    onDone(`De score van ${person} op ${DOMAIN_LABELS[domain]} is vastgelegd.`);
  };

  return (
    <InventoryFormView {...view} form={form} onSubmit={run} submitLabel="Score vastleggen">
      <div className="rh-form__row">
        <SelectField
          {...bind("personId")}
          label="Persoon"
          placeholder="Kies een gezinslid"
          options={persons.map((p) => ({ value: p.id, label: p.fullName }))}
          required
        />
        <EnumSelectField
          {...choice("domain")}
          label="Leefgebied"
          labels={ZRM_DOMAIN_LABELS}
          placeholder="Kies een leefgebied"
          required
          onChange={(domain) => patch({ domain, dataClass: suggestedDataClass(domain) })}
        >
          Veiligheid scoort u apart, met een veiligheidsinschatting.
        </EnumSelectField>
      </div>
      <RadioGroup {...choice("score")} legend="Score (ZRM)" required options={SCORE_OPTIONS}>
        De score beschrijft ongeveer de afgelopen 30 dagen.
      </RadioGroup>
      <div className="rh-form__row">
        <AssessedOnField {...bind("assessedOn")} />
        <EnumSelectField
          {...choice("dataClass")}
          label="Gegevenscategorie"
          labels={DATA_CLASS_LABELS}
          required
          onChange={(dataClass) => {
            if (dataClass) set("dataClass")(dataClass);
          }}
        >
          Bij gezondheid en middelengebruik: bijzonder.
        </EnumSelectField>
      </div>
      <TextareaField {...bind("explanation")} label="Toelichting (niet verplicht)">
        Waarom deze score: wat ziet u, wat zegt het gezin?
      </TextareaField>
    </InventoryFormView>
  );
}
