import { useMutation, useQuery } from "@apollo/client/react";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { ErrorAlert } from "../../components/ErrorAlert";
import { TextField, useMutationForm } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { SelectField } from "../../components/SelectField";
import { useFormValues } from "../../components/useFormValues";
import { generalErrorMessages } from "../../errors";
import { DOMAIN_OPTIONS } from "../../labels";
import type { Domain } from "../../generated/graphql";
import { TEAM_MEMBER_ROLES, organisationOptions } from "./team";
import { AddTeamMemberDocument, OrganisationsDocument, ProfessionalsDocument } from "../../generated/graphql";

const EMPTY = { organisationId: "", professionalId: "", responsibility: "", domains: [] as Domain[] };

/** "Teamlid toevoegen" (MANAGE_TEAM): an organisation, optionally one of its professionals, a role and domains. */
export function AddTeamMemberForm({ caseId, onAdded }: { caseId: string; onAdded: () => Promise<void> }) {
  const form = useMutationForm({
    fields: ["organisationId", "professionalId", "responsibility", "domains"],
    failure: "Het teamlid is niet toegevoegd.",
  });
  const { values, bind, group, patch } = useFormValues(EMPTY, form);
  const { organisationId, professionalId, responsibility, domains } = values;
  const organisations = useQuery(OrganisationsDocument);
  const professionals = useQuery(ProfessionalsDocument, {
    variables: { organisationId },
    skip: !organisationId,
  });
  const [addTeamMember] = useMutation(AddTeamMemberDocument);
  const organisationChoices = organisationOptions(organisations.data?.organisations ?? []);
  const professionalChoices = organisationId
    ? (professionals.data?.professionals ?? [])
        .filter((p) => TEAM_MEMBER_ROLES.includes(p.role))
        .map((p) => ({ value: p.id, label: p.name }))
    : [];

  const add = async () => {
    if (checkFields(form, { organisationId: !organisationId && "Kies een organisatie." })) return false;
    await addTeamMember({
      variables: {
        input: {
          caseId,
          organisationId,
          professionalId: professionalId || null,
          responsibility: responsibility.trim() || null,
          domains,
        },
      },
    });
    const organisation = organisationChoices.find((o) => o.value === organisationId);
    patch(EMPTY);
    await onAdded();
    return `${organisation?.name ?? "Het teamlid"} is aan het team toegevoegd.`;
  };

  return (
    <HeadedMutationForm
      form={form}
      onSubmit={add}
      headingId="add-team-member-heading"
      title="Teamlid toevoegen"
      blockClassName="rh-subsection"
      submitLabel="Teamlid toevoegen"
    >
      <ErrorAlert
        messages={generalErrorMessages(organisations.error)}
        heading="De organisaties konden niet worden geladen."
      />
      <div className="rh-form__row">
        <SelectField
          {...bind("organisationId")}
          label="Organisatie"
          placeholder="Kies een organisatie"
          required
          busy={organisations.loading}
          options={organisationChoices}
          onChange={(value) => patch({ organisationId: value, professionalId: "" })}
        />
        <SelectField
          {...bind("professionalId")}
          label="Professional (niet verplicht)"
          placeholder="Geen specifieke professional"
          busy={professionals.loading}
          disabled={!organisationId}
          options={professionalChoices}
        >
          {organisationId ? undefined : "Kies eerst een organisatie."}
        </SelectField>
      </div>
      <TextField {...bind("responsibility")} label="Taak (niet verplicht)" autoComplete="off">
        Wat dit teamlid doet in de casus, bijvoorbeeld ‘Intern begeleider’ of ‘Schuldhulpverlener’. Alleen de
        eigen organisatie van het teamlid, de regievoerende organisatie en de procesregisseur zien de taak;
        andere partners zien wie er betrokken is, niet waarom.
      </TextField>
      <CheckboxGroup {...group("domains")} legend="Leefgebieden" options={DOMAIN_OPTIONS} grid />
    </HeadedMutationForm>
  );
}
