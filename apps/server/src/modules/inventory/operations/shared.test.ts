import { describe, expect, it } from "vitest";
import { AppError, assessmentProblems, safetyAssessmentProblems } from "@regiehub/domain";
import { parseInput } from "@regiehub/domain";
import { RecordAssessmentInput } from "./record-assessment";
import { RecordProblemInput } from "./record-problem";
import { RecordSafetyAssessmentInput } from "./record-safety-assessment";
import { AddNetworkMemberInput } from "./add-network-member";
import { acuteSafetyRecipients, domainInputError } from "./shared";

const CASE = "7d0c2f4e-6a1b-4c3d-8e9f-0a1b2c3d4e5f";
const KIM = "1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5061";
const LINDA = "2c3d4e5f-6071-4829-8b1c-2d3e4f506172";

function badInput(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError && error.code === "BAD_USER_INPUT") return error;
    throw error;
  }
  throw new Error("expected BAD_USER_INPUT");
}

describe("domainInputError", () => {
  it("puts a domain rule's relative paths under input.", () => {
    const problems = assessmentProblems(
      { domain: "SAFETY", score: 7, assessedOn: "2025-01-01" },
      "2025-06-01",
    );
    const error = domainInputError(problems)!;
    expect(error.code).toBe("BAD_USER_INPUT");
    expect(error.fieldErrors.map((f) => f.path)).toEqual(["input.domain", "input.score"]);
    expect(error.message).toBe(problems[0]!.message);
  });

  it("keeps nested paths of danger statements", () => {
    const problems = safetyAssessmentProblems(
      {
        score: 3,
        riskLevel: "HIGH",
        acute: true,
        dangerStatements: [
          { danger: "Geweld", safetyGoal: "Veilig thuis" },
          { danger: "Verwaarlozing", safetyGoal: " " },
        ],
        assessedOn: "2025-01-01",
      },
      "2025-06-01",
    );
    expect(domainInputError(problems)!.fieldErrors.map((f) => f.path)).toEqual([
      "input.dangerStatements.1.safetyGoal",
    ]);
  });

  it("is nothing without problems", () => {
    expect(domainInputError([])).toBeUndefined();
  });
});

describe("acuteSafetyRecipients", () => {
  it("notifies the casusregisseur and the procesregisseur once each, leaving out who is not there", () => {
    expect(acuteSafetyRecipients({ casusregisseurId: "a", procesregisseurId: "b" })).toEqual(["a", "b"]);
    expect(acuteSafetyRecipients({ casusregisseurId: "a", procesregisseurId: "a" })).toEqual(["a"]);
    expect(acuteSafetyRecipients({ casusregisseurId: null, procesregisseurId: "b" })).toEqual(["b"]);
    expect(acuteSafetyRecipients({ casusregisseurId: null, procesregisseurId: null })).toEqual([]);
  });
});

describe("input schemas", () => {
  it("assessment: defaults GENERAL, blank explanation becomes null, the person must be an id", () => {
    const input = parseInput(RecordAssessmentInput, {
      caseId: CASE,
      personId: KIM,
      domain: "EDUCATION",
      score: 3,
      assessedOn: "2025-01-01",
      explanation: "   ",
    });
    expect(input).toMatchObject({ dataClass: "GENERAL", explanation: null });
    expect(input.legalBasis).toBeUndefined();
    const error = badInput(() =>
      parseInput(RecordAssessmentInput, { ...input, personId: "Kim", explanation: "x".repeat(5001) }),
    );
    expect(error.fieldErrors.map((f) => f.path)).toEqual(["input.personId", "input.explanation"]);
  });

  it("safety assessment: CHILD_SAFETY by default, at least one person, trimmed danger statements", () => {
    const input = parseInput(RecordSafetyAssessmentInput, {
      caseId: CASE,
      subjectPersonIds: [KIM, KIM],
      score: 4,
      riskLevel: "MEDIUM",
      acute: false,
      dangerStatements: [{ danger: " Geweld ", safetyGoal: " Niemand slaat " }],
      assessedOn: "2025-01-01",
      dataClass: null,
    });
    expect(input).toMatchObject({
      dataClass: "CHILD_SAFETY",
      subjectPersonIds: [KIM],
      dangerStatements: [{ danger: "Geweld", safetyGoal: "Niemand slaat" }],
      instrument: null,
      conclusion: null,
    });
    const error = badInput(() => parseInput(RecordSafetyAssessmentInput, { ...input, subjectPersonIds: [] }));
    expect(error.fieldErrors).toEqual([
      { path: "input.subjectPersonIds", message: "Kies minstens één persoon" },
    ]);
  });

  it("network member: name, relation and support are required, in Dutch", () => {
    const error = badInput(() =>
      parseInput(AddNetworkMemberInput, {
        caseId: CASE,
        subjectPersonIds: [KIM],
        name: " ",
        relation: "",
        support: "\n",
      }),
    );
    expect(error.fieldErrors).toEqual([
      { path: "input.name", message: "Geef een naam of omschrijving" },
      { path: "input.relation", message: "Geef de relatie tot het gezin" },
      { path: "input.support", message: "Beschrijf welke steun deze persoon kan geven" },
    ]);
  });

  it("network member: the relationship quality is one of the closed values, null when omitted", () => {
    const base = { caseId: CASE, subjectPersonIds: [KIM], name: "Oma", relation: "oma", support: "Past op" };
    expect(parseInput(AddNetworkMemberInput, base).relationshipQuality).toBeUndefined();
    expect(
      parseInput(AddNetworkMemberInput, { ...base, relationshipQuality: null }).relationshipQuality,
    ).toBeNull();
    expect(
      parseInput(AddNetworkMemberInput, { ...base, relationshipQuality: "BROKEN" }).relationshipQuality,
    ).toBe("BROKEN");
    const error = badInput(() =>
      parseInput(AddNetworkMemberInput, { ...base, relationshipQuality: "HOSTILE" }),
    );
    expect(error.fieldErrors.map((e) => e.path)).toEqual(["input.relationshipQuality"]);
  });

  it("problem: lists default to empty, strings are trimmed, patterns deduplicated, blanks refused", () => {
    const base = {
      caseId: CASE,
      domain: "HOUSING",
      dataClass: "GENERAL",
      subjectPersonIds: [KIM, LINDA],
      title: " Huurachterstand ",
      description: "Drie maanden",
    };
    expect(parseInput(RecordProblemInput, { ...base, causes: null })).toMatchObject({
      title: "Huurachterstand",
      causes: [],
      patterns: [],
      statements: [],
    });
    expect(
      parseInput(RecordProblemInput, {
        ...base,
        causes: [{ description: " Schulden " }],
        patterns: [" zorgmijding", "zorgmijding "],
      }),
    ).toMatchObject({ causes: [{ description: "Schulden", chronic: false }], patterns: ["zorgmijding"] });
    const error = badInput(() =>
      parseInput(RecordProblemInput, {
        ...base,
        patterns: ["ok", ""],
        statements: [{ statement: "Feit", kind: "FACT", source: "  " }],
      }),
    );
    expect(error.fieldErrors.map((f) => f.path)).toEqual(["input.patterns.1", "input.statements.0.source"]);
  });
});
