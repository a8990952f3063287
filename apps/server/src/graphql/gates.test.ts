import { describe, expect, it } from "vitest";
import { buildSchema as buildSdl } from "graphql";
import { RULES } from "@regiehub/policy";
import { gateOf, gateProblems, rootFields } from "./gates";
import { buildSchema } from "../schema";

describe("root field gates", () => {
  const schema = buildSchema();

  it("every root field of the built schema declares a gate that agrees with @public", () => {
    expect(gateProblems(schema)).toEqual([]);
  });

  it("finds a field without a gate, a gate that disagrees with @public and a gate for no field", () => {
    const sdl = buildSdl(`
      directive @public on FIELD_DEFINITION
      type Query { open: Int @public, closed: Int, forgotten: Int, sneaky: Int }
    `);
    const gates = {
      Query: { open: "case.list", closed: "public", sneaky: "case.read", gone: "case.read" },
    } as const;
    expect(gateProblems(sdl, gates)).toEqual([
      "Query.open is @public but gated case.list",
      'Query.closed is gated "public" without @public',
      "Query.forgotten declares no gate",
      "Query.gone has a gate but is not in the schema",
    ]);
  });

  // A snapshot of who may call what. When it changes, the diff is reviewed as a permission change.
  it("permission snapshot: root field → gate", () => {
    const lines = rootFields(schema).map(({ type, field }) => {
      const gate = gateOf(type, field.name) ?? "(none)";
      const scope = {
        none: "global, by the guard",
        case: "per case",
        item: "per item",
        teamMember: "per team member",
        meeting: "per meeting",
        agendaEntry: "per agenda entry",
      };
      const target = gate === "public" || gate === "(none)" ? "" : ` (${scope[RULES[gate].target]})`;
      return `${`${type}.${field.name}`.padEnd(36)} ${gate}${target}`;
    });
    expect(lines.join("\n")).toMatchSnapshot();
  });
});
