import { useMutation } from "@apollo/client/react";
import { EnumSelectField } from "../../components/EnumSelectField";
import { PersonCheckboxes } from "../../components/PersonCheckboxes";
import { RadioGroup } from "../../components/RadioGroup";
import { DateField, MutationFormView, TextareaField } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import type { DataClass, Domain, GoalPriority } from "../../generated/graphql";
import { DATA_CLASS_LABELS, DOMAIN_LABELS, optionsOf, todayInput } from "../../labels";
import { usePlanChangeForm } from "./formParts";
import { GOAL_PRIORITY_LABELS } from "./labels";
import type { PlanPersonsFormProps } from "./PlanForms";
import { AddPlanGoalDocument } from "../../generated/graphql";

const GOAL_FIELDS = [
  "domain",
  "dataClass",
  "subjectPersonIds",
  "familyWording",
  "professionalWording",
  "priority",
  "targetDate",
] as const;

/** The goal in two wordings: the family's own and the professionals'. */
const WORDING_FIELDS = [
  {
    name: "familyWording",
    label: "Doel in de woorden van het gezin",
    description:
      "Zoals het gezin het zegt, bijvoorbeeld ‘We willen geen post meer die we niet durven open te maken.’",
  },
  {
    name: "professionalWording",
    label: "Doel in professionele woorden",
    description:
      "Concreet en toetsbaar, bijvoorbeeld ‘Schulden zijn in beeld en er is een betalingsregeling.’",
  },
] as const;

const PRIORITY_OPTIONS = optionsOf(GOAL_PRIORITY_LABELS);

type GoalValues = {
  domain: Domain | "";
  dataClass: DataClass | "";
  subjectPersonIds: string[];
  familyWording: string;
  professionalWording: string;
  priority: GoalPriority | "";
  targetDate: string;
};

/** "Doel toevoegen" (MANAGE_PLAN, draft only). */
export function AddGoalForm({ plan, persons, onDone, onCancel, onChanged }: PlanPersonsFormProps) {
  const form = usePlanChangeForm(GOAL_FIELDS, "Het doel is niet toegevoegd.", onChanged);
  const { values, bind, choice } = useFormValues<GoalValues>(() => {
    const subjects = (plan.subjects ?? []).map((s) => s.id);
    return {
      domain: "",
      dataClass: "GENERAL",
      subjectPersonIds: subjects.length > 0 ? subjects : persons.map((p) => p.id),
      familyWording: "",
      professionalWording: "",
      priority: "MEDIUM",
      targetDate: "",
    };
  }, form);
  const [addGoal] = useMutation(AddPlanGoalDocument);

  const save = async () => {
    const { domain, dataClass, familyWording, professionalWording } = values;
    const failed = checkFields(form, {
      domain: !domain && "Kies het leefgebied van het doel.",
      dataClass: !dataClass && "Kies een gegevenscategorie.",
      subjectPersonIds: values.subjectPersonIds.length === 0 && "Kies minstens één gezinslid.",
      familyWording: !familyWording.trim() && "Schrijf het doel op in de woorden van het gezin.",
      professionalWording:
        !professionalWording.trim() && "Schrijf het doel op zoals de professionals het formuleren.",
    });
    if (failed || !domain || !dataClass) return false;
    const input = {
      planId: plan.id,
      domain,
      dataClass,
      subjectPersonIds: values.subjectPersonIds,
      familyWording: familyWording.trim(),
      professionalWording: professionalWording.trim(),
      priority: values.priority || null,
      targetDate: values.targetDate || null,
    };
    await addGoal({ variables: { input } });
    await onChanged();
    onDone("Het doel is toegevoegd.");
  };

  return (
    <MutationFormView
      form={form}
      onSubmit={save}
      label="Nieuw doel"
      submitLabel="Doel toevoegen"
      onCancel={onCancel}
    >
      <div className="rh-form__row">
        <EnumSelectField
          {...choice("domain")}
          label="Leefgebied"
          labels={DOMAIN_LABELS}
          placeholder="Kies een leefgebied"
          required
        />
        <EnumSelectField
          {...choice("dataClass")}
          label="Gegevenscategorie"
          labels={DATA_CLASS_LABELS}
          required
        >
          Gezondheid en jeugdhulp: kies Bijzonder.
        </EnumSelectField>
      </div>
      <PersonCheckboxes {...bind("subjectPersonIds")} legend="Over wie" persons={persons} />
      {WORDING_FIELDS.map(({ name, label, description }) => (
        <TextareaField key={name} {...bind(name)} label={label} required rows={2}>
          {description}
        </TextareaField>
      ))}
      <RadioGroup {...choice("priority")} legend="Prioriteit" row options={PRIORITY_OPTIONS} />
      <DateField {...bind("targetDate")} label="Streefdatum (niet verplicht)" min={todayInput()} />
    </MutationFormView>
  );
}
