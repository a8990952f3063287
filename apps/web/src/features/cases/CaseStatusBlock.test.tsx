import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CaseStatusBlock } from "./CaseStatusBlock";
import { caseStatus } from "./status";

const TODAY = "2026-03-10";
const school = { id: "org-s", name: "Lindecollege" };

const status = caseStatus(
  {
    actions: [
      {
        id: "a",
        title: "Gesprek met mentor",
        dueOn: "2026-03-07",
        status: "OPEN",
        ownerOrganisation: school,
        ownerProfessional: { name: "Ahmed Bouzid" },
      },
      {
        id: "b",
        title: "Rooster aanpassen",
        dueOn: "2026-03-12",
        status: "IN_PROGRESS",
        ownerOrganisation: school,
      },
    ],
    evaluations: [],
    evaluationSchedule: { nextDueOn: "2026-04-02" },
    draftPlan: { id: "p", number: 2, status: "DRAFT" },
    grants: [],
  },
  { organisationId: school.id, isDirector: false },
  TODAY,
);

function part(name: RegExp) {
  return screen.getByRole("region", { name });
}

describe("CaseStatusBlock", () => {
  it("shows what is late with owner and days late, what comes next, and what waits for the viewer", () => {
    render(<CaseStatusBlock status={status} organisationName="Lindecollege" />);
    expect(screen.getByRole("region", { name: "Stand van zaken" })).toBeTruthy();

    const late = within(part(/^Te laat/)).getAllByRole("listitem");
    expect(late).toHaveLength(1);
    expect(late[0]!.textContent).toContain("Gesprek met mentor");
    expect(late[0]!.textContent).toContain("Ahmed Bouzid (Lindecollege) · 3 dagen te laat");
    expect(late[0]!.querySelector("time")?.getAttribute("dateTime")).toBe("2026-03-07");

    const next = within(part(/^Komt eraan/))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(next).toHaveLength(3);
    expect(next[0]).toContain("Rooster aanpassen");
    expect(next[1]).toContain("Evaluatie van het gezinsplan");
    expect(next[2]).toContain("Gezinsplan versie 2Wacht op instemming van het gezin");

    const mine = part(/^Wacht op u \(Lindecollege\)/);
    const titles = within(mine)
      .getAllByRole("listitem")
      .map((li) => li.querySelector(".rh-case-status__title")?.textContent);
    expect(titles).toEqual(["Gesprek met mentor", "Rooster aanpassen"]);
  });

  it("says so when nothing is late, planned or waiting", () => {
    render(<CaseStatusBlock status={{ late: [], next: [], forViewer: [] }} organisationName={null} />);
    expect(part(/^Te laat/).textContent).toContain("Niets is te laat.");
    expect(part(/^Komt eraan/).textContent).toContain("Niets gepland in de komende twee weken.");
    expect(part(/^Wacht op u$/).textContent).toContain("Er wacht niets op u.");
    expect(screen.queryAllByRole("listitem")).toHaveLength(0);
  });
});
