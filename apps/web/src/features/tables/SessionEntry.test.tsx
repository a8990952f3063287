import { MockedProvider } from "@apollo/client/testing/react";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { SessionEntry as Entry } from "./types";
import { SessionEntry } from "./SessionEntry";

// One case on a table's agenda as a table member sees it: the preparation summary while open, "Niet (meer) in
// te zien" after, the outcome once decided; the chair moves the phases and gets the form only in DECISION.

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
  frameworkDecidedTo: null,
  present: [],
  phase: "IMAGE_FORMING",
  allowedPhaseMoves: [],
  viewerCan: ["READ_PREPARATION"],
} as Entry;

const show = (entry: Entry, current = false) =>
  render(
    <MockedProvider mocks={[]}>
      <SessionEntry entry={entry} members={[]} current={current} onChanged={async () => {}} />
    </MockedProvider>,
  );

describe("SessionEntry", () => {
  it("shows the question and the preparation summary while the member may read it, and no form", () => {
    show(open);
    const card = screen.getByRole("article", { name: "LH-2026-0007" });
    expect(card.textContent).toContain("Volstaat vrijwillige hulp?");
    expect(card.textContent).toContain("Moeder werkt wisselend mee.");
    expect(within(card).queryByRole("form")).toBeNull();
    expect(within(card).queryByRole("button")).toBeNull();
    const current = within(card).getByRole("listitem", { current: "step" });
    expect(current.textContent).toContain("Beeldvorming");
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
      frameworkDecidedTo: "COMPULSORY",
      present: [
        { id: "p2", name: "Ruud Verhoeven" },
        { id: "p3", name: "Mark Dijkstra" },
      ],
      phase: "DECISION",
      viewerCan: [],
    } as Entry);
    const card = screen.getByRole("article", { name: "LH-2026-0007" });
    expect(card.textContent).toContain("Niet (meer) in te zien");
    expect(card.textContent).not.toContain("Moeder werkt wisselend mee.");
    expect(card.textContent).toContain("Verzoek tot onderzoek Raad voor de Kinderbescherming");
    expect(card.textContent).toContain("Kevin Hendriks");
    expect(card.textContent).toContain("Gedwongen kader");
    expect(card.textContent).toContain("Ruud Verhoeven, Mark Dijkstra");
  });

  it("gives the chair the phase moves, and the outcome form only in the decision phase", () => {
    const chair = { ...open, viewerCan: ["READ_PREPARATION", "DECIDE"] } as Entry;
    const { unmount } = show({ ...chair, allowedPhaseMoves: ["JUDGEMENT", "QUESTION"] } as Entry);
    let card = screen.getByRole("article", { name: "LH-2026-0007" });
    expect(
      within(card)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Naar oordeelsvorming", "Terug naar vraagstelling"]);
    expect(within(card).queryByRole("form")).toBeNull();
    expect(card.textContent).toContain("de uitkomst legt u vast in de fase besluitvorming");
    unmount();
    show({ ...chair, phase: "DECISION", allowedPhaseMoves: ["JUDGEMENT"] } as Entry);
    card = screen.getByRole("article", { name: "LH-2026-0007" });
    expect(within(card).getByRole("form")).toBeTruthy();
  });

  it("marks the case the session is at", () => {
    const { unmount } = show(open, true);
    expect(screen.getByRole("article", { name: "LH-2026-0007" }).textContent).toContain("Nu aan de orde");
    unmount();
    show(open);
    expect(screen.getByRole("article", { name: "LH-2026-0007" }).textContent).not.toContain("Nu aan de orde");
  });
});
