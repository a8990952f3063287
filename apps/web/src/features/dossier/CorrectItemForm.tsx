import { Alert, Button, ButtonGroup, Heading, Paragraph, Textarea } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent, ReactNode } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { extractFieldErrors, generalErrorMessages, hasErrorCode, messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import { focusFirstInvalid } from "../../components/forms/focus";
import { sameSet } from "./ItemFields";
import type { PersonOption } from "./ItemFields";
import { NOTE_FIELDS, NoteFields, missingNoteFields, noteValuesOf } from "./NoteFields";
import type { NoteValues } from "./NoteFields";
import {
  OBSERVATION_FIELDS,
  ObservationFields,
  missingObservationFields,
  observationValuesOf,
} from "./ObservationFields";
import type { ObservationValues } from "./ObservationFields";
import { UPDATE_NOTE_MUTATION, UPDATE_OBSERVATION_MUTATION } from "./operations";
import type { DossierItemCard, NoteCard, ObservationCard } from "./operations";

export const ITEM_CONFLICT_MESSAGE =
  "Dit item is intussen gewijzigd door iemand anders. Laad het dossier opnieuw en voer de correctie opnieuw in.";

export interface CorrectItemFormProps {
  item: DossierItemCard;
  persons: readonly PersonOption[];
  onDone: (message?: string) => void;
  onReload: () => Promise<void>;
}

/** "Corrigeren" (UPDATE): change an item with a reason; the previous version is kept. */
export function CorrectItemForm(props: CorrectItemFormProps) {
  const { item } = props;
  if (item.__typename === "Observation") return <CorrectObservation {...props} item={item} />;
  if (item.__typename === "Note") return <CorrectNote {...props} item={item} />;
  return null;
}

/** Only what changed is sent: omitted fields keep their value. */
function changedObservation(before: ObservationValues, after: ObservationValues) {
  return {
    ...(after.domain && after.domain !== before.domain ? { domain: after.domain } : {}),
    ...(after.dataClass && after.dataClass !== before.dataClass ? { dataClass: after.dataClass } : {}),
    ...(sameSet(after.subjectPersonIds, before.subjectPersonIds)
      ? {}
      : { subjectPersonIds: after.subjectPersonIds }),
    ...(after.observationKind && after.observationKind !== before.observationKind
      ? { observationKind: after.observationKind }
      : {}),
    ...(after.statement.trim() !== before.statement ? { statement: after.statement.trim() } : {}),
    ...(after.sourceKind && after.sourceKind !== before.sourceKind ? { sourceKind: after.sourceKind } : {}),
    ...(after.sourceDescription.trim() !== before.sourceDescription
      ? { sourceDescription: after.sourceDescription.trim() }
      : {}),
  };
}

function changedNote(before: NoteValues, after: NoteValues) {
  return {
    ...(after.title.trim() !== before.title ? { title: after.title.trim() } : {}),
    ...(after.body.trim() !== before.body ? { body: after.body.trim() } : {}),
    ...(after.occurredOn && after.occurredOn !== before.occurredOn ? { occurredOn: after.occurredOn } : {}),
    ...(after.domain && after.domain !== before.domain ? { domain: after.domain } : {}),
    ...(after.dataClass && after.dataClass !== before.dataClass ? { dataClass: after.dataClass } : {}),
    ...(sameSet(after.subjectPersonIds, before.subjectPersonIds)
      ? {}
      : { subjectPersonIds: after.subjectPersonIds }),
  };
}

type Props<T> = Omit<CorrectItemFormProps, "item"> & { item: T };

function CorrectObservation({ item, persons, onDone, onReload }: Props<ObservationCard>) {
  const [before] = useState(() => observationValuesOf(item));
  const [values, setValues] = useState(before);
  const [update, { loading }] = useMutation(UPDATE_OBSERVATION_MUTATION);
  return (
    <CorrectionFrame
      itemId={item.id}
      fields={OBSERVATION_FIELDS}
      loading={loading}
      validate={() => missingObservationFields(values, false)}
      save={async (reason) => {
        await update({
          variables: {
            input: { id: item.id, version: item.version, reason, ...changedObservation(before, values) },
          },
        });
      }}
      onDone={onDone}
      onReload={onReload}
    >
      {(errors) => (
        <ObservationFields
          idPrefix={`correct-${item.id}`}
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          errors={errors}
          persons={persons}
          withLegalBasis={false}
        />
      )}
    </CorrectionFrame>
  );
}

function CorrectNote({ item, persons, onDone, onReload }: Props<NoteCard>) {
  const [before] = useState(() => noteValuesOf(item));
  const [values, setValues] = useState(before);
  const [update, { loading }] = useMutation(UPDATE_NOTE_MUTATION);
  return (
    <CorrectionFrame
      itemId={item.id}
      fields={NOTE_FIELDS}
      loading={loading}
      validate={() => missingNoteFields(values, false)}
      save={async (reason) => {
        await update({
          variables: {
            input: { id: item.id, version: item.version, reason, ...changedNote(before, values) },
          },
        });
      }}
      onDone={onDone}
      onReload={onReload}
    >
      {(errors) => (
        <NoteFields
          idPrefix={`correct-${item.id}`}
          values={values}
          onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
          errors={errors}
          persons={persons}
          withLegalBasis={false}
        />
      )}
    </CorrectionFrame>
  );
}

interface CorrectionFrameProps {
  itemId: string;
  fields: readonly string[];
  loading: boolean;
  validate: () => FieldErrors;
  save: (reason: string) => Promise<void>;
  onDone: (message?: string) => void;
  onReload: () => Promise<void>;
  children: (errors: FieldErrors) => ReactNode;
}

/** Heading, the item's fields, the required "Reden van correctie", conflict handling and the buttons. */
function CorrectionFrame({
  itemId,
  fields,
  loading,
  validate,
  save,
  onDone,
  onReload,
  children,
}: CorrectionFrameProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const headingId = `correct-${itemId}-heading`;
  const conflict = hasErrorCode(error, "CONFLICT");
  const fieldErrors = { ...extractFieldErrors(error), ...missing };
  const general = conflict ? [] : generalErrorMessages(error, [...fields, "reason"]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems = validate();
    if (!reason.trim()) problems["reason"] = ["Geef de reden van de correctie."];
    setMissing(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await save(reason.trim());
      onDone("De correctie is opgeslagen. De vorige versie is bewaard.");
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <>
      <Heading level={4} id={headingId}>
        Item corrigeren
      </Heading>
      <Paragraph>De vorige versie blijft bewaard; de reden is zichtbaar in de eerdere versies.</Paragraph>
      {conflict ? (
        <Alert type="error" className="rh-alert">
          <Paragraph>{ITEM_CONFLICT_MESSAGE}</Paragraph>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setError(null);
              void onReload().then(() => onDone());
            }}
          >
            Dossier opnieuw laden
          </Button>
        </Alert>
      ) : null}
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby={headingId}
        className="rh-form"
      >
        <ErrorAlert messages={general} heading="De correctie is niet opgeslagen." />
        {children(fieldErrors)}
        <Field
          id={`correct-${itemId}-reason`}
          label="Reden van correctie"
          description="Waarom het item wordt gecorrigeerd, bijvoorbeeld ‘verkeerde datum genoteerd’."
          errors={messagesFor(fieldErrors, "reason")}
        >
          {(control) => (
            <Textarea
              {...control}
              name="reason"
              required
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            Correctie opslaan
          </Button>
          <Button appearance="secondary-action-button" onClick={() => onDone()}>
            Annuleren
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
