import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  GraphQLInputObjectType,
  GraphQLNonNull,
  GraphQLScalarType,
  GraphQLEnumType,
  getNamedType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLField,
} from "graphql";
import { DEMO } from "@regiehub/db";
import { buildSchema, isPublicField, rootFields } from "@regiehub/server";
import { expectCode, gql, signIn, startTestHub, wsClient, wsRequest, type TestHub } from "../support/hub";

// Authentication is required on every root field unless it is marked @public: walk them all.

function sampleValue(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sampleValue(type.ofType as GraphQLInputType);
  if (isListType(type)) return `[${sampleValue(type.ofType as GraphQLInputType)}]`;
  const named = getNamedType(type);
  if (named instanceof GraphQLEnumType) return named.getValues()[0]!.name;
  if (named instanceof GraphQLInputObjectType) {
    const fields = Object.values(named.getFields())
      .filter((f) => f.type instanceof GraphQLNonNull)
      .map((f) => `${f.name}: ${sampleValue(f.type)}`);
    return `{ ${fields.join(", ")} }`;
  }
  if (named instanceof GraphQLScalarType) {
    if (named.name === "Int") return "1";
    if (named.name === "Boolean") return "true";
    if (named.name === "Date") return `"2020-01-01"`;
    return `"00000000-0000-4000-8000-000000000000"`;
  }
  return "null";
}

function operationFor(kind: string, field: GraphQLField<unknown, unknown>): string {
  const args = field.args
    .filter((a) => isNonNullType(a.type))
    .map((a) => `${a.name}: ${sampleValue(a.type)}`);
  const call = `${field.name}${args.length ? `(${args.join(", ")})` : ""}`;
  const leaf = getNamedType(field.type);
  const selection =
    leaf instanceof GraphQLScalarType || leaf instanceof GraphQLEnumType ? "" : " { __typename }";
  const operation = kind === "Mutation" ? "mutation" : kind === "Subscription" ? "subscription" : "query";
  return `${operation} { ${call}${selection} }`;
}

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

describe("authentication on every root field", () => {
  const fields = rootFields(buildSchema());

  it("knows which root fields are public", () => {
    expect(
      fields
        .filter((f) => isPublicField(f.field))
        .map((f) => `${f.type}.${f.field.name}`)
        .sort(),
    ).toEqual(["Mutation.devSignIn", "Query.authConfig", "Query.devSignInOptions"]);
  });

  for (const { type, field } of fields.filter((f) => !isPublicField(f.field))) {
    it(`${type}.${field.name} refuses an anonymous caller`, async () => {
      // Subscriptions run over graphql-ws only.
      const client = wsClient(hub);
      const res =
        type === "Subscription"
          ? await wsRequest(client, operationFor(type, field)).finally(() => client.dispose())
          : await gql(hub, operationFor(type, field));
      expectCode(res, "UNAUTHENTICATED");
      expect(res.data?.[field.name] ?? null).toBeNull();
    });
  }

  it("refuses an anonymous caller over WebSocket too", async () => {
    const client = wsClient(hub);
    try {
      const res = await wsRequest(client, "{ me { id } }");
      expectCode(res, "UNAUTHENTICATED");
    } finally {
      await client.dispose();
    }
  });
});

describe("tokens", () => {
  it("signs in as a seeded professional in dev mode and answers me", async () => {
    const token = await signIn(hub, DEMO.professionals.casusregisseur);
    const res = await gql(hub, "{ me { id name role organisation { kind } } }", {}, token);
    expect(res.data?.me).toMatchObject({
      id: DEMO.professionals.casusregisseur,
      role: "CASUSREGISSEUR",
      organisation: { kind: "WIJKTEAM" },
    });
  });

  it("rejects a forged or malformed token with UNAUTHENTICATED and HTTP 401", async () => {
    const token = await signIn(hub, DEMO.professionals.casusregisseur);
    const [h, p] = token.split(".");
    const forgedPayload = Buffer.from(
      JSON.stringify({
        sub: DEMO.professionals.procesregisseur,
        iss: "urn:regiehub:dev",
        aud: "regiehub",
        exp: 9999999999,
      }),
    ).toString("base64url");
    for (const bad of [`${h}.${forgedPayload}.${token.split(".")[2]}`, "not-a-jwt", `${h}.${p}`]) {
      const res = await gql(hub, "{ me { id } }", {}, bad);
      expect(res.status).toBe(401);
      expectCode(res, "UNAUTHENTICATED");
    }
  });

  it("rejects a token for an unknown professional id", async () => {
    const res = await gql(
      hub,
      `mutation { devSignIn(professionalId: "00000000-0000-4000-8000-000000000000") { token } }`,
    );
    expectCode(res, "BAD_USER_INPUT");
  });

  it("closes a WebSocket with an invalid token with 4401", async () => {
    const client = wsClient(hub, "garbage.token.here");
    const closed = new Promise<number>((resolve) =>
      client.on("closed", (event) => resolve((event as { code: number }).code)),
    );
    await wsRequest(client, "{ me { id } }").catch(() => undefined);
    expect(await closed).toBe(4401);
    await client.dispose();
  });

  it("answers queries over WebSocket with the same authentication", async () => {
    const token = await signIn(hub, DEMO.professionals.schoolProfessional);
    const client = wsClient(hub, token);
    try {
      const res = await wsRequest<{ me: { id: string } }>(client, "{ me { id } }");
      expect(res.data?.me.id).toBe(DEMO.professionals.schoolProfessional);
    } finally {
      await client.dispose();
    }
  });
});
