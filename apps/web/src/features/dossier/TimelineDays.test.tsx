import { render, screen, within } from "@testing-library/react";
import { MockedProvider } from "@apollo/client/testing/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import type { DossierItemCard } from "./types";
import { TimelineDays } from "./TimelineDays";

function item(id: string, createdAt: string, fields: Record<string, unknown> = {}): DossierItemCard {
  return {
    __typename: "Observation",
    id,
    kind: "OBSERVATION",
    caseId: "c",
    domain: "EDUCATION",
    dataClass: "GENERAL",
    redacted: false,
    accessVia: "GRANT",
    legalBasis: "CONSENT",
    viewerCan: [],
    summary: null,
    version: 1,
    createdAt,
    updatedAt: createdAt,
    authorOrganisation: { __typename: "Organisation", id: "o", name: "Wijkteam Noord" },
    visibleTo: [],
    subjects: [],
    author: { __typename: "Professional", id: "p", name: "Sanne Bakker" },
    source: null,
    statements: [],
    observationKind: "FACT",
    statement: `Waarneming ${id}`,
    ...fields,
  } as unknown as DossierItemCard;
}

function show(items: DossierItemCard[]) {
  return render(
    <MockedProvider>
      <MemoryRouter>
        <TimelineDays items={items} persons={[]} onReload={async () => {}} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe("TimelineDays", () => {
  it("puts the items under one heading per day, newest first, the day in words", () => {
    show([
      item("a", "2026-12-03T15:00:00.000Z"),
      item("b", "2026-12-03T09:15:00.000Z"),
      item("c", "2026-11-28T10:00:00.000Z"),
    ]);
    const days = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(days).toEqual(["3 december 2026", "28 november 2026"]);
    const first = screen.getByRole("list", { name: "3 december 2026" });
    expect(
      within(first)
        .getAllByRole("heading", { level: 4 })
        .map((h) => h.textContent!.replace(/\s+/g, " ")),
    ).toEqual(["Feit: Waarneming a", "Feit: Waarneming b"]);
    const second = screen.getByRole("list", { name: "28 november 2026" });
    expect(within(second).getAllByRole("article")).toHaveLength(1);
    expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // The kicker shows the time; the day is in the heading.
    expect(within(first).getAllByText("10:15")).toHaveLength(1);
  });

  it("shows plan bookkeeping compact, a status change as a status change", () => {
    show([
      item("x", "2026-12-03T09:00:00.000Z", {
        __typename: "Action",
        kind: "ACTION",
        version: 2,
        actionTitle: "Bellen met de mentor",
        actionStatus: "DONE",
        statusChangedAt: "2026-12-04T13:30:00.000Z",
        updatedAt: "2026-12-04T13:30:00.000Z",
        dueOn: "2026-12-10",
      }),
    ]);
    const card = screen.getByRole("article", { name: "Bellen met de mentor" });
    expect(card.className).toContain("rh-item--compact");
    expect(card.textContent).toContain("Status gewijzigd naar ‘afgerond’ op 4 december 2026 om 14:30");
    expect(card.textContent).not.toContain("Gecorrigeerd");
    expect(within(card).queryByText("Gegevenscategorie")).toBeNull();
  });

  it("renders no list for no items", () => {
    show([]);
    expect(screen.queryByRole("heading")).toBeNull();
  });
});
