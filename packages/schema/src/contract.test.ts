import { buildSchema, GraphQLEnumType, GraphQLObjectType, GraphQLInputObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import {
  CASE_FRAMEWORKS,
  CASE_PHASES,
  DOMAINS,
  ERROR_CODES,
  HOUSEHOLD_ROLES,
  ORGANISATION_KINDS,
  PROFESSIONAL_ROLES,
  REGISTRATION_KINDS,
} from "@regiehub/domain";
import { typeDefs } from "./index";

const schema = buildSchema(typeDefs);

describe("the GraphQL contract", () => {
  it("mirrors the domain vocabulary exactly", () => {
    const pairs: [string, readonly string[]][] = [
      ["OrganisationKind", ORGANISATION_KINDS],
      ["ProfessionalRole", PROFESSIONAL_ROLES],
      ["RegistrationKind", REGISTRATION_KINDS],
      ["CasePhase", CASE_PHASES],
      ["CaseFramework", CASE_FRAMEWORKS],
      ["HouseholdRole", HOUSEHOLD_ROLES],
      ["Domain", DOMAINS],
      ["ErrorCode", ERROR_CODES],
    ];
    for (const [name, values] of pairs) {
      const type = schema.getType(name);
      expect(type, name).toBeInstanceOf(GraphQLEnumType);
      expect(
        (type as GraphQLEnumType).getValues().map((v) => v.name),
        name,
      ).toEqual([...values]);
    }
  });

  it("describes every type and every field", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Int", "Boolean", "ID", "Float"].includes(type.name))
        continue;
      if (!type.description && !["Query", "Mutation"].includes(type.name)) missing.push(type.name);
      if (type instanceof GraphQLObjectType || type instanceof GraphQLInputObjectType) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
