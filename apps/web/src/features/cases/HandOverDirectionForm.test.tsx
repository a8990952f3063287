import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { CaseDetail } from "./types";
import { TeamSection } from "./TeamSection";
import { ProfessionalsDocument, UpdateCaseDetailsDocument } from "../../generated/graphql";

// "Regie overdragen" on the team part of the case overview: the case's directors choose a new casusregisseur
// and/or procesregisseur; the case reloads and the team section confirms who directs now.

const WIJKTEAM = { __typename: "Organisation" as const, id: "org-w", name: "Wijkteam Noord" };
const GEMEENTE = { __typename: "Organisation" as const, id: "org-g", name: "Gemeente Lindehaven" };

const professional = (id: string, name: string, role: string, organisation = WIJKTEAM) => ({
  __typename: "Professional" as const,
  id,
  name,
  role,
  organisation,
});

function caseData(framework: "VOLUNTARY" | "COMPULSORY" = "VOLUNTARY"): CaseDetail {
  return {
    __typename: "Case",
    id: "case-1",
    version: 7,
    framework,
    casusregisseur: { __typename: "Professional", id: "sanne", name: "Sanne Bakker", organisation: WIJKTEAM },
    procesregisseur: null,
    team: [],
  } as unknown as CaseDetail;
}

function directors(role: "CASUSREGISSEUR" | "PROCESREGISSEUR"): MockLink.MockedResponse {
  const list =
    role === "CASUSREGISSEUR"
      ? [professional("sanne", "Sanne Bakker", role), professional("piet", "Piet Smit", role)]
      : [professional("marloes", "Marloes de Wit", role, GEMEENTE)];
  return {
    request: { query: ProfessionalsDocument, variables: { role } },
    result: { data: { professionals: list } },
  };
}

function updated(input: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: {
      query: UpdateCaseDetailsDocument,
      variables: { input: { id: "case-1", version: 7, ...input } },
    },
    result: {
      data: {
        updateCase: {
          __typename: "Case",
          id: "case-1",
          title: "Gezin Koopmans",
          municipality: "Lindehaven",
          version: 8,
        },
      },
    },
  };
}

function setup(mocks: MockLink.MockedResponse[], data = caseData()) {
  const onChanged = vi.fn(async () => {});
  render(
    <MockedProvider mocks={mocks}>
      <TeamSection caseData={data} canManage={false} canHandOver onChanged={onChanged} />
    </MockedProvider>,
  );
  return { onChanged, user: userEvent.setup() };
}

async function openForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole("button", { name: "Regie overdragen", expanded: false }));
  return screen.getByRole("form", { name: "Regie overdragen" });
}

describe("Regie overdragen", () => {
  it("hands the case over to another casusregisseur and says who directs now", async () => {
    const { onChanged, user } = setup([
      directors("CASUSREGISSEUR"),
      directors("PROCESREGISSEUR"),
      updated({ casusregisseurId: "piet" }),
    ]);
    const form = await openForm(user);
    const casus = within(form).getByRole("combobox", { name: "Nieuwe casusregisseur" });
    expect(within(form).getByText("Nu: Sanne Bakker (Wijkteam Noord).")).toBeTruthy();
    await within(form).findByRole("option", { name: "Piet Smit (Wijkteam Noord)" });
    // The current casusregisseur is no choice.
    expect(within(form).queryByRole("option", { name: /Sanne Bakker/ })).toBeNull();
    await user.selectOptions(casus, "piet");
    await user.click(within(form).getByRole("button", { name: "Regie overdragen" }));
    expect(
      await screen.findByText("De regie is overgedragen: Piet Smit (Wijkteam Noord) is nu casusregisseur."),
    ).toBeTruthy();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("form", { name: "Regie overdragen" })).toBeNull();
  });

  it("asks for a choice before sending anything", async () => {
    const { onChanged, user } = setup([directors("CASUSREGISSEUR"), directors("PROCESREGISSEUR")]);
    const form = await openForm(user);
    await user.click(within(form).getByRole("button", { name: "Regie overdragen" }));
    const casus = within(form).getByRole("combobox", { name: "Nieuwe casusregisseur" });
    await waitFor(() => expect(casus.getAttribute("aria-invalid")).toBe("true"));
    expect(within(form).getByText("Kies een nieuwe casusregisseur of procesregisseur.")).toBeTruthy();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it("offers no procesregisseur in the compulsory framework", async () => {
    const { user } = setup([directors("CASUSREGISSEUR")], caseData("COMPULSORY"));
    const form = await openForm(user);
    expect(within(form).getByRole("combobox", { name: "Nieuwe casusregisseur" })).toBeTruthy();
    expect(within(form).queryByRole("combobox", { name: "Nieuwe procesregisseur" })).toBeNull();
  });
});
