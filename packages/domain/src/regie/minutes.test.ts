import { describe, expect, it } from "vitest";
import { meetingMinutesText, type MinutesInput } from "./minutes";

const input: MinutesInput = {
  caseTitle: "Gezin Veenstra",
  question: "Hoe krijgen de kinderen rust?",
  heldOn: "2026-12-01",
  chair: "Youssef El Amrani",
  professionalsPresent: ["Petra van Leeuwen (De Regenboog)"],
  familyPresent: ["Miriam"],
  contributions: [
    {
      kind: "INFORMATION",
      body: "Sem is moe op maandag.",
      organisation: "De Regenboog",
      phase: "IMAGE_FORMING",
      premature: false,
    },
    {
      kind: "PROPOSAL",
      body: "Wisseldag naar vrijdag.",
      organisation: "Wijkteam",
      phase: "IMAGE_FORMING",
      premature: true,
    },
  ],
  decision: {
    text: "Wisseldag naar vrijdag.",
    actions: [{ title: "Gesprek plannen", who: "De Regenboog", dueOn: "2026-12-20" }],
  },
  hiddenContributions: 1,
};
const now = new Date("2026-12-07T10:00:00Z");
const section = (text: ReturnType<typeof meetingMinutesText>, key: string) =>
  text.sections.find((s) => s.key === key)!.paragraphs;

describe("meeting minutes", () => {
  it("for the family: plain words, what was said because they were there, what was agreed", () => {
    const text = meetingMinutesText(input, "FAMILY", now);
    expect(text.title).toBe("Verslag van het overleg");
    expect(section(text, "said")).toEqual([
      "De Regenboog: Sem is moe op maandag.",
      "Wijkteam: Wisseldag naar vrijdag.",
    ]);
    expect(section(text, "decision")).toEqual([
      "Wisseldag naar vrijdag.",
      "De Regenboog: Gesprek plannen (klaar op 20 december 2026).",
    ]);
    expect(JSON.stringify(text)).not.toContain("beeldvorming");
  });

  it("for the family who were not there: not what was said, only what was agreed", () => {
    const text = meetingMinutesText({ ...input, familyPresent: [] }, "FAMILY", now);
    expect(section(text, "said")).toEqual([
      "U was niet bij het overleg. Wat er is gezegd, bespreekt Youssef El Amrani met u.",
    ]);
    expect(JSON.stringify(text)).not.toContain("Sem is moe");
  });

  it("for the team: contributions by phase with kind and flag, what lies outside consent counted", () => {
    const text = meetingMinutesText(input, "TEAM", now);
    expect(section(text, "said")).toEqual([
      "Beeldvorming:",
      "Informatie (De Regenboog): Sem is moe op maandag.",
      "Voorstel (Wijkteam) – voorstel tijdens beeldvorming: Wisseldag naar vrijdag.",
      "1 voorstel(len) of oordeel/oordelen tijdens de beeldvorming.",
    ]);
    expect(text.intro).toContain("1 bijdrage valt buiten uw toestemming en staat niet in dit verslag.");
    expect(text.notice).toEqual([]);
    expect(meetingMinutesText({ ...input, decision: null }, "TEAM", now).notice).toHaveLength(1);
  });
});
