import { MockedProvider } from "@apollo/client/testing/react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ViewerContext, type Viewer } from "../../viewer";
import type { CaseDetail } from "../cases/types";
import { PlanMeetingForm } from "./PlanMeetingForm";

// "Overleg plannen": the viewer chairs by default (or the other director), the team's professionals take
// part, and only family members who may attend are offered (children from 12).

const YOUSSEF = {
  id: "youssef",
  name: "Youssef El Amrani",
  organisation: { id: "org-wt", name: "Wijkteam Noord" },
};
const CASE = {
  id: "case-1",
  casusregisseur: YOUSSEF,
  procesregisseur: { id: "marloes", name: "Marloes de Wit", organisation: { id: "gem", name: "Gemeente" } },
  persons: [
    { id: "noor", fullName: "Noor Kok", householdRole: "CHILD", birthDate: "2012-01-01", age: 14 },
    { id: "sem", fullName: "Sem Kok", householdRole: "CHILD", birthDate: "2017-01-01", age: 9 },
    { id: "miriam", fullName: "Miriam Veenstra", householdRole: "PARENT", birthDate: "1985-01-01", age: 41 },
  ],
  team: [
    { id: "t0", organisation: YOUSSEF.organisation, professional: { id: "youssef", name: YOUSSEF.name } },
    {
      id: "t1",
      organisation: { id: "org-school", name: "Basisschool De Regenboog", kind: "SCHOOL" },
      professional: { id: "petra", name: "Petra van Leeuwen" },
    },
  ],
} as unknown as CaseDetail;
const VIEWER = { ...YOUSSEF, role: "CASUSREGISSEUR", can: [] } as unknown as Viewer;

describe("PlanMeetingForm", () => {
  it("offers the chair, the participants and the family members who may attend", async () => {
    const user = userEvent.setup();
    render(
      <MockedProvider mocks={[]}>
        <ViewerContext.Provider value={VIEWER}>
          <PlanMeetingForm caseData={CASE} onDone={vi.fn(async () => {})} onCancel={vi.fn()} />
        </ViewerContext.Provider>
      </MockedProvider>,
    );
    const form = screen.getByRole("form", { name: "Overleg plannen" });
    const chair = within(form).getByRole("combobox", { name: "Voorzitter" }) as HTMLSelectElement;
    expect(chair.value).toBe("youssef");
    expect([...chair.options].map((o) => o.textContent)).toEqual([
      "Youssef El Amrani (casusregisseur, Wijkteam Noord)",
      "Marloes de Wit (procesregisseur, Gemeente)",
    ]);
    // The chair is there anyway: not among the participants to choose.
    const participants = within(form).getByRole("group", { name: "Deelnemers" });
    expect(
      within(participants)
        .getAllByRole("checkbox")
        .map((c) => c.getAttribute("value")),
    ).toEqual(["petra"]);
    const family = within(form).getByRole("group", { name: /Gezinsleden aanwezig/ });
    expect(family.textContent).toContain("vanaf 12 jaar");
    expect(within(family).queryByRole("checkbox", { name: "Sem Kok" })).toBeNull();
    expect(within(family).getByRole("checkbox", { name: "Noor Kok" })).toBeTruthy();

    // Nothing is sent without a question and a participant.
    await user.click(within(form).getByRole("button", { name: "Overleg plannen" }));
    expect(within(form).getByText("Formuleer de vraag van het overleg.")).toBeTruthy();
    expect(within(form).getByText("Kies minstens één deelnemer.")).toBeTruthy();
  });
});
