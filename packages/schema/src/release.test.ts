import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { checkCompatibility, describeReport, printContract } from "./release";

// A small released contract, and what becomes of it.
const RELEASED = `
  """A case."""
  type Case {
    """Its id."""
    id: ID!
    """Its name."""
    name: String!
    """Its phase."""
    phase: Phase!
    """The old title."""
    title: String @deprecated(reason: "Use name.")
  }

  """A phase."""
  enum Phase {
    """Open."""
    OPEN
    """Closed."""
    CLOSED
  }

  type Query {
    """One case."""
    case(id: ID!): Case
  }
`;

function changed(from: string, to: string): string {
  expect(RELEASED).toContain(from);
  return RELEASED.replace(from, to);
}

describe("checkCompatibility", () => {
  it("finds nothing between a contract and itself", async () => {
    const report = await checkCompatibility(RELEASED, RELEASED);
    expect(report).toEqual({ breaking: [], dangerous: [], safe: [] });
  });

  it("fails on a removed field, naming it in plain words", async () => {
    const report = await checkCompatibility(RELEASED, changed(`"""Its name."""\n    name: String!`, ""));
    expect(report.breaking.map((c) => c.path)).toEqual(["Case.name"]);
    expect(report.breaking[0]!.message).toMatch(/Field 'name' .*removed.*'Case'/);
    const lines = describeReport(report);
    expect(lines[0]).toBe("1 breaking change(s) against the last release:");
    expect(lines[1]).toMatch(/^ {2}BREAKING: Field 'name' .*removed/);
  });

  it("fails on a field whose type changed", async () => {
    const report = await checkCompatibility(RELEASED, changed("name: String!", "name: Int!"));
    expect(report.breaking.map((c) => c.path)).toEqual(["Case.name"]);
    expect(report.breaking[0]!.message).toMatch(/'Case.name' changed type from 'String!' to 'Int!'/);
  });

  it("fails on a nullable field made required in an argument, and on a removed type", async () => {
    const report = await checkCompatibility(
      RELEASED,
      changed("case(id: ID!): Case", 'case(id: ID!, kind: String!): Case @deprecated(reason: "x")'),
    );
    expect(report.breaking.map((c) => c.path)).toEqual(["Query.case.kind"]);
    const removedType = await checkCompatibility(
      RELEASED,
      changed(`"""Its phase."""\n    phase: Phase!`, "").replace(/"""A phase\."""[\s\S]*?\n {2}}\n/, ""),
    );
    expect(removedType.breaking.map((c) => c.path).sort()).toEqual(["Case.phase", "Phase"]);
  });

  it("passes an added optional field", async () => {
    const report = await checkCompatibility(
      RELEASED,
      changed(`type Case {`, `type Case {\n    """New."""\n    summary: String`),
    );
    expect(report.breaking).toEqual([]);
    expect(report.dangerous).toEqual([]);
    expect(report.safe.map((c) => c.message)).toContain("Field 'summary' was added to object type 'Case'");
    expect(new Set(report.safe.map((c) => c.path))).toEqual(new Set(["Case.summary"]));
    expect(describeReport(report)).toEqual([
      `The schema is compatible with the last release (${report.safe.length} safe change(s), 0 warning(s)).`,
    ]);
  });

  it("passes a field that is deprecated", async () => {
    const report = await checkCompatibility(
      RELEASED,
      changed("name: String!", 'name: String! @deprecated(reason: "Use title.")'),
    );
    expect(report.breaking).toEqual([]);
    expect(report.dangerous).toEqual([]);
    expect(report.safe.map((c) => c.message)).toContain("Field 'Case.name' is deprecated");
  });

  it("warns on a new enum value and on removing what the release had deprecated, without failing", async () => {
    const report = await checkCompatibility(
      RELEASED,
      changed(`"""The old title."""\n    title: String @deprecated(reason: "Use name.")`, "").replace(
        "CLOSED",
        `CLOSED\n    """Paused."""\n    PAUSED`,
      ),
    );
    expect(report.breaking).toEqual([]);
    expect(report.dangerous.map((c) => c.path).sort()).toEqual(["Case.title", "Phase.PAUSED"]);
    const lines = describeReport(report);
    expect(lines[0]).toBe("2 dangerous change(s) (warnings):");
    expect(lines.filter((l) => l.startsWith("  WARNING:"))).toHaveLength(2);
  });

  it("accepts schemas as well as SDL, and prints the contract with its descriptions and deprecations", async () => {
    const sdl = printContract(buildSchema(RELEASED));
    expect(sdl).toContain('"""Its name."""');
    expect(sdl).toContain('title: String @deprecated(reason: "Use name.")');
    expect(sdl.endsWith("}\n")).toBe(true);
    const report = await checkCompatibility(buildSchema(sdl), buildSchema(RELEASED));
    expect(report.breaking).toEqual([]);
  });

  it("compares what the SDL publishes: directive usages a built schema keeps are not changes", async () => {
    const withUsage = buildSchema(
      `directive @public on FIELD_DEFINITION\n${RELEASED.replace("case(id: ID!): Case", "case(id: ID!): Case @public")}`,
    );
    const report = await checkCompatibility(printContract(withUsage), withUsage);
    expect(report).toEqual({ breaking: [], dangerous: [], safe: [] });
  });

  it("passes removing a type that the release reached only through deprecated fields, not one it reached otherwise", async () => {
    const released = RELEASED.replace(
      "type Query {",
      `"""Old."""\n  type Legacy {\n    """Old."""\n    id: ID!\n  }\n\n  type Query {\n    """Old."""\n    legacy: Legacy @deprecated(reason: "Gone soon.")`,
    );
    const report = await checkCompatibility(released, RELEASED);
    expect(report.breaking).toEqual([]);
    expect(report.dangerous.map((c) => c.path).sort()).toEqual(["Legacy", "Query.legacy"]);
    const stillUsed = released
      .replace("id: ID!\n  }", 'id: ID!\n    """Still here."""\n    sibling: Legacy\n  }')
      .replace("phase: Phase!", "phase: Phase!\n    legacyToo: Legacy");
    const breaking = await checkCompatibility(stillUsed, RELEASED);
    expect(breaking.breaking.map((c) => c.path).sort()).toEqual(["Case.legacyToo", "Legacy"]);
  });
});
