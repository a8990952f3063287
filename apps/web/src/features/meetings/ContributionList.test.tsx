import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ContributionList } from "./ContributionList";
import { MeetingSummary } from "./MeetingSummary";
import type { MeetingContributionRow } from "./types";

// Contributions typed in words, with their organisation and phase; a judgement or proposal made while the
// picture was still being formed carries the flag "Voorstel tijdens beeldvorming" as a badge and a sentence,
// and the chair is warned in the summary.

function contribution(
  id: string,
  part: Partial<MeetingContributionRow> & Pick<MeetingContributionRow, "contributionKind">,
): MeetingContributionRow {
  return {
    id,
    redacted: false,
    domain: "EDUCATION",
    dataClass: "GENERAL",
    createdAt: "2026-03-11T09:15:00.000Z",
    body: `Tekst ${id}`,
    phase: "IMAGE_FORMING",
    premature: false,
    authorOrganisation: { id: "org-school", name: "Basisschool De Regenboog" },
    author: { id: "petra", name: "Petra van Leeuwen" },
    subjects: [{ id: "sem", fullName: "Sem Kok" }],
    ...part,
  };
}

const INFORMATION = contribution("c1", {
  contributionKind: "INFORMATION",
  body: "Sem is op maandag na het wisselen vaak moe in de klas.",
});
const PROPOSAL = contribution("c2", {
  contributionKind: "PROPOSAL",
  body: "Wisseldag naar vrijdag.",
  premature: true,
  authorOrganisation: { id: "org-wijkteam", name: "Wijkteam Lindehaven-Noord" },
  author: { id: "youssef", name: "Youssef El Amrani" },
});

describe("ContributionList", () => {
  it("shows kind, author organisation and phase in words; only a premature one is flagged", () => {
    render(<ContributionList contributions={[INFORMATION, PROPOSAL]} />);
    const items = within(screen.getByRole("list", { name: "Bijdragen" })).getAllByRole("article");
    expect(items).toHaveLength(2);

    const [info, proposal] = items as [HTMLElement, HTMLElement];
    expect(info.textContent).toContain("Informatie");
    expect(info.textContent).toContain("Basisschool De Regenboog");
    expect(info.textContent).toContain("tijdens beeldvorming");
    expect(info.textContent).toContain(INFORMATION.body);
    expect(within(info).queryByText("Voorstel tijdens beeldvorming")).toBeNull();

    expect(proposal.textContent).toContain("Voorstel");
    expect(proposal.textContent).toContain("Wijkteam Lindehaven-Noord");
    expect(within(proposal).getByText("Voorstel tijdens beeldvorming")).toBeTruthy();
    expect(proposal.textContent).toContain("Dit voorstel kwam voordat het beeld compleet was.");
  });

  it("says when a contribution is not shared with the viewer, and when there are none", () => {
    const { unmount } = render(
      <ContributionList
        contributions={[
          contribution("c3", { contributionKind: null, redacted: true, body: null, premature: null }),
        ]}
      />,
    );
    expect(screen.getByText("Deze bijdrage is niet met u gedeeld.")).toBeTruthy();
    expect(screen.queryByText("Voorstel tijdens beeldvorming")).toBeNull();
    unmount();
    render(<ContributionList contributions={[]} />);
    expect(screen.getByText("Er zijn nog geen bijdragen die u mag zien.")).toBeTruthy();
  });
});

describe("MeetingSummary", () => {
  const summary = { information: 1, judgements: 0, proposals: 1, premature: 1 };

  it("warns the chair about contributions during image forming", () => {
    render(<MeetingSummary summary={summary} chair />);
    expect(screen.getByTestId("premature-warning").textContent).toBe(
      "Let op: 1 voorstel of oordeel tijdens de beeldvorming: eerst het beeld compleet.",
    );
  });

  it("shows the counts without the warning to a participant", () => {
    render(<MeetingSummary summary={summary} chair={false} />);
    expect(screen.queryByTestId("premature-warning")).toBeNull();
    expect(screen.getByTestId("meeting-summary").textContent).toContain("Voorstellen1");
  });
});
