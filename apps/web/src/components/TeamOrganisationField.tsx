import type { ReactNode } from "react";
import type { OrganisationKind } from "../generated/graphql";
import { ORGANISATION_KIND_LABELS, label } from "../labels";
import { SelectField } from "./SelectField";

/** A choice of one organisation from a case team (who carries an action, who gets access). */
export function TeamOrganisationField({
  organisations,
  ...field
}: {
  id: string;
  name: string;
  label: string;
  /** The field's description (help text), under its label. */
  children?: ReactNode;
  organisations: readonly { id: string; name: string; kind: OrganisationKind }[];
  errors: string[];
  value: string;
  onChange: (organisationId: string) => void;
}) {
  const options = organisations.map((o) => ({
    value: o.id,
    label: `${o.name} (${label(ORGANISATION_KIND_LABELS, o.kind)})`,
  }));
  return (
    <SelectField {...field} options={options} placeholder="Kies een organisatie uit het team" required />
  );
}
