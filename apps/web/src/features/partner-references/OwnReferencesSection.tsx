import { Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { NoticeAlert } from "../../components/NoticeAlert";
import { generalErrorMessages } from "../../errors";
import { AddOwnReferenceForm } from "./AddOwnReferenceForm";
import type { OwnReference, PersonWithReferences } from "./types";
import { OwnReferencesTable } from "./OwnReferencesTable";
import { referenceText } from "./referenceText";
import { CasePartnerReferencesDocument, DetachPartnerReferenceDocument } from "../../generated/graphql";
import { reloadWith } from "../../reload";

export { referenceText };

export interface OwnReferencesSectionProps {
  caseId: string;
  /** The viewer's organisation (whose references these are). */
  organisationName: string;
}

/**
 * "Eigen kenmerken": the viewer's organisation's own identifiers for the family members (a student number, a
 * client number) — seen by that organisation only — with adding and removing (needs MANAGE_REFERENCES).
 */
export function OwnReferencesSection({ caseId, organisationName }: OwnReferencesSectionProps) {
  const { data, error, refetch } = useQuery(CasePartnerReferencesDocument, {
    variables: { id: caseId },
    fetchPolicy: "cache-and-network",
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const persons = data?.case?.persons ?? [];
  const reload = reloadWith(refetch);
  // The button is gone with its reference: focus goes back to the start of the section.
  const removal = useRemoveReference(reload, () => headingRef.current?.focus());

  return (
    <section aria-labelledby="own-references-heading" className="rh-section">
      <Heading level={2} id="own-references-heading" ref={headingRef} tabIndex={-1}>
        Eigen kenmerken
      </Heading>
      <Paragraph>
        De eigen kenmerken van {organisationName} bij de gezinsleden, zoals een leerlingnummer of een
        cliëntnummer. Alleen uw organisatie ziet ze en kan de casus erop terugvinden; in een inzage-export van
        het gezinslid staan ze wel, met de naam van uw organisatie.
      </Paragraph>
      <NoticeAlert message={removal.removed} />
      <ErrorAlert messages={generalErrorMessages(removal.error)} heading="Het kenmerk is niet verwijderd." />
      <ErrorAlert
        messages={generalErrorMessages(error)}
        heading="De eigen kenmerken konden niet worden geladen."
      >
        <Button appearance="secondary-action-button" onClick={() => void reload()}>
          Opnieuw proberen
        </Button>
      </ErrorAlert>
      {data && persons.length === 0 ? <Paragraph>Er zijn nog geen gezinsleden vastgelegd.</Paragraph> : null}
      {persons.length > 0 ? (
        <OwnReferencesTable
          persons={persons}
          removingId={removal.removingId}
          onRemove={(person, reference) => void removal.remove(person, reference)}
        />
      ) : null}
      {persons.length > 0 ? <AddOwnReferenceForm persons={persons} onAdded={reload} /> : null}
    </section>
  );
}

/** Removing a reference (one at a time): which one is under way, the confirmation and the error. */
function useRemoveReference(reload: () => Promise<void>, afterRemoved: () => void) {
  const [detach] = useMutation(DetachPartnerReferenceDocument);
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [removed, setRemoved] = useState<string | null>(null);

  const remove = async (person: PersonWithReferences, reference: OwnReference) => {
    if (removingId) return;
    setError(null);
    setRemoved(null);
    setRemovingId(reference.id);
    try {
      await detach({ variables: { id: reference.id } });
      await reload();
      setRemoved(`Kenmerk ${referenceText(reference)} is verwijderd bij ${person.fullName}.`);
      afterRemoved();
    } catch (err) {
      setError(err);
    } finally {
      setRemovingId(null);
    }
  };

  return { remove, removingId, removed, error };
}
