import type { ComponentType } from "react";
import type { FieldErrors } from "../../errors";
import type { ItemFieldsProps } from "./ItemFields";
import { NOTE_FIELDS, NoteFields, emptyNote, missingNoteFields, noteValuesOf } from "./NoteFields";
import type { NoteValues } from "./NoteFields";
import {
  OBSERVATION_FIELDS,
  ObservationFields,
  emptyObservation,
  missingObservationFields,
  observationValuesOf,
} from "./ObservationFields";
import type { ObservationValues } from "./ObservationFields";
import type { NoteCard, ObservationCard } from "./types";

/** What the record and correction forms need of a kind of dossier item. */
export interface ItemKind<V, Card> {
  /** The input fields the form shows (errors of others go to the alert). */
  fields: readonly string[];
  Fields: ComponentType<ItemFieldsProps<V>>;
  empty: () => V;
  valuesOf: (item: Card) => V;
  /** Checks before sending: the required choices and texts (the legal basis is the record page's). */
  missing: (values: V) => FieldErrors;
}

export const OBSERVATION_KIND: ItemKind<ObservationValues, ObservationCard> = {
  fields: OBSERVATION_FIELDS,
  Fields: ObservationFields,
  empty: emptyObservation,
  valuesOf: observationValuesOf,
  missing: missingObservationFields,
};

export const NOTE_KIND: ItemKind<NoteValues, NoteCard> = {
  fields: NOTE_FIELDS,
  Fields: NoteFields,
  empty: emptyNote,
  valuesOf: noteValuesOf,
  missing: missingNoteFields,
};
