import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { ReasonField, useMutationForm } from "../../components/forms";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { useFormValues } from "../../components/useFormValues";
import { hasErrorCode } from "../../errors";
import type { PersonOption } from "./ItemFields";
import { invalidateAll } from "./ItemFields";
import { changedNote, changedObservation } from "./itemInputs";
import { NOTE_KIND, OBSERVATION_KIND } from "./itemKinds";
import type { ItemKind } from "./itemKinds";
import type { DossierItemCard } from "./types";
import { UpdateNoteDocument, UpdateObservationDocument } from "../../generated/graphql";

export const ITEM_CONFLICT_MESSAGE =
  "Dit item is intussen gewijzigd door iemand anders. Laad het dossier opnieuw en voer de correctie opnieuw in.";

export interface CorrectItemFormProps {
  item: DossierItemCard;
  persons: readonly PersonOption[];
  onDone: (message?: string) => void;
  onReload: () => Promise<void>;
}

/** "Corrigeren" (UPDATE): change an item with a reason; the previous version is kept. */
export function CorrectItemForm({ item, ...rest }: CorrectItemFormProps) {
  const [updateObservation] = useMutation(UpdateObservationDocument);
  const [updateNote] = useMutation(UpdateNoteDocument);
  const { id, version } = item;
  if (item.__typename === "Observation") {
    return (
      <CorrectionForm
        {...rest}
        itemId={id}
        kind={OBSERVATION_KIND}
        initial={OBSERVATION_KIND.valuesOf(item)}
        save={async (reason, before, after) => {
          const changes = changedObservation(before, after);
          await updateObservation({ variables: { input: { id, version, reason, ...changes } } });
        }}
      />
    );
  }
  if (item.__typename === "Note") {
    return (
      <CorrectionForm
        {...rest}
        itemId={id}
        kind={NOTE_KIND}
        initial={NOTE_KIND.valuesOf(item)}
        save={async (reason, before, after) => {
          await updateNote({ variables: { input: { id, version, reason, ...changedNote(before, after) } } });
        }}
      />
    );
  }
  return null;
}

interface CorrectionFormProps<V> extends Omit<CorrectItemFormProps, "item"> {
  itemId: string;
  kind: ItemKind<V, never>;
  /** The item's values as saved. */
  initial: V;
  save: (reason: string, before: V, after: V) => Promise<void>;
}

/** Heading, the item's fields, the required "Reden van correctie", conflict handling and the buttons. */
function CorrectionForm<V>({
  itemId,
  kind,
  initial,
  save,
  persons,
  onDone,
  onReload,
}: CorrectionFormProps<V>) {
  const [before] = useState(initial);
  const [values, setValues] = useState(initial);
  // A stale version is this item's, not the case's: its own message, and reloading closes the form.
  const [conflict, setConflict] = useState(false);
  const form = useMutationForm({
    fields: [...kind.fields, "reason"],
    failure: "De correctie is niet opgeslagen.",
  });
  const { values: typed, bind } = useFormValues({ reason: "" }, form);
  const reason = typed.reason.trim();
  const { Fields } = kind;

  const run = async () => {
    setConflict(false);
    const problems = kind.missing(values);
    if (!reason) problems["reason"] = ["Geef de reden van de correctie."];
    if (invalidateAll(form, problems)) return false;
    try {
      await save(reason, before, values);
    } catch (err) {
      if (!hasErrorCode(err, "CONFLICT")) throw err;
      setConflict(true);
      return false;
    }
    onDone("De correctie is opgeslagen. De vorige versie is bewaard.");
  };

  return (
    <HeadedMutationForm
      level={4}
      headingId={`correct-${itemId}-heading`}
      title="Item corrigeren"
      intro={
        <>
          <Paragraph>De vorige versie blijft bewaard; de reden is zichtbaar in de eerdere versies.</Paragraph>
          {conflict ? (
            <Alert type="error" className="rh-alert">
              <Paragraph>{ITEM_CONFLICT_MESSAGE}</Paragraph>
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setConflict(false);
                  void onReload().then(() => onDone());
                }}
              >
                Dossier opnieuw laden
              </Button>
            </Alert>
          ) : null}
        </>
      }
      form={form}
      onSubmit={run}
      submitLabel="Correctie opslaan"
      onCancel={() => onDone()}
    >
      <Fields
        values={values}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        form={form}
        persons={persons}
      />
      <ReasonField {...bind("reason")} label="Reden van correctie">
        Waarom het item wordt gecorrigeerd, bijvoorbeeld ‘verkeerde datum genoteerd’.
      </ReasonField>
    </HeadedMutationForm>
  );
}
