import { describe, expect, it } from "vitest";
import type { LogEntryInput } from "@regiehub/db";
import { DenialWindows } from "./denials";

const CASE = "00000000-0000-4000-8000-000000000001";

function denied(actorId: string, caseId: string | null, field: string): LogEntryInput {
  return {
    caseId,
    startedAt: new Date(0),
    endedAt: new Date(0),
    actorType: "PROFESSIONAL",
    actorId,
    organisationId: null,
    role: null,
    operation: "DENIED",
    purpose: "p",
    legalBasis: null,
    processingActivityId: "RH-PA-01",
    traceId: "t",
    operationId: "o",
    callerTraceId: null,
    outcome: "DENIED",
    breakGlass: false,
    detail: "refused",
    subjectPseudonyms: [],
    itemIds: [],
    fields: [field],
  } as LogEntryInput;
}

describe("DenialWindows", () => {
  it("writes the first refusal of an actor on a case per window and one summary of the rest", () => {
    const windows = new DenialWindows(60_000);
    expect(windows.admit(denied("a", CASE, "NOT_FOUND dossierItem"), 0)).toBe(true);
    for (let i = 1; i <= 1_000; i++)
      expect(windows.admit(denied("a", CASE, `NOT_FOUND f${i % 3}`), i)).toBe(false);
    // Another actor, and the same actor on another case (or none), have windows of their own.
    expect(windows.admit(denied("b", CASE, "FORBIDDEN x"), 10)).toBe(true);
    expect(windows.admit(denied("a", null, "NOT_FOUND case"), 10)).toBe(true);
    expect(windows.takeDue(59_999)).toEqual([]);
    const [summary, ...rest] = windows.takeDue(60_000);
    expect(rest).toEqual([]);
    expect(summary).toMatchObject({
      actorId: "a",
      caseId: CASE,
      operation: "DENIED",
      detail: "1000 more refusal(s) of this actor on this case merged",
      fields: ["NOT_FOUND f0", "NOT_FOUND f1", "NOT_FOUND f2"],
    });
    expect(summary!.startedAt).toEqual(new Date(0));
    expect(summary!.endedAt).toEqual(new Date(60_000));
    // The window closed: the next refusal is written again.
    expect(windows.admit(denied("a", CASE, "NOT_FOUND dossierItem"), 60_001)).toBe(true);
  });

  it("closes a window when its actor is refused again after it, and writes everything with a window of 0", () => {
    const windows = new DenialWindows(1_000);
    windows.admit(denied("a", CASE, "x"), 0);
    windows.admit(denied("a", CASE, "y"), 500);
    expect(windows.admit(denied("a", CASE, "z"), 1_500)).toBe(true);
    expect(windows.takeDue(1_600).map((e) => e.fields)).toEqual([["y"]]);
    const off = new DenialWindows(0);
    expect([1, 2, 3].every((t) => off.admit(denied("a", CASE, "x"), t))).toBe(true);
  });

  it("hands requests only the summaries a later refusal closed, leaving ended windows to the timer", () => {
    const windows = new DenialWindows(1_000);
    windows.admit(denied("a", CASE, "x"), 0);
    windows.admit(denied("a", CASE, "y"), 10);
    windows.admit(denied("b", CASE, "x"), 0);
    windows.admit(denied("b", CASE, "y"), 10);
    expect(windows.admit(denied("a", CASE, "z"), 2_000)).toBe(true); // closes a's window
    expect(windows.takeClosed().map((e) => e.actorId)).toEqual(["a"]);
    expect(windows.takeClosed()).toEqual([]);
    expect(windows.takeDue(2_000).map((e) => e.actorId)).toEqual(["b"]);
  });
});
