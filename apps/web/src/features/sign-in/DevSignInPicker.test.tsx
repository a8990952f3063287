import { MockedProvider } from "@apollo/client/testing/react";
import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { DevSignInPicker } from "./DevSignInPicker";
import { DevSignInOptionsDocument } from "../../generated/graphql";

// The sign-in picker groups the demo people by role, each with one line on what they see.

const option = (
  id: string,
  name: string,
  role: string,
  organisationName: string,
  organisationKind: string,
) => ({
  __typename: "DevSignInOption",
  professionalId: id,
  name,
  role,
  organisationName,
  organisationKind,
});

const OPTIONS = [
  option("1", "Inge Kuipers", "PRIVACY_OFFICER", "Gemeente Lindehaven", "GEMEENTE"),
  option("2", "Marloes de Wit", "PROCESREGISSEUR", "Gemeente Lindehaven", "GEMEENTE"),
  option("3", "Petra van Leeuwen", "PROFESSIONAL", "Basisschool De Regenboog", "SCHOOL"),
  option("4", "Sanne Bakker", "CASUSREGISSEUR", "Wijkteam Lindehaven-Noord", "WIJKTEAM"),
  option("5", "Thijs van Dam", "ADMIN", "Gemeente Lindehaven", "GEMEENTE"),
  option("6", "Jeroen Vermeulen", "PROFESSIONAL", "Huisartsenpraktijk Het Lindeplein", "HUISARTS"),
];

function renderPicker(options = OPTIONS) {
  return render(
    <MockedProvider
      mocks={[
        { request: { query: DevSignInOptionsDocument }, result: { data: { devSignInOptions: options } } },
      ]}
    >
      <MemoryRouter>
        <DevSignInPicker />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe("DevSignInPicker", () => {
  it("groups the people by role, professionals per kind of organisation", async () => {
    renderPicker();
    await screen.findByRole("button", { name: /Sanne Bakker/ });
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Casusregisseurs",
      "Procesregisseurs",
      "Professionals – School",
      "Professionals – Huisarts",
      "Privacyfunctionaris",
      "Functioneel beheerder",
    ]);
    const schools = screen.getByRole("region", { name: "Professionals – School" });
    expect(
      within(schools)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Aanmelden als Petra van Leeuwen"]);
    expect(schools.textContent).toContain("Basisschool De Regenboog");
  });

  it("keeps the button names and describes each with what the person sees", async () => {
    renderPicker();
    const sanne = await screen.findByRole("button", { name: /Sanne Bakker/ });
    expect(sanne.textContent).toBe("Aanmelden als Sanne Bakker");
    const describedBy = sanne.getAttribute("aria-describedby");
    expect(document.getElementById(describedBy!)?.textContent).toContain("hele casus");
    const petra = screen.getByRole("button", { name: "Aanmelden als Petra van Leeuwen" });
    expect(document.getElementById(petra.getAttribute("aria-describedby")!)?.textContent).toBe(
      "Ziet alleen wat de toestemming voor de school toelaat, en wat de eigen organisatie vastlegde.",
    );
    const inge = screen.getByRole("button", { name: "Aanmelden als Inge Kuipers" });
    expect(document.getElementById(inge.getAttribute("aria-describedby")!)?.textContent).toContain(
      "geen dossierinhoud",
    );
  });

  it("says so when there is nobody to sign in as", async () => {
    renderPicker([]);
    await screen.findByText("Er zijn geen professionals om als aan te melden.");
    expect(screen.queryByRole("button")).toBeNull();
  });
});
