import { describe, expect, it } from "vitest";
import type { ProcessingLogRow } from "@regiehub/db";
import { foldLines, lineKeyOf } from "./lines";

const CASE = "11111111-1111-4111-8111-111111111111";
const ACTOR = "22222222-2222-4222-8222-222222222222";

function row(id: number, patch: Partial<ProcessingLogRow> = {}): ProcessingLogRow {
  return {
    id,
    chainKey: `case:${CASE}`,
    chainSeq: id,
    caseId: CASE,
    startedAt: new Date(Date.UTC(2025, 0, 1, 10, 0, id)),
    endedAt: new Date(Date.UTC(2025, 0, 1, 10, 0, id + 1)),
    actorType: "PROFESSIONAL",
    actorId: ACTOR,
    organisationId: "33333333-3333-4333-8333-333333333333",
    role: "PROFESSIONAL",
    subjectPseudonyms: [],
    itemIds: [],
    fields: [],
    operation: "READ",
    purpose: "p",
    legalBasis: "LEGAL_TASK",
    processingActivityId: "RH-PA-01",
    traceId: "a".repeat(32),
    operationId: "op",
    callerTraceId: null,
    outcome: "SUCCESS",
    breakGlass: false,
    detail: null,
    prevHash: "x",
    hash: "y",
    ...patch,
  };
}

describe("foldLines", () => {
  it("folds one request's entries into one line with the union of persons, fields and items", () => {
    const entries = [
      row(3, { subjectPseudonyms: ["p2"], fields: ["Person.givenName"], itemIds: ["i1"] }),
      row(1, { subjectPseudonyms: ["p1"], fields: ["Person.givenName", "Case.title"], itemIds: ["i1"] }),
      row(2, { operation: "DENIED", outcome: "DENIED", fields: ["FORBIDDEN x"], detail: "refused" }),
      row(4, { legalBasis: "VITAL_INTEREST", breakGlass: true, processingActivityId: "RH-PA-03" }),
    ];
    const [line, ...rest] = foldLines(entries, [lineKeyOf(entries[0]!)], new Map([[CASE, "LH-1"]]));
    expect(rest).toEqual([]);
    expect(line).toMatchObject({
      caseId: CASE,
      caseReference: "LH-1",
      operations: ["READ", "DENIED"],
      subjectPseudonyms: ["p1", "p2"],
      fields: ["Case.title", "FORBIDDEN x", "Person.givenName"],
      itemCount: 1,
      processingActivityIds: ["RH-PA-01", "RH-PA-03"],
      legalBases: ["LEGAL_TASK", "VITAL_INTEREST"],
      outcomes: ["DENIED", "SUCCESS"],
      breakGlass: true,
      details: ["refused"],
      entryCount: 4,
      lastId: 4,
    });
    expect(line!.startedAt).toEqual(entries[1]!.startedAt);
    expect(line!.endedAt).toEqual(entries[3]!.endedAt);
  });

  it("keeps requests, cases and actors apart, in the page's order, and leaves out entries of other lines", () => {
    const other = "b".repeat(32);
    const entries = [
      row(1),
      row(2, { traceId: other }),
      row(3, { actorId: "44444444-4444-4444-8444-444444444444" }),
      row(4, { caseId: "55555555-5555-4555-8555-555555555555" }),
    ];
    const order = [lineKeyOf(entries[1]!), lineKeyOf(entries[0]!)];
    const lines = foldLines(entries, order, new Map());
    expect(lines.map((l) => [l.traceId, l.entryCount, l.lastId, l.caseReference])).toEqual([
      [other, 1, 2, null],
      ["a".repeat(32), 1, 1, null],
    ]);
  });

  it("leaves out a key of the page without entries", () => {
    expect(foldLines([], ["t||PROFESSIONAL|"], new Map())).toEqual([]);
  });
});
