import type { RecordNoteInput, RecordObservationInput } from "../../generated/graphql";
import type { ItemClassValues } from "./ItemFields";
import { sameSet } from "./ItemFields";
import type { NoteValues } from "./NoteFields";
import type { ObservationValues } from "./ObservationFields";

// The inputs the dossier's forms send, built from what the form holds. A correction sends only what changed:
// omitted fields keep their value.

/** A text that changed (compared trimmed with the saved text). */
function changedText<K extends string>(key: K, before: string, after: string): { [P in K]?: string } {
  const trimmed = after.trim();
  return (trimmed !== before ? { [key]: trimmed } : {}) as { [P in K]?: string };
}

/** A choice that changed; an emptied choice is not sent. */
function changedChoice<K extends string, V extends string>(key: K, before: V | "", after: V | "") {
  return (after && after !== before ? { [key]: after } : {}) as { [P in K]?: V };
}

/** Leefgebied, gegevenscategorie and over wie, where changed. */
export function changedClass(before: ItemClassValues, after: ItemClassValues) {
  return {
    ...changedChoice("domain", before.domain, after.domain),
    ...changedChoice("dataClass", before.dataClass, after.dataClass),
    ...(sameSet(after.subjectPersonIds, before.subjectPersonIds)
      ? {}
      : { subjectPersonIds: after.subjectPersonIds }),
  };
}

export function changedObservation(before: ObservationValues, after: ObservationValues) {
  return {
    ...changedClass(before, after),
    ...changedChoice("observationKind", before.observationKind, after.observationKind),
    ...changedText("statement", before.statement, after.statement),
    ...changedChoice("sourceKind", before.sourceKind, after.sourceKind),
    ...changedText("sourceDescription", before.sourceDescription, after.sourceDescription),
  };
}

export function changedNote(before: NoteValues, after: NoteValues) {
  return {
    ...changedText("title", before.title, after.title),
    ...changedText("body", before.body, after.body),
    ...changedChoice("occurredOn", before.occurredOn, after.occurredOn),
    ...changedClass(before, after),
  };
}

/** A new observation; null while a required choice is missing (the form checks that first). */
export function observationInput(caseId: string, values: ObservationValues): RecordObservationInput | null {
  const { domain, dataClass, observationKind, sourceKind, legalBasis } = values;
  if (!domain || !dataClass || !observationKind || !sourceKind || !legalBasis) return null;
  return {
    caseId,
    domain,
    dataClass,
    subjectPersonIds: values.subjectPersonIds,
    observationKind,
    statement: values.statement.trim(),
    sourceKind,
    sourceDescription: values.sourceDescription.trim() || null,
    legalBasis,
  };
}

/** A new conversation report; null while a required choice is missing. */
export function noteInput(caseId: string, values: NoteValues): RecordNoteInput | null {
  const { domain, dataClass, legalBasis } = values;
  if (!domain || !dataClass || !legalBasis) return null;
  return {
    caseId,
    title: values.title.trim(),
    body: values.body.trim(),
    occurredOn: values.occurredOn,
    domain,
    dataClass,
    subjectPersonIds: values.subjectPersonIds,
    legalBasis,
  };
}
