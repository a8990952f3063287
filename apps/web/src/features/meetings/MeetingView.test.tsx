import { MockedProvider } from "@apollo/client/testing/react";
import type { MockLink } from "@apollo/client/testing";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";
import type { MeetingAction, MeetingPhase } from "../../generated/graphql";
import type { CaseDetail } from "../cases/types";
import { MeetingView } from "./MeetingView";
import { type MeetingDetail } from "./types";
import { MeetingPlanGoalsDocument } from "../../generated/graphql";

// A meeting's page by what the viewer may do: the chair moves the phase (forward and back) and is warned about
// contributions during image forming; a participant contributes; in the decision phase the chair records the
// decision, with actions on goals of the plan.

const CASE = {
  id: "case-1",
  title: "Gezin Veenstra",
  persons: [
    { id: "sem", fullName: "Sem Kok", householdRole: "CHILD", birthDate: "2017-01-01", age: 9 },
    { id: "miriam", fullName: "Miriam Veenstra", householdRole: "PARENT", birthDate: "1985-01-01", age: 41 },
  ],
  team: [
    {
      id: "t1",
      organisation: { id: "org-school", name: "Basisschool De Regenboog", kind: "SCHOOL" },
      professional: { id: "petra", name: "Petra van Leeuwen" },
    },
  ],
} as unknown as CaseDetail;

function meeting(phase: MeetingPhase, viewerCan: MeetingAction[], moves: MeetingPhase[]): MeetingDetail {
  return {
    id: "m1",
    caseId: "case-1",
    question: "Hoe krijgen Noor en Sem rust?",
    heldOn: "2026-03-11",
    phase,
    version: 3,
    decidedAt: null,
    allowedPhaseMoves: moves,
    viewerCan,
    chair: {
      id: "youssef",
      name: "Youssef El Amrani",
      organisation: { id: "org-wt", name: "Wijkteam Noord" },
    },
    participants: [
      {
        professional: {
          id: "petra",
          name: "Petra van Leeuwen",
          organisation: { id: "org-school", name: "Basisschool De Regenboog" },
        },
        person: null,
      },
      { professional: null, person: { id: "miriam", fullName: "Miriam Veenstra" } },
    ],
    summary: { information: 0, judgements: 0, proposals: 1, premature: 1 },
    contributions: [],
    decision: null,
  };
}

const GOALS: MockLink.MockedResponse = {
  request: { query: MeetingPlanGoalsDocument, variables: { caseId: "case-1" } },
  result: {
    data: {
      case: {
        __typename: "Case",
        id: "case-1",
        currentPlan: null,
        draftPlan: {
          __typename: "Plan",
          id: "plan-1",
          number: 1,
          goals: [
            {
              __typename: "Goal",
              id: "goal-1",
              redacted: false,
              domain: "EDUCATION",
              familyWording: "Sem is uitgerust op school",
              professionalWording: null,
            },
          ],
        },
      },
    },
  },
};

function setup(detail: MeetingDetail) {
  render(
    <MockedProvider mocks={[GOALS]}>
      <MemoryRouter>
        <MeetingView meeting={detail} caseData={CASE} onChanged={vi.fn(async () => {})} />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe("MeetingView", () => {
  it("gives the chair the phase moves forward and back, and the warning", () => {
    setup(meeting("IMAGE_FORMING", ["CONTRIBUTE", "CHAIR"], ["JUDGEMENT", "QUESTION"]));
    const buttons = within(screen.getByRole("region", { name: "Fase" })).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual(["Naar oordeelsvorming", "Terug naar vraagstelling"]);
    expect(screen.getByText("Huidige fase:").textContent).toContain("Beeldvorming");
    expect(screen.getByTestId("premature-warning")).toBeTruthy();
    expect(screen.getByRole("form", { name: "Bijdrage toevoegen" })).toBeTruthy();
    expect(screen.queryByRole("form", { name: "Besluit vastleggen" })).toBeNull();
  });

  it("gives a participant the contribution form, without moves or warning", () => {
    setup(meeting("IMAGE_FORMING", ["CONTRIBUTE"], []));
    expect(within(screen.getByRole("region", { name: "Fase" })).queryAllByRole("button")).toHaveLength(0);
    expect(screen.queryByTestId("premature-warning")).toBeNull();
    const form = screen.getByRole("form", { name: "Bijdrage toevoegen" });
    expect(within(form).getByRole("radio", { name: "Informatie" })).toHaveProperty("checked", true);
    // "Over wie": the case's persons.
    expect(within(form).getByRole("group", { name: "Over wie" }).textContent).toContain("Sem Kok");
  });

  it("lets the chair record the decision with everyone present and an action on a goal", async () => {
    const user = userEvent.setup();
    setup(meeting("DECISION", ["CONTRIBUTE", "CHAIR"], ["JUDGEMENT"]));
    const form = screen.getByRole("form", { name: "Besluit vastleggen" });
    const present = within(form).getByRole("group", { name: "Aanwezig" });
    expect(within(present).getByRole("checkbox", { name: /Youssef El Amrani/ })).toHaveProperty(
      "checked",
      true,
    );
    expect(within(present).getByRole("checkbox", { name: /Petra van Leeuwen/ })).toHaveProperty(
      "checked",
      true,
    );
    await user.click(await within(form).findByRole("button", { name: "Actie toevoegen" }));
    const action = within(form).getByRole("group", { name: "Actie 1" });
    const goal = within(action).getByRole("combobox", { name: "Doel" }) as HTMLSelectElement;
    // The only goal is chosen already.
    expect(goal.value).toBe("goal-1");
    expect(goal.textContent).toContain("Sem is uitgerust op school (Onderwijs) – plan in voorbereiding");
    expect(within(action).getByRole("combobox", { name: "Uitvoerende organisatie" }).textContent).toContain(
      "Basisschool De Regenboog",
    );

    // Nothing is sent without a decision and a title; the messages are at the fields.
    await user.click(within(form).getByRole("button", { name: "Besluit vastleggen" }));
    expect(within(form).getByText("Beschrijf het besluit.")).toBeTruthy();
    expect(within(form).getByText("Beschrijf wat er moet gebeuren.")).toBeTruthy();
    expect(within(form).getByText("Kies een organisatie uit het team.")).toBeTruthy();

    await user.click(within(action).getByRole("button", { name: "Actie verwijderen" }));
    expect(within(form).queryByRole("group", { name: "Actie 1" })).toBeNull();
  });
});
