import { Alert, Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { MutationFormView, useMutationForm } from "../../components/forms";
import { RouterButtonLink, RouterLink } from "../../components/RouterLink";
import { usePageTitle } from "../../components/usePageTitle";
import { casePath, useCaseContext } from "../cases/caseContext";
import { LegalBasisField, invalidateAll, requireChoice, useItemFieldBinder } from "./ItemFields";
import type { ItemClassValues } from "./ItemFields";
import { noteInput, observationInput } from "./itemInputs";
import { NOTE_KIND, OBSERVATION_KIND } from "./itemKinds";
import type { ItemKind } from "./itemKinds";
import { evictTimeline, useBackToDossier } from "./navigation";
import { RecordNoteDocument, RecordObservationDocument } from "../../generated/graphql";

/** "Observatie vastleggen" (RECORD_ITEM), at /casussen/:id/dossier/observatie-vastleggen. */
export function RecordObservationPage() {
  const [record] = useMutation(RecordObservationDocument);
  return (
    <RecordItemPage
      kind={OBSERVATION_KIND}
      slug="observation"
      heading="Observatie vastleggen"
      failure="De observatie is niet vastgelegd."
      notice="De observatie is vastgelegd."
      send={async (caseId, values) => {
        const input = observationInput(caseId, values);
        if (!input) return null;
        const result = await record({
          variables: { input },
          update: (cache) => evictTimeline(cache, caseId),
        });
        return result.data?.recordObservation.id;
      }}
    />
  );
}

/** "Gespreksverslag vastleggen" (RECORD_ITEM), at /casussen/:id/dossier/gespreksverslag-vastleggen. */
export function RecordNotePage() {
  const [record] = useMutation(RecordNoteDocument);
  return (
    <RecordItemPage
      kind={NOTE_KIND}
      slug="note"
      heading="Gespreksverslag vastleggen"
      failure="Het gespreksverslag is niet vastgelegd."
      notice="Het gespreksverslag is vastgelegd."
      send={async (caseId, values) => {
        const input = noteInput(caseId, values);
        if (!input) return null;
        const result = await record({
          variables: { input },
          update: (cache) => evictTimeline(cache, caseId),
        });
        return result.data?.recordNote.id;
      }}
    />
  );
}

interface RecordItemPageProps<V extends ItemClassValues> {
  kind: ItemKind<V, never>;
  /** Ids: `record-<slug>-…`. */
  slug: string;
  /** The page's heading and the submit button. */
  heading: string;
  failure: string;
  /** Shown on the dossier after recording. */
  notice: string;
  /** Record the item; its id (to put focus on), or null when the values were incomplete. */
  send: (caseId: string, values: V) => Promise<string | null | undefined>;
}

/** A page with the form that records a new item, back to the dossier (focus on the new item) once saved. */
function RecordItemPage<V extends ItemClassValues>(props: RecordItemPageProps<V>) {
  const { kind, slug, heading, failure, notice, send } = props;
  const { caseData } = useCaseContext();
  usePageTitle(`${heading} – ${caseData.title}`);
  const back = useBackToDossier(caseData.id);
  const form = useMutationForm({ fields: kind.fields, failure });
  const [values, setValues] = useState<V>(kind.empty);
  const onChange = (patch: Partial<V>) => setValues((v) => ({ ...v, ...patch }));
  const { bind } = useItemFieldBinder({ values, onChange, form });
  const { Fields } = kind;
  const headingId = `record-${slug}-heading`;

  if (!caseData.viewerCan.includes("RECORD_ITEM")) return <CannotRecord caseId={caseData.id} />;

  const run = async () => {
    const problems = kind.missing(values);
    requireChoice(problems, "legalBasis", values.legalBasis, "Kies een rechtsgrond.");
    if (invalidateAll(form, problems)) return false;
    const id = await send(caseData.id, values);
    if (id === null) return false;
    back({ notice, focusItemId: id });
  };

  return (
    <section aria-labelledby={headingId} className="rh-section rh-record">
      <Paragraph className="rh-back">
        <RouterLink to={casePath(caseData.id, "dossier")}>Terug naar het dossier</RouterLink>
      </Paragraph>
      <Heading level={2} id={headingId}>
        {heading}
      </Heading>
      <Paragraph>
        Leg alleen vast wat nodig is voor de hulp aan het gezin. Wie dit item mag zien, hangt af van het
        leefgebied, de gegevenscategorie en de personen over wie het gaat.
      </Paragraph>
      <MutationFormView
        form={form}
        onSubmit={run}
        labelledBy={headingId}
        submitLabel={heading}
        actions={
          <RouterButtonLink to={casePath(caseData.id, "dossier")} appearance="secondary-action-button">
            Annuleren
          </RouterButtonLink>
        }
      >
        <Fields values={values} onChange={onChange} form={form} persons={caseData.persons} />
        <LegalBasisField {...bind("legalBasis")} />
      </MutationFormView>
    </section>
  );
}

function CannotRecord({ caseId }: { caseId: string }) {
  return (
    <>
      <Alert type="info" className="rh-alert">
        <Paragraph>U kunt in deze casus geen observaties of gespreksverslagen vastleggen.</Paragraph>
      </Alert>
      <Paragraph>
        <RouterLink to={casePath(caseId, "dossier")}>Terug naar het dossier</RouterLink>
      </Paragraph>
    </>
  );
}
