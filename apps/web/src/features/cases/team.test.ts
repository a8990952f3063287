import { describe, expect, it } from "vitest";
import { handOverNotice, memberName, organisationOptions } from "./team";

describe("team helpers", () => {
  it("names a member by professional and organisation, or the organisation alone", () => {
    const organisation = { id: "o1", name: "Lindecollege", kind: "SCHOOL" as const };
    expect(memberName({ organisation, professional: { id: "p1", name: "Ahmed Bouzid" } })).toBe(
      "Ahmed Bouzid (Lindecollege)",
    );
    expect(memberName({ organisation, professional: null })).toBe("Lindecollege");
  });

  it("sorts organisations by Dutch name and labels them with their kind", () => {
    const options = organisationOptions([
      { id: "b", name: "Wijkteam Noord", kind: "WIJKTEAM" },
      { id: "a", name: "Lindecollege", kind: "SCHOOL" },
    ]);
    expect(options.map((o) => o.value)).toEqual(["a", "b"]);
    expect(options[0]?.label).toBe("Lindecollege (School)");
  });
});

describe("handOverNotice", () => {
  it("names the new casusregisseur, procesregisseur or both", () => {
    expect(handOverNotice({ casusregisseur: "Piet Smit (Wijkteam Zuid)" })).toBe(
      "De regie is overgedragen: Piet Smit (Wijkteam Zuid) is nu casusregisseur.",
    );
    expect(handOverNotice({ procesregisseur: "Marloes de Wit (Gemeente)" })).toBe(
      "De regie is overgedragen: Marloes de Wit (Gemeente) is nu procesregisseur.",
    );
    expect(handOverNotice({ casusregisseur: "Piet Smit", procesregisseur: "Marloes de Wit" })).toBe(
      "De regie is overgedragen: Piet Smit is nu casusregisseur en Marloes de Wit procesregisseur.",
    );
  });
});
