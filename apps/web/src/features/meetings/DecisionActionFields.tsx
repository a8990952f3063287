import { Button, Fieldset, FieldsetLegend, FormFieldErrorMessage } from "@utrecht/component-library-react";
import { SelectField, type SelectFieldOption } from "../../components/SelectField";
import { TeamOrganisationField } from "../../components/TeamOrganisationField";
import { DateField, TextField, type MutationForm } from "../../components/forms";
import type { TeamOrganisationOption } from "./team";

/** One action a decision puts in the plan, as the form holds it. */
export interface DecisionActionValues {
  /** Stable key of the row (ids and React keys). */
  key: number;
  title: string;
  goalId: string;
  ownerOrganisationId: string;
  dueOn: string;
}

/** The fields of an action that show their own messages; any other message of the action shows at its legend. */
const OWN_FIELDS = ["title", "goalId", "ownerOrganisationId", "ownerProfessionalId", "dueOn"];

/**
 * "Actie n": what is to be done, towards which goal of the plan, by which organisation of the team and by
 * when; with "Actie verwijderen". The server's messages for `input.actions.<n>.<field>` appear at the field.
 */
export function DecisionActionFields({
  index,
  action,
  goals,
  organisations,
  form,
  onChange,
  onRemove,
}: {
  index: number;
  action: DecisionActionValues;
  goals: readonly SelectFieldOption[];
  organisations: readonly TeamOrganisationOption[];
  form: Pick<MutationForm, "errorsFor">;
  onChange: (patch: Partial<DecisionActionValues>) => void;
  onRemove: () => void;
}) {
  const id = `decision-action-${action.key}`;
  const name = (field: string) => `actions.${index}.${field}`;
  /** Id, input field (for its errors), value and setter of one text field of the action. */
  const bind = (field: "title" | "goalId" | "dueOn") => ({
    id: `${id}-${field}`,
    form,
    name: name(field),
    value: action[field],
    onChange: (value: string) => onChange({ [field]: value }),
  });
  const own = new Set(OWN_FIELDS.flatMap((field) => form.errorsFor(name(field))));
  const other = form.errorsFor(`actions.${index}`).filter((message) => !own.has(message));
  return (
    <Fieldset className="rh-meeting-action" aria-labelledby={`${id}-legend`}>
      <FieldsetLegend id={`${id}-legend`}>Actie {index + 1}</FieldsetLegend>
      {other.length > 0 ? <FormFieldErrorMessage>{other.join(" ")}</FormFieldErrorMessage> : null}
      <TextField {...bind("title")} label="Wat wordt er gedaan" required />
      <SelectField
        {...bind("goalId")}
        label="Doel"
        placeholder="Kies een doel uit het plan"
        options={goals}
        required
      />
      <div className="rh-form__row">
        <TeamOrganisationField
          id={`${id}-owner`}
          name={name("ownerOrganisationId")}
          label="Uitvoerende organisatie"
          organisations={organisations}
          errors={[
            ...form.errorsFor(name("ownerOrganisationId")),
            ...form.errorsFor(name("ownerProfessionalId")),
          ]}
          value={action.ownerOrganisationId}
          onChange={(ownerOrganisationId) => onChange({ ownerOrganisationId })}
        />
        <DateField {...bind("dueOn")} label="Uiterlijk klaar op (niet verplicht)" />
      </div>
      <div>
        <Button appearance="subtle-button" aria-describedby={`${id}-legend`} onClick={onRemove}>
          Actie verwijderen
        </Button>
      </div>
    </Fieldset>
  );
}
