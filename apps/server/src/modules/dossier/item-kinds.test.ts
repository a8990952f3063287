import { getTableColumns } from "drizzle-orm";
import { buildSchema, GraphQLEnumType, GraphQLInterfaceType, GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { DOSSIER_ITEM_KINDS, ITEM_KINDS } from "@regiehub/domain";
import { ITEM_CONTENT_TABLES, tables } from "@regiehub/db";
import { typeDefs } from "@regiehub/schema";
import { buildSchema as buildExecutableSchema } from "../../schema";

// The item-kind registry (packages/domain/src/item-kinds.ts), the SDL and the data layer's content tables
// describe the same kinds, and every item type is wired to resolvers: a kind added in one place but not in
// the others (the SDL above all) fails here.

const schema = buildSchema(typeDefs);

function sdlKinds(): string[] {
  const kindEnum = schema.getType("DossierItemKind");
  expect(kindEnum).toBeInstanceOf(GraphQLEnumType);
  return (kindEnum as GraphQLEnumType).getValues().map((v) => v.name);
}

describe("the item-kind registry", () => {
  it("lists the kinds of the SDL's DossierItemKind enum, in its order", () => {
    expect([...DOSSIER_ITEM_KINDS]).toEqual(sdlKinds());
  });

  it("names exactly the SDL's implementations of DossierItem", () => {
    const dossierItem = schema.getType("DossierItem");
    expect(dossierItem).toBeInstanceOf(GraphQLInterfaceType);
    const implementations = schema.getPossibleTypes(dossierItem as GraphQLInterfaceType).map((t) => t.name);
    const typeNames = Object.values(ITEM_KINDS).map((info) => info.typeName);
    expect(typeNames.sort()).toEqual(implementations.sort());
  });

  it("has a content table in the data layer for every kind of the SDL", () => {
    expect(Object.keys(ITEM_CONTENT_TABLES).sort()).toEqual(sdlKinds().sort());
  });

  it("has a resolver for every field of every item type that is not a column of the item row", () => {
    // A record keeps its content under `content`: a content field left to the default resolver would read
    // nothing (and skip consent and the log), so each needs a resolver, as the shared fields do.
    const executable = buildExecutableSchema();
    const rowColumns = new Set(Object.keys(getTableColumns(tables.dossierItems)));
    const unresolved = Object.values(ITEM_KINDS).flatMap(({ typeName }) => {
      const type = executable.getType(typeName);
      if (!(type instanceof GraphQLObjectType)) return [typeName];
      return Object.values(type.getFields())
        .filter((field) => !rowColumns.has(field.name) && !field.resolve)
        .map((field) => `${typeName}.${field.name}`);
    });
    expect(unresolved).toEqual([]);
  });
});
