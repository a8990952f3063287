import { MockedProvider } from "@apollo/client/testing/react";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SessionEntry as Entry } from "./operations";
import { SessionEntry } from "./SessionEntry";

// One case on a table's agenda as a table member sees it: the preparation summary while open, "Niet (meer) in
// te zien" after, the outcome once decided, and the chair's form only with DECIDE.

const open: Entry = {
  __typename: "AgendaEntry",
  id: "e1",
  caseId: "c1",
  caseReference: "LH-2026-0007",
  question: "Volstaat vrijwillige hulp?",
  preparationSummary: "Moeder werkt wisselend mee.",
  placedAt: "2026-12-05T09:00:00Z",
  decidedAt: null,
  outcome: null,
  decision: null,
  carriedBy: null,
  nextReviewOn: null,
  viewerCan: ["READ_PREPARATION"],
} as Entry;

const show = (entry: Entry) =>
  render(
    <MockedProvider mocks={[]}>
      <SessionEntry entry={entry} onChanged={async () => {}} />
    </MockedProvider>,
  );

describe("SessionEntry", () => {
  it("shows the question and the preparation summary while the member may read it, and no form", () => {
    show(open);
    const card = screen.getByRole("article", { name: "LH-2026-0007" });
    expect(card.textContent).toContain("Volstaat vrijwillige hulp?");
    expect(card.textContent).toContain("Moeder werkt wisselend mee.");
    expect(within(card).queryByRole("form")).toBeNull();
  });

  it("says the summary is no longer readable after the decision, and shows the outcome in Dutch", () => {
    show({
      ...open,
      preparationSummary: null,
      decidedAt: "2026-12-07T10:00:00Z",
      outcome: "RAAD_INVESTIGATION",
      decision: "Verzoek tot onderzoek.",
      carriedBy: { __typename: "Professional", id: "p1", name: "Kevin Hendriks" },
      nextReviewOn: "2027-03-01",
      viewerCan: [],
    } as Entry);
    const card = screen.getByRole("article", { name: "LH-2026-0007" });
    expect(card.textContent).toContain("Niet (meer) in te zien");
    expect(card.textContent).not.toContain("Moeder werkt wisselend mee.");
    expect(card.textContent).toContain("Verzoek tot onderzoek Raad voor de Kinderbescherming");
    expect(card.textContent).toContain("Kevin Hendriks");
  });

  it("offers the chair the outcome form while the case is open", () => {
    show({ ...open, viewerCan: ["READ_PREPARATION", "DECIDE"] } as Entry);
    const card = screen.getByRole("article", { name: "LH-2026-0007" });
    expect(within(card).getByRole("form")).toBeTruthy();
  });
});
