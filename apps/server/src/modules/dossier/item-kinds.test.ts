import { buildSchema, GraphQLEnumType, GraphQLInterfaceType } from "graphql";
import { describe, expect, it } from "vitest";
import { DOSSIER_ITEM_KINDS, ITEM_KINDS } from "@regiehub/domain";
import { ITEM_CONTENT_TABLES } from "@regiehub/db";
import { typeDefs } from "@regiehub/schema";

// The item-kind registry (packages/domain/src/item-kinds.ts), the SDL and the data layer's content tables
// describe the same kinds: a kind added in one of them but not in the SDL (or the other way round) fails here.

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
});
