import { Select, SelectOption } from "@utrecht/component-library-react";
import type { OrganisationKind } from "../generated/graphql";
import { ORGANISATION_KIND_LABELS, label } from "../labels";
import { Field } from "./Field";

/** A choice of one organisation from a case team (who carries an action, who gets access). */
export function TeamOrganisationField({
  id,
  name,
  label: fieldLabel,
  description,
  organisations,
  errors,
  value,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  description?: string;
  organisations: readonly { id: string; name: string; kind: OrganisationKind }[];
  errors: string[];
  value: string;
  onChange: (organisationId: string) => void;
}) {
  return (
    <Field id={id} label={fieldLabel} {...(description ? { description } : {})} errors={errors}>
      {(control) => (
        <Select {...control} name={name} required value={value} onChange={(e) => onChange(e.target.value)}>
          <SelectOption value="">Kies een organisatie uit het team</SelectOption>
          {organisations.map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.name} ({label(ORGANISATION_KIND_LABELS, o.kind)})
            </SelectOption>
          ))}
        </Select>
      )}
    </Field>
  );
}
