import { describe, expect, it } from "vitest";
import { buildSchema, graphql } from "graphql";
import type { Actor } from "@regiehub/domain";
import { typeDefs } from "@regiehub/schema";
import { noteChecked } from "../checked-actions";
import type { Context } from "./context";
import { guardRootFields } from "./guard";

// The guard holds each root field's resolver to its declared gate, per call: root fields of one request run
// side by side, and one that checked its gate does not cover one that did not.

const actor: Actor = {
  kind: "professional",
  professionalId: "00000000-0000-4000-8000-000000000001",
  organisationId: "00000000-0000-4000-8000-000000000002",
  organisationKind: "WIJKTEAM",
  role: "CASUSREGISSEUR",
  name: "Test",
  hasRegistration: false,
};

function guardedSchema() {
  // The committed SDL (the guard wants a gate for every root field). Two root fields the gates declare as
  // `case.read` get test resolvers: only `case` checks it (after an await, as a real resolver does once it
  // loaded the case).
  const schema = buildSchema(typeDefs);
  const query = schema.getQueryType()!.getFields();
  query.case!.resolve = async (_s, _a, ctx: Context) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    noteChecked(ctx.actor!, "case.read");
    return { id: "a" };
  };
  query.dossierItem!.resolve = async () => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return { id: "b" };
  };
  return guardRootFields(schema);
}

const context = (env: string) => ({ actor, config: { env }, logger: { error() {} } }) as unknown as Context;

describe("guard: a case gate must be checked by the resolver", () => {
  it("passes the field that checked its gate and fails the one that did not, in the same request", async () => {
    const result = await graphql({
      schema: guardedSchema(),
      source: `{ case(id: "a") { id } dossierItem(id: "b") { id } }`,
      contextValue: context("test"),
    });
    expect(result.data).toEqual({ case: { id: "a" }, dossierItem: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.path).toEqual(["dossierItem"]);
    expect(result.errors![0]!.message).toBe(
      "Query.dossierItem is gated by case.read, but its resolver did not check it",
    );
  });

  it("asks for a sign-in first", async () => {
    const result = await graphql({
      schema: guardedSchema(),
      source: `{ case(id: "a") { id } }`,
      contextValue: { ...context("test"), actor: undefined },
    });
    expect(result.errors?.[0]?.message).toBe("Sign in first");
  });
});
