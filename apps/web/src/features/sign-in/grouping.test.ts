import { describe, expect, it } from "vitest";
import type { OrganisationKind, ProfessionalRole } from "../../generated/graphql";
import { groupByRole, whatTheySee, type SignInPerson } from "./grouping";

let next = 0;
function person(
  name: string,
  role: ProfessionalRole,
  kind: OrganisationKind,
  organisationName = `${kind} org`,
) {
  next += 1;
  return {
    professionalId: `p${next}`,
    name,
    role,
    organisationName,
    organisationKind: kind,
  } satisfies SignInPerson;
}

const PEOPLE = [
  person("Thijs van Dam", "ADMIN", "GEMEENTE"),
  person("Petra van Leeuwen", "PROFESSIONAL", "SCHOOL", "Basisschool De Regenboog"),
  person("Marloes de Wit", "PROCESREGISSEUR", "GEMEENTE"),
  person("Youssef El Amrani", "CASUSREGISSEUR", "WIJKTEAM"),
  person("Inge Kuipers", "PRIVACY_OFFICER", "GEMEENTE"),
  person("Ahmed Bouzid", "PROFESSIONAL", "SCHOOL", "Lindecollege (vmbo)"),
  person("Lotte Dekker", "PROFESSIONAL", "WIJKTEAM"),
  person("Anouk Mulder", "CASUSREGISSEUR", "JEUGDBESCHERMING"),
  person("Esther Koster", "PROFESSIONAL", "VEILIG_THUIS"),
  person("Sanne Bakker", "CASUSREGISSEUR", "WIJKTEAM"),
];

describe("groupByRole", () => {
  it("orders the groups: casusregisseurs, procesregisseurs, professionals per kind of organisation, then staff", () => {
    const groups = groupByRole(PEOPLE);
    expect(groups.map((g) => g.title)).toEqual([
      "Casusregisseurs",
      "Procesregisseurs",
      "Professionals – Wijkteam",
      "Professionals – Veilig Thuis",
      "Professionals – School",
      "Privacyfunctionaris",
      "Functioneel beheerder",
    ]);
    expect(groups.map((g) => g.key)).toEqual([
      "CASUSREGISSEUR",
      "PROCESREGISSEUR",
      "PROFESSIONAL:WIJKTEAM",
      "PROFESSIONAL:VEILIG_THUIS",
      "PROFESSIONAL:SCHOOL",
      "PRIVACY_OFFICER",
      "ADMIN",
    ]);
  });

  it("puts everyone in exactly one group, by name within a group, each with a line on what they see", () => {
    const groups = groupByRole(PEOPLE);
    expect(groups.flatMap((g) => g.people).length).toBe(PEOPLE.length);
    expect(groups[0]!.people.map((p) => p.person.name)).toEqual([
      "Anouk Mulder",
      "Sanne Bakker",
      "Youssef El Amrani",
    ]);
    const schools = groups.find((g) => g.key === "PROFESSIONAL:SCHOOL")!;
    expect(schools.people.map((p) => p.person.name)).toEqual(["Ahmed Bouzid", "Petra van Leeuwen"]);
    for (const group of groups) {
      expect(group.description).not.toBe("");
      for (const { sees } of group.people) expect(sees).toMatch(/^Ziet /);
    }
  });

  it("gives no groups for nobody", () => {
    expect(groupByRole([])).toEqual([]);
  });
});

describe("whatTheySee", () => {
  it("tells the consent rule in words, per role and kind of organisation", () => {
    expect(whatTheySee("CASUSREGISSEUR", "WIJKTEAM")).toContain("hele casus");
    expect(whatTheySee("PROCESREGISSEUR", "GEMEENTE")).toContain("bewaakt");
    expect(whatTheySee("PROFESSIONAL", "SCHOOL")).toBe(
      "Ziet alleen wat de toestemming voor de school toelaat, en wat de eigen organisatie vastlegde.",
    );
    expect(whatTheySee("PROFESSIONAL", "VEILIG_THUIS")).toContain("de toestemming voor Veilig Thuis");
    expect(whatTheySee("PROFESSIONAL", "HUISARTS")).toContain("de toestemming voor de huisarts");
    expect(whatTheySee("PROFESSIONAL", "WIJKTEAM")).toContain("hele casus als het wijkteam de regie heeft");
    expect(whatTheySee("PRIVACY_OFFICER", "GEMEENTE")).toContain("verwerkingslog");
    expect(whatTheySee("ADMIN", "GEMEENTE")).toContain("koppelingen");
    expect(whatTheySee("PROFESSIONAL", "WONINGCORPORATIE")).toContain(
      "de toestemming voor de woningcorporatie",
    );
    expect(whatTheySee("PROFESSIONAL", "JEUGDBESCHERMING")).toContain(
      "als de jeugdbescherming de regie heeft",
    );
  });
});
