import { describe, expect, it } from "vitest";
import { changedNote, changedObservation, noteInput, observationInput } from "./itemInputs";
import { emptyObservation } from "./ObservationFields";
import type { ObservationValues } from "./ObservationFields";
import { NOTE_VALUES } from "./testItems";

const observation: ObservationValues = {
  ...emptyObservation(),
  domain: "EDUCATION",
  dataClass: "GENERAL",
  subjectPersonIds: ["p1", "p2"],
  observationKind: "FACT",
  statement: "Kim is drie keer niet op school geweest.",
  sourceKind: "OWN_OBSERVATION",
  legalBasis: "CONSENT",
};

const note = NOTE_VALUES;

describe("the inputs of the dossier's forms", () => {
  it("records an observation with trimmed texts and no empty source description", () => {
    const input = observationInput("c1", { ...observation, statement: "  feit  ", sourceDescription: "  " });
    expect(input).toMatchObject({
      caseId: "c1",
      statement: "feit",
      sourceDescription: null,
      legalBasis: "CONSENT",
    });
    expect(observationInput("c1", { ...observation, legalBasis: "" })).toBeNull();
  });

  it("records a note with trimmed title and report", () => {
    expect(noteInput("c1", { ...note, title: " Huisbezoek " })).toMatchObject({ title: "Huisbezoek" });
    expect(noteInput("c1", { ...note, domain: "" })).toBeNull();
  });

  it("sends only what a correction changed; an emptied choice is not sent", () => {
    expect(changedObservation(observation, { ...observation })).toEqual({});
    expect(changedObservation(observation, { ...observation, subjectPersonIds: ["p2", "p1"] })).toEqual({});
    expect(
      changedObservation(observation, {
        ...observation,
        domain: "",
        statement: " Anders ",
        subjectPersonIds: [],
      }),
    ).toEqual({ statement: "Anders", subjectPersonIds: [] });
    expect(changedNote(note, { ...note, occurredOn: "2026-03-11", body: "Gesproken met moeder." })).toEqual({
      occurredOn: "2026-03-11",
    });
  });
});
