import { Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { MutationFormView, useMutationForm } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { useFormValues } from "../../components/useFormValues";
import type { CaseDetail } from "../cases/types";
import { evictTimeline } from "../dossier/navigation";
import { GrantBasisFields, GrantScopeFields } from "./GrantFields";
import { EMPTY_GRANT, GRANT_FIELDS, checkGrant, grantInput, grantableOrganisations } from "./grantInput";
import { GrantAccessDocument } from "../../generated/graphql";
import { IntroSection } from "../../components/IntroSection";

export interface GrantFormProps {
  caseData: CaseDetail;
  onGranted: (organisationName: string) => Promise<void>;
}

/** "Toegang verlenen" (MANAGE_CONSENT): a grant for one team partner. */
export function GrantForm({ caseData, onGranted }: GrantFormProps) {
  const organisations = grantableOrganisations(caseData);
  return (
    <IntroSection
      headingId="grant-heading"
      title="Toegang verlenen"
      level={3}
      frame="rh-subsection"
      intro="Een partner ziet een item alleen als één toestemming het leefgebied, de gegevenscategorie én alle personen over wie het gaat dekt. Kies zo weinig als nodig is voor het doel."
    >
      {organisations.length === 0 ? (
        <Paragraph>
          Er staan nog geen andere organisaties in het team. Voeg eerst een organisatie toe aan het team.
        </Paragraph>
      ) : (
        <GrantAccessForm caseData={caseData} organisations={organisations} onGranted={onGranted} />
      )}
    </IntroSection>
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
  const [grantAccess] = useMutation(GrantAccessDocument, {
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
      <GrantScopeFields fields={fields} organisations={organisations} persons={caseData.persons} />
      <GrantBasisFields fields={fields} />
    </MutationFormView>
  );
}
