import { Alert, Button, ButtonGroup, Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent, ReactNode } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { RouterButtonLink, RouterLink } from "../../components/RouterLink";
import { usePageTitle } from "../../components/usePageTitle";
import { extractFieldErrors, generalErrorMessages } from "../../errors";
import type { FieldErrors } from "../../errors";
import { casePath, useCaseContext } from "../cases/caseContext";
import { focusFirstInvalid } from "../../components/forms/focus";
import { NOTE_FIELDS, NoteFields, emptyNote, missingNoteFields } from "./NoteFields";
import type { NoteValues } from "./NoteFields";
import {
  OBSERVATION_FIELDS,
  ObservationFields,
  emptyObservation,
  missingObservationFields,
} from "./ObservationFields";
import type { ObservationValues } from "./ObservationFields";
import { evictTimeline, useBackToDossier } from "./navigation";
import { RECORD_NOTE_MUTATION, RECORD_OBSERVATION_MUTATION } from "./operations";

/** "Observatie vastleggen" (RECORD_ITEM), at /casussen/:id/dossier/observatie-vastleggen. */
export function RecordObservationPage() {
  const { caseData } = useCaseContext();
  usePageTitle(`Observatie vastleggen – ${caseData.title}`);
  const formRef = useRef<HTMLFormElement>(null);
  const back = useBackToDossier(caseData.id);
  const [values, setValues] = useState<ObservationValues>(emptyObservation);
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [record, { loading }] = useMutation(RECORD_OBSERVATION_MUTATION, {
    update: (cache) => evictTimeline(cache, caseData.id),
  });

  if (!caseData.viewerCan.includes("RECORD_ITEM")) return <CannotRecord caseId={caseData.id} />;

  const fieldErrors = { ...extractFieldErrors(error), ...missing };
  const general = generalErrorMessages(error, OBSERVATION_FIELDS);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems = missingObservationFields(values, true);
    setMissing(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    const { domain, dataClass, observationKind, sourceKind, legalBasis } = values;
    if (!domain || !dataClass || !observationKind || !sourceKind || !legalBasis) return;
    try {
      const result = await record({
        variables: {
          input: {
            caseId: caseData.id,
            domain,
            dataClass,
            subjectPersonIds: values.subjectPersonIds,
            observationKind,
            statement: values.statement.trim(),
            sourceKind,
            sourceDescription: values.sourceDescription.trim() || null,
            legalBasis,
          },
        },
      });
      back({ notice: "De observatie is vastgelegd.", focusItemId: result.data?.recordObservation.id });
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <RecordFrame caseId={caseData.id} headingId="record-observation-heading" heading="Observatie vastleggen">
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby="record-observation-heading"
        className="rh-form"
      >
        <ErrorAlert messages={general} heading="De observatie is niet vastgelegd." />
        <ObservationFields
          idPrefix="record-observation"
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          errors={fieldErrors}
          persons={caseData.persons}
          withLegalBasis
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            Observatie vastleggen
          </Button>
          <RouterButtonLink to={casePath(caseData.id, "dossier")} appearance="secondary-action-button">
            Annuleren
          </RouterButtonLink>
        </ButtonGroup>
      </form>
    </RecordFrame>
  );
}

/** "Gespreksverslag vastleggen" (RECORD_ITEM), at /casussen/:id/dossier/gespreksverslag-vastleggen. */
export function RecordNotePage() {
  const { caseData } = useCaseContext();
  usePageTitle(`Gespreksverslag vastleggen – ${caseData.title}`);
  const formRef = useRef<HTMLFormElement>(null);
  const back = useBackToDossier(caseData.id);
  const [values, setValues] = useState<NoteValues>(emptyNote);
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [record, { loading }] = useMutation(RECORD_NOTE_MUTATION, {
    update: (cache) => evictTimeline(cache, caseData.id),
  });

  if (!caseData.viewerCan.includes("RECORD_ITEM")) return <CannotRecord caseId={caseData.id} />;

  const fieldErrors = { ...extractFieldErrors(error), ...missing };
  const general = generalErrorMessages(error, NOTE_FIELDS);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems = missingNoteFields(values, true);
    setMissing(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    const { domain, dataClass, legalBasis } = values;
    if (!domain || !dataClass || !legalBasis) return;
    try {
      const result = await record({
        variables: {
          input: {
            caseId: caseData.id,
            title: values.title.trim(),
            body: values.body.trim(),
            occurredOn: values.occurredOn,
            domain,
            dataClass,
            subjectPersonIds: values.subjectPersonIds,
            legalBasis,
          },
        },
      });
      back({ notice: "Het gespreksverslag is vastgelegd.", focusItemId: result.data?.recordNote.id });
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <RecordFrame caseId={caseData.id} headingId="record-note-heading" heading="Gespreksverslag vastleggen">
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby="record-note-heading"
        className="rh-form"
      >
        <ErrorAlert messages={general} heading="Het gespreksverslag is niet vastgelegd." />
        <NoteFields
          idPrefix="record-note"
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          errors={fieldErrors}
          persons={caseData.persons}
          withLegalBasis
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            Gespreksverslag vastleggen
          </Button>
          <RouterButtonLink to={casePath(caseData.id, "dossier")} appearance="secondary-action-button">
            Annuleren
          </RouterButtonLink>
        </ButtonGroup>
      </form>
    </RecordFrame>
  );
}

interface RecordFrameProps {
  caseId: string;
  headingId: string;
  heading: string;
  children: ReactNode;
}

function RecordFrame({ caseId, headingId, heading, children }: RecordFrameProps) {
  return (
    <section aria-labelledby={headingId} className="rh-section rh-record">
      <Paragraph className="rh-back">
        <RouterLink to={casePath(caseId, "dossier")}>Terug naar het dossier</RouterLink>
      </Paragraph>
      <Heading level={2} id={headingId}>
        {heading}
      </Heading>
      <Paragraph>
        Leg alleen vast wat nodig is voor de hulp aan het gezin. Wie dit item mag zien, hangt af van het
        leefgebied, de gegevenscategorie en de personen over wie het gaat.
      </Paragraph>
      {children}
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
