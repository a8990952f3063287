import { describe, expect, it } from "vitest";
import { caseStatus, days, offersExecution } from "./status";
import type { StatusInput, StatusViewer } from "./status";

const TODAY = "2026-03-10";
const wijkteam = { id: "org-w", name: "Wijkteam Noord" };
const school = { id: "org-s", name: "Lindecollege" };

function action(id: string, dueOn: string | null, extra: Partial<StatusInput["actions"][number]> = {}) {
  return {
    id,
    title: `Actie ${id}`,
    dueOn,
    status: "OPEN" as const,
    ownerOrganisation: wijkteam,
    ownerProfessional: { name: "Sanne Bakker" },
    ...extra,
  };
}

function input(extra: Partial<StatusInput> = {}): StatusInput {
  return { actions: [], evaluations: [], evaluationSchedule: { nextDueOn: null }, grants: [], ...extra };
}

const partner: StatusViewer = { organisationId: school.id, isDirector: false };
const director: StatusViewer = { organisationId: wijkteam.id, isDirector: true };

describe("caseStatus", () => {
  it("lists open overdue actions most late first, with owner and days late", () => {
    const status = caseStatus(
      input({
        actions: [
          action("a", "2026-03-09"),
          action("b", "2026-03-01"),
          action("c", "2026-03-05", { status: "DONE" }),
          action("d", "2026-03-04", { status: "CANCELLED" }),
          action("e", "2026-03-08", { status: "BLOCKED", ownerProfessional: null }),
        ],
      }),
      partner,
      TODAY,
    );
    expect(status.late.map((l) => [l.title, l.daysLate])).toEqual([
      ["Actie b", 9],
      ["Actie e", 2],
      ["Actie a", 1],
    ]);
    expect(status.late[0]!.detail).toBe("Sanne Bakker (Wijkteam Noord) · 9 dagen te laat");
    expect(status.late[1]!.detail).toBe("Wijkteam Noord · 2 dagen te laat");
    expect(status.late[2]!.detail).toContain("1 dag te laat");
  });

  it("puts actions due within 14 days, today included, in 'next' by date; later and undated ones not", () => {
    const status = caseStatus(
      input({
        actions: [
          action("later", "2026-03-25"),
          action("edge", "2026-03-24"),
          action("today", TODAY),
          action("none", null),
        ],
      }),
      partner,
      TODAY,
    );
    expect(status.late).toEqual([]);
    expect(status.next.map((l) => l.title)).toEqual(["Actie today", "Actie edge"]);
  });

  it("takes the first scheduled evaluation not yet held, else the schedule's next due date", () => {
    const scheduled = caseStatus(
      input({
        evaluations: [
          { id: "1", scheduledOn: "2026-03-01", heldOn: "2026-03-01" },
          { id: "2", scheduledOn: "2026-04-20", heldOn: null },
          { id: "3", scheduledOn: "2026-04-01", heldOn: null },
        ],
        evaluationSchedule: { nextDueOn: "2026-05-01" },
      }),
      partner,
      TODAY,
    );
    expect(scheduled.next.map((l) => [l.kind, l.date])).toEqual([["EVALUATION", "2026-04-01"]]);

    const bySchedule = caseStatus(input({ evaluationSchedule: { nextDueOn: "2026-03-07" } }), partner, TODAY);
    expect(bySchedule.next).toEqual([]);
    expect(bySchedule.late.map((l) => [l.kind, l.detail])).toEqual([["EVALUATION", "3 dagen over tijd"]]);

    expect(caseStatus(input(), partner, TODAY)).toEqual({ late: [], next: [], forViewer: [] });
  });

  it("says which plan waits for agreement or approval, and never for an approved or superseded one", () => {
    const draft = caseStatus(input({ draftPlan: { id: "p", number: 2, status: "DRAFT" } }), director, TODAY);
    expect(draft.next.map((l) => [l.title, l.detail])).toEqual([
      ["Gezinsplan versie 2", "Wacht op instemming van het gezin"],
    ]);
    expect(draft.forViewer).toEqual([]);

    const agreed = caseStatus(
      input({ draftPlan: { id: "p", number: 2, status: "AGREED" } }),
      director,
      TODAY,
    );
    expect(agreed.next.map((l) => l.detail)).toEqual(["Wacht op vaststelling"]);
    expect(agreed.forViewer.map((l) => [l.title, l.detail])).toEqual([
      ["Gezinsplan versie 2", "Vaststellen"],
    ]);
    // The approval waits for the directors only.
    expect(caseStatus(input({ draftPlan: agreedPlan() }), partner, TODAY).forViewer).toEqual([]);

    for (const status of ["APPROVED", "SUPERSEDED"] as const) {
      expect(caseStatus(input({ draftPlan: { id: "p", number: 1, status } }), director, TODAY).next).toEqual(
        [],
      );
    }
  });

  it("lists active grants that end within 14 days; not later, withdrawn, open-ended or past ones", () => {
    const grant = (id: string, validUntil: string | null, isActive = true) => ({
      id,
      validUntil,
      isActive,
      grantee: { name: `Org ${id}` },
    });
    const status = caseStatus(
      input({
        grants: [
          grant("soon", "2026-03-15T12:00:00Z"),
          grant("edge", "2026-03-24T12:00:00Z"),
          grant("far", "2026-03-25T12:00:00Z"),
          grant("inactive", "2026-03-12T12:00:00Z", false),
          grant("open", null),
          grant("past", "2026-03-09T12:00:00Z"),
          grant("today", "2026-03-10T12:00:00Z"),
        ],
      }),
      partner,
      TODAY,
    );
    expect(status.next.map((l) => [l.title, l.detail, l.date])).toEqual([
      ["Toestemming voor Org today verloopt", "Vandaag de laatste dag", "2026-03-10"],
      ["Toestemming voor Org soon verloopt", "Nog 5 dagen", "2026-03-15"],
      ["Toestemming voor Org edge verloopt", "Nog 14 dagen", "2026-03-24"],
    ]);
  });

  it("gives the viewer its organisation's open actions, late first; the regiegesprek only to directors", () => {
    const actions = [
      action("w1", "2026-03-20"),
      action("s1", "2026-03-30", { ownerOrganisation: school }),
      action("s2", "2026-03-02", { ownerOrganisation: school }),
      action("s3", "2026-03-01", { ownerOrganisation: school, status: "DONE" }),
    ];
    const forSchool = caseStatus(input({ actions, nextCheckInOn: "2026-03-08" }), partner, TODAY);
    expect(forSchool.forViewer.map((l) => l.title)).toEqual(["Actie s2", "Actie s1"]);

    const forDirector = caseStatus(input({ actions, nextCheckInOn: "2026-03-08" }), director, TODAY);
    expect(forDirector.forViewer.map((l) => [l.title, l.detail])).toEqual([
      ["Regiegesprek", "2 dagen over tijd"],
      ["Actie w1", "Sanne Bakker (Wijkteam Noord)"],
    ]);
    const soon = caseStatus(input({ nextCheckInOn: "2026-03-17" }), director, TODAY);
    expect(soon.forViewer.map((l) => l.detail)).toEqual(["Over 7 dagen"]);
    expect(caseStatus(input({ nextCheckInOn: "2026-03-18" }), director, TODAY).forViewer).toEqual([]);
    expect(
      caseStatus(input({ actions }), { organisationId: null, isDirector: false }, TODAY).forViewer,
    ).toEqual([]);
  });

  it("words days in Dutch", () => {
    expect([days(0), days(1), days(2)]).toEqual(["0 dagen", "1 dag", "2 dagen"]);
  });
});

describe("offersExecution", () => {
  const approved = { approvedOn: "2026-03-01" };
  it("offers the move when a plan is approved, the case stands before execution and the API allows it", () => {
    for (const phase of ["SIGNAL", "INVENTORY", "ANALYSIS", "PLAN"] as const) {
      expect(offersExecution(phase, ["EXECUTION"], approved)).toBe(true);
    }
  });
  it("does not offer it without an approved plan, from execution on, or when the API does not allow it", () => {
    expect(offersExecution("PLAN", ["EXECUTION"], null)).toBe(false);
    expect(offersExecution("PLAN", ["EXECUTION"], { approvedOn: null })).toBe(false);
    expect(offersExecution("PLAN", ["ANALYSIS"], approved)).toBe(false);
    expect(offersExecution("PLAN", [], approved)).toBe(false);
    for (const phase of ["EXECUTION", "EVALUATION", "MONITORING", "CLOSED"] as const) {
      expect(offersExecution(phase, ["EXECUTION"], approved)).toBe(false);
    }
  });
});

function agreedPlan() {
  return { id: "p", number: 2, status: "AGREED" as const };
}
