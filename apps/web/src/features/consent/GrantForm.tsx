import { Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { MutationFormView, useMutationForm } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import type { CaseDetail } from "../cases/operations";
import { evictTimeline } from "../dossier/navigation";
import { GrantBasisFields, GrantScopeFields } from "./GrantFields";
import { EMPTY_GRANT, GRANT_FIELDS, checkGrant, grantInput, grantableOrganisations } from "./grantInput";
import { GRANT_ACCESS_MUTATION } from "./operations";

export interface GrantFormProps {
  caseData: CaseDetail;
  onGranted: (organisationName: string) => Promise<void>;
}

/** "Toegang verlenen" (MANAGE_CONSENT): a grant for one team partner. */
export function GrantForm({ caseData, onGranted }: GrantFormProps) {
  const organisations = grantableOrganisations(caseData);
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
        <GrantAccessForm caseData={caseData} organisations={organisations} onGranted={onGranted} />
      )}
    </section>
  );
}

function GrantAccessForm({
  caseData,
  organisations,
  onGranted,
}: GrantFormProps & { organisations: ReturnType<typeof grantableOrganisations> }) {
  const form = useMutationForm({ fields: GRANT_FIELDS, failure: "De toegang is niet verleend." });
  const fields = useFormValues(EMPTY_GRANT, form);
  const { values, patch } = fields;
  const [grantAccess] = useMutation(GRANT_ACCESS_MUTATION, {
    update: (cache) => evictTimeline(cache, caseData.id),
    refetchQueries: ["OrganisationAccess"],
  });

  const grant = async () => {
    const input = grantInput(caseData.id, values);
    if (checkFields(form, Object.fromEntries(checkGrant(values))) || !input) return false;
    await grantAccess({ variables: { input } });
    const name = organisations.find((o) => o.id === values.granteeOrganisationId)?.name ?? "de organisatie";
    patch(EMPTY_GRANT);
    await onGranted(name);
    return `${name} heeft toegang gekregen.`;
  };

  return (
    <MutationFormView form={form} onSubmit={grant} labelledBy="grant-heading" submitLabel="Toegang verlenen">
      <GrantScopeFields
        form={form}
        fields={fields}
        organisations={organisations}
        persons={caseData.persons}
      />
      <GrantBasisFields fields={fields} />
    </MutationFormView>
  );
}
