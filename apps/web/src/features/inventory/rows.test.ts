import { describe, expect, it } from "vitest";
import { ownMessages } from "./rows";

describe("ownMessages", () => {
  it("keeps the messages of a row that none of its fields shows", () => {
    const all = ["Te veel rijen.", "Beschrijf de oorzaak.", "Ongeldig."];
    expect(ownMessages(all, ["Beschrijf de oorzaak."], [])).toEqual(["Te veel rijen.", "Ongeldig."]);
  });

  it("takes a message away once per field that shows it", () => {
    expect(
      ownMessages(["Vul dit in.", "Vul dit in.", "Vul dit in."], ["Vul dit in."], ["Vul dit in."]),
    ).toEqual(["Vul dit in."]);
  });

  it("keeps everything without parts (a row that is one field)", () => {
    expect(ownMessages(["Beschrijf het patroon."])).toEqual(["Beschrijf het patroon."]);
  });
});
