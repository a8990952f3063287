import { useMutation } from "@apollo/client/react";
import { EnumSelectField } from "../../components/EnumSelectField";
import { PersonCheckboxes } from "../../components/PersonCheckboxes";
import { RadioGroup } from "../../components/RadioGroup";
import { DateField, MutationFormView, TextareaField } from "../../components/forms";
import { fieldBinder } from "../../components/forms/bindField";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import type { DataClass, Domain, GoalPriority } from "../../generated/graphql";
import { DATA_CLASS_LABELS, DOMAIN_LABELS, todayInput } from "../../labels";
import { usePlanChangeForm } from "./formParts";
import { GOAL_PRIORITY_LABELS, keysOf } from "./labels";
import { ADD_PLAN_GOAL_MUTATION } from "./operations";
import type { PlanPersonsFormProps } from "./PlanForms";

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
    idSuffix: "family-wording",
    label: "Doel in de woorden van het gezin",
    description:
      "Zoals het gezin het zegt, bijvoorbeeld ‘We willen geen post meer die we niet durven open te maken.’",
  },
  {
    name: "professionalWording",
    idSuffix: "professional-wording",
    label: "Doel in professionele woorden",
    description:
      "Concreet en toetsbaar, bijvoorbeeld ‘Schulden zijn in beeld en er is een betalingsregeling.’",
  },
] as const;

const PRIORITY_OPTIONS = keysOf(GOAL_PRIORITY_LABELS).map((p) => ({
  value: p,
  label: GOAL_PRIORITY_LABELS[p],
}));

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
  const { values, set } = useFormValues<GoalValues>(() => {
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
  });
  const [addGoal] = useMutation(ADD_PLAN_GOAL_MUTATION);
  const bind = fieldBinder(form, values, set);
  const prefix = `plan-${plan.id}-goal`;

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
          id={`${prefix}-domain`}
          name="domain"
          label="Leefgebied"
          labels={DOMAIN_LABELS}
          placeholder="Kies een leefgebied"
          required
          value={values.domain}
          onChange={set("domain")}
          errors={form.errorsFor("domain")}
        />
        <EnumSelectField
          id={`${prefix}-data-class`}
          name="dataClass"
          label="Gegevenscategorie"
          description="Gezondheid en jeugdhulp: kies Bijzonder."
          labels={DATA_CLASS_LABELS}
          required
          value={values.dataClass}
          onChange={set("dataClass")}
          errors={form.errorsFor("dataClass")}
        />
      </div>
      <PersonCheckboxes
        id={`${prefix}-subjects`}
        legend="Over wie"
        persons={persons}
        form={form}
        name="subjectPersonIds"
        value={values.subjectPersonIds}
        onChange={set("subjectPersonIds")}
      />
      {WORDING_FIELDS.map(({ name, idSuffix, label, description }) => (
        <TextareaField
          key={name}
          {...bind(name)}
          id={`${prefix}-${idSuffix}`}
          label={label}
          description={description}
          required
          rows={2}
        />
      ))}
      <RadioGroup
        id={`${prefix}-priority`}
        legend="Prioriteit"
        className="rh-choices--row"
        options={PRIORITY_OPTIONS}
        value={values.priority}
        onChange={set("priority")}
        errors={form.errorsFor("priority")}
      />
      <DateField
        {...bind("targetDate")}
        id={`${prefix}-target-date`}
        label="Streefdatum (niet verplicht)"
        min={todayInput()}
      />
    </MutationFormView>
  );
}
