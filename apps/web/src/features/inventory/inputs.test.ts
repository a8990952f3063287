import { describe, expect, it } from "vitest";
import {
  assessmentProblems,
  effectiveRisk,
  networkMemberInput,
  networkMemberProblems,
  problemInput,
  problemProblems,
  safetyInput,
  safetyProblems,
} from "./inputs";
import type { NetworkMemberValues, ProblemValues, SafetyValues } from "./inputs";

const TODAY = "2026-03-10";

describe("assessmentProblems", () => {
  it("asks for person, domain and score, and a date that is not in the future", () => {
    const values = {
      personId: "",
      domain: "" as const,
      dataClass: "GENERAL" as const,
      score: "",
      assessedOn: "2026-03-11",
      explanation: "",
    };
    expect(assessmentProblems(values, TODAY)).toEqual({
      personId: "Kies wie u scoort.",
      domain: "Kies een leefgebied.",
      score: "Kies een score van 1 tot en met 5.",
      assessedOn: "De datum ligt in de toekomst.",
    });
    expect(assessmentProblems({ ...values, assessedOn: "" }, TODAY)["assessedOn"]).toBe(
      "Vul de datum van de inschatting in.",
    );
  });
});

describe("safety assessment", () => {
  const values: SafetyValues = {
    subjectPersonIds: ["p1"],
    score: "2",
    riskLevel: "",
    acute: true,
    instrument: "  ",
    assessedOn: TODAY,
    conclusion: " Niet veilig. ",
  };

  it("is high risk when acute, whatever was chosen", () => {
    expect(effectiveRisk({ acute: true, riskLevel: "LOW" })).toBe("HIGH");
    expect(effectiveRisk({ acute: false, riskLevel: "" })).toBe("");
  });

  it("needs a risk level, and a danger and a safety goal in every row", () => {
    expect(
      safetyProblems({ ...values, acute: false }, [{ danger: "Ruzie", safetyGoal: " " }], TODAY),
    ).toEqual({
      riskLevel: "Kies een risiconiveau.",
      "dangerStatements.0.safetyGoal": "Koppel een veiligheidsdoel aan dit gevaar.",
    });
  });

  it("sends trimmed text, and empty optional text as null", () => {
    const input = safetyInput("c1", values, [{ danger: " Ruzie ", safetyGoal: "Oma " }], "HIGH");
    expect(input).toEqual({
      caseId: "c1",
      subjectPersonIds: ["p1"],
      score: 2,
      riskLevel: "HIGH",
      acute: true,
      dangerStatements: [{ danger: "Ruzie", safetyGoal: "Oma" }],
      instrument: null,
      assessedOn: TODAY,
      conclusion: "Niet veilig.",
    });
  });
});

describe("network member", () => {
  const values: NetworkMemberValues = {
    subjectPersonIds: [],
    name: " Oma Ria ",
    relation: "",
    support: "Haalt Kim op",
    contact: "",
    relationshipQuality: "UNKNOWN",
  };

  it("asks whose network it is and the relation", () => {
    expect(networkMemberProblems(values)).toEqual({
      subjectPersonIds: "Kies van wie dit het netwerk is.",
      relation: "Vul de relatie tot het gezin in.",
    });
  });

  it("sends an unknown quality as null", () => {
    expect(networkMemberInput("c1", values)).toMatchObject({
      name: "Oma Ria",
      contact: null,
      relationshipQuality: null,
    });
    expect(networkMemberInput("c1", { ...values, relationshipQuality: "BROKEN" }).relationshipQuality).toBe(
      "BROKEN",
    );
  });
});

describe("problem", () => {
  const values: ProblemValues = {
    domain: "EDUCATION",
    dataClass: "GENERAL",
    subjectPersonIds: [],
    title: " Verzuim ",
    description: "Kim gaat niet naar school.",
  };

  it("puts the messages of a row at its fields (a pattern at the row itself)", () => {
    const rows = {
      causes: [{ description: " ", chronic: true }],
      patterns: [{ pattern: "zorgmijding" }, { pattern: "" }],
      statements: [{ statement: "74 dagen afwezig", kind: "" as const, source: "" }],
    };
    expect(problemProblems(values, rows)).toEqual({
      "causes.0.description": "Beschrijf de oorzaak of verwijder deze rij.",
      "patterns.1": "Beschrijf het patroon of verwijder deze rij.",
      "statements.0.kind": "Kies of het een feit of een mening is.",
      "statements.0.source": "Vul de bron in: van wie of wat komt dit?",
    });
  });

  it("sends every row, trimmed", () => {
    const input = problemInput(
      "c1",
      { ...values, domain: "EDUCATION", dataClass: "GENERAL" },
      {
        causes: [{ description: " Onrust ", chronic: true }],
        patterns: [{ pattern: " zorgmijding" }],
        statements: [{ statement: "Afwezig ", kind: "OPINION", source: " moeder" }],
      },
    );
    expect(input).toMatchObject({
      title: "Verzuim",
      causes: [{ description: "Onrust", chronic: true }],
      patterns: ["zorgmijding"],
      statements: [{ statement: "Afwezig", kind: "OPINION", source: "moeder" }],
    });
  });
});
