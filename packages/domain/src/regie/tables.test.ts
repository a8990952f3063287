import { describe, expect, it } from "vitest";
import { AGENDA_OUTCOMES } from "../enums";
import { canChangeFramework } from "./framework";
import { agendaOutcomeFramework, awaitsAgendaTooLong, conflictingAgenda, sessionAccessOpen } from "./tables";

describe("a case at one table at a time", () => {
  const open = [
    { caseId: "c1", sessionId: "s1", tableName: "Jeugdbeschermingsplein", sessionDate: "2026-12-10" },
    { caseId: "c2", sessionId: "s2", tableName: "Zorg- en Veiligheidshuis", sessionDate: "2026-12-11" },
  ];

  it("is refused on another agenda while it is open on one, naming the other table", () => {
    expect(conflictingAgenda("c1", "s2", open)?.tableName).toBe("Jeugdbeschermingsplein");
    expect(conflictingAgenda("c3", "s2", open)).toBeNull();
    expect(conflictingAgenda("c1", "s1", open)).toBeNull();
  });

  it("waiting for an agenda longer than the set days is a signal", () => {
    expect(awaitsAgendaTooLong("2026-11-20", "2026-12-04", 14)).toBe(false);
    expect(awaitsAgendaTooLong("2026-11-20", "2026-12-05", 14)).toBe(true);
  });
});

describe("a table member's access to the preparation summary", () => {
  const placedAt = new Date("2026-12-01T09:00:00Z");
  it("opens when the case is put on the agenda and lapses at the decision", () => {
    expect(sessionAccessOpen({ placedAt, decidedAt: null }, new Date("2026-11-30T09:00:00Z"))).toBe(false);
    expect(sessionAccessOpen({ placedAt, decidedAt: null }, new Date("2026-12-03T09:00:00Z"))).toBe(true);
    const decidedAt = new Date("2026-12-10T11:00:00Z");
    expect(sessionAccessOpen({ placedAt, decidedAt }, new Date("2026-12-10T10:59:59Z"))).toBe(true);
    expect(sessionAccessOpen({ placedAt, decidedAt }, decidedAt)).toBe(false);
  });
});

describe("a table's outcome and the framework", () => {
  it("puts the case in the framework the outcome names, and back to the team decides none", () => {
    expect(AGENDA_OUTCOMES.map((o) => [o, agendaOutcomeFramework(o)])).toEqual([
      ["VOLUNTARY_SUFFICES", "VOLUNTARY"],
      ["DRANG", "DRANG"],
      ["RAAD_INVESTIGATION", "COMPULSORY"],
      ["BACK_TO_TEAM", null],
    ]);
  });

  it("leaves to the framework state machine which outcome is a step from where the case is", () => {
    // From the compulsory framework, drang is no step: the outcome is refused, not recorded.
    expect(canChangeFramework("COMPULSORY", agendaOutcomeFramework("DRANG")!)).toBe(false);
    expect(canChangeFramework("DRANG", agendaOutcomeFramework("RAAD_INVESTIGATION")!)).toBe(true);
  });
});
