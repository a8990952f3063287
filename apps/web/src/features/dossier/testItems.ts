import { emptyNote } from "./NoteFields";
import type { NoteValues } from "./NoteFields";

/** A conversation report as the dossier's tests use it. */
export const NOTE_VALUES: NoteValues = {
  ...emptyNote(),
  title: "Huisbezoek",
  body: "Gesproken met moeder.",
  occurredOn: "2026-03-12",
  domain: "EDUCATION",
  dataClass: "GENERAL",
  legalBasis: "CONSENT",
};
