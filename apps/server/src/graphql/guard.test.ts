import { describe, expect, it } from "vitest";
import {
  buildSchema,
  graphql,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  subscribe,
  type GraphQLInputType,
} from "graphql";
import type { Actor } from "@regiehub/domain";
import { typeDefs } from "@regiehub/schema";
import { noteChecked } from "../checked-actions";
import { argumentChecks } from "./argument-checks";
import type { Context } from "./context";
import { rootFields } from "./gates";
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
    return { id: A };
  };
  query.dossierItem!.resolve = async () => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return { id: B };
  };
  return guardRootFields(schema);
}

const A = "0a0a0a0a-0000-4000-8000-00000000000a";
const B = "0b0b0b0b-0000-4000-8000-00000000000b";

const context = (env: string) => ({ actor, config: { env }, logger: { error() {} } }) as unknown as Context;

describe("guard: a case gate must be checked by the resolver", () => {
  it("passes the field that checked its gate and fails the one that did not, in the same request", async () => {
    const result = await graphql({
      schema: guardedSchema(),
      source: `{ case(id: "${A}") { id } dossierItem(id: "${B}") { id } }`,
      contextValue: context("test"),
    });
    expect(result.data).toEqual({ case: { id: A }, dossierItem: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.path).toEqual(["dossierItem"]);
    expect(result.errors![0]!.message).toBe(
      "Query.dossierItem is gated by case.read, but its resolver did not check it",
    );
  });

  it("asks for a sign-in first", async () => {
    const result = await graphql({
      schema: guardedSchema(),
      source: `{ case(id: "${A}") { id } }`,
      contextValue: { ...context("test"), actor: undefined },
    });
    expect(result.errors?.[0]?.message).toBe("Sign in first");
  });
});

// The arguments of every root field are checked against their schema types before the resolver runs: no
// String or ID with a NUL, no ID that is no UUID (PostgreSQL refuses both: 22021, 22P02).

const PERSON = "0c0c0c0c-0000-4000-8000-00000000000c";

/** The committed SDL with every root field resolved by a stub that records its calls. */
function recordingSchema() {
  const schema = buildSchema(typeDefs);
  const calls: string[] = [];
  for (const { type, field } of rootFields(schema)) {
    const name = `${type}.${field.name}`;
    if (field.name === "caseEvents") {
      field.subscribe = async function* () {
        calls.push(`${name} (subscribe)`);
        yield { caseEvents: null };
      };
      continue;
    }
    field.resolve = (_source, _args, ctx) => {
      calls.push(name);
      const checking = (ctx as Context).actor!;
      noteChecked(checking, "item.record");
      noteChecked(checking, "case.read");
      return { __typename: "Observation", id: A, token: "t" };
    };
  }
  return { schema: guardRootFields(schema), calls };
}

const RECORD = `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { id } }`;
const observation = {
  caseId: A,
  domain: "HOUSING",
  dataClass: "GENERAL",
  subjectPersonIds: [PERSON],
  observationKind: "FACT",
  statement: "De huur is betaald",
  sourceKind: "OWN_OBSERVATION",
  legalBasis: "LEGAL_TASK",
};

async function run(source: string, variables: Record<string, unknown> = {}, who: Actor | null = actor) {
  const { schema, calls } = recordingSchema();
  const result = await graphql({
    schema,
    source,
    variableValues: variables,
    contextValue: { ...context("test"), actor: who ?? undefined },
  });
  const error = result.errors?.[0]?.originalError as
    { code?: string; message: string; fieldErrors?: { path: string; message: string }[] } | undefined;
  return { result, calls, error };
}

describe("guard: arguments are checked against their schema types before the resolver runs", () => {
  it("lets valid arguments through to the resolver", async () => {
    const { result, calls } = await run(RECORD, { input: observation });
    expect(result.errors).toBeUndefined();
    expect(calls).toEqual(["Mutation.recordObservation"]);
  });

  it("refuses a NUL in a String, naming its path, without calling the resolver", async () => {
    const { error, calls } = await run(RECORD, {
      input: { ...observation, statement: "Huur\u0000 betaald" },
    });
    expect(error).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ path: "input.statement", message: expect.stringContaining("ongeldige tekens") }],
    });
    expect(calls).toEqual([]);
  });

  it("refuses a NUL in input objects inside lists, and names every refused path", async () => {
    const { error, calls } = await run(
      `mutation($input: RecordProblemInput!) { recordProblem(input: $input) { id } }`,
      {
        input: {
          caseId: A,
          domain: "HOUSING",
          dataClass: "GENERAL",
          subjectPersonIds: [PERSON],
          title: "Huurachterstand",
          description: "Drie maanden",
          causes: [{ description: "Baan kwijt" }, { description: "Schulden\u0000" }],
          patterns: ["ok", "\u0000"],
        },
      },
    );
    expect(error?.code).toBe("BAD_USER_INPUT");
    expect(error?.fieldErrors?.map((f) => f.path)).toEqual([
      "input.causes.1.description",
      "input.patterns.1",
    ]);
    expect(calls).toEqual([]);
  });

  it("refuses an id in a list that is no UUID as BAD_USER_INPUT with its path (agreePlan's persons)", async () => {
    const { error, calls } = await run(
      `mutation($input: AgreePlanInput!) { agreePlan(input: $input) { id } }`,
      { input: { planId: A, version: 1, agreedByPersonIds: [PERSON, "Kim"], agreedOn: "2025-01-01" } },
    );
    expect(error).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ path: "input.agreedByPersonIds.1", message: "Onbekende persoon" }],
    });
    expect(calls).toEqual([]);
  });

  it("answers NOT_FOUND for a malformed id of the object acted on, as for any id that names nothing", async () => {
    for (const [source, variables] of [
      [RECORD, { input: { ...observation, caseId: "not-a-uuid" } }],
      [`{ case(id: "not-a-uuid") { id } }`, {}],
      [`mutation { markNotificationRead(id: "") { id } }`, {}],
      [`mutation { exportPersonData(personId: "Kim") { json } }`, {}],
    ] as const) {
      const { error, calls } = await run(source, variables);
      expect(error?.code, source).toBe("NOT_FOUND");
      expect(calls).toEqual([]);
    }
  });

  it("prefers naming a bad value over NOT_FOUND when both are wrong", async () => {
    const { error } = await run(RECORD, {
      input: { ...observation, caseId: "nope", statement: "\u0000", subjectPersonIds: ["x"] },
    });
    expect(error?.code).toBe("BAD_USER_INPUT");
    expect(error?.fieldErrors?.map((f) => f.path)).toEqual(["input.subjectPersonIds.0", "input.statement"]);
  });

  it("treats an id filter or choice as a reference (BAD_USER_INPUT), also on a public field", async () => {
    const professionals = await run(`{ professionals(organisationId: "x") { id } }`);
    expect(professionals.error).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ path: "organisationId", message: "Onbekende organisatie" }],
    });
    const signIn = await run(`mutation { devSignIn(professionalId: "x") { token } }`, {}, null);
    expect(signIn.error).toMatchObject({
      code: "BAD_USER_INPUT",
      fieldErrors: [{ path: "professionalId", message: "Onbekende professional" }],
    });
    expect([...professionals.calls, ...signIn.calls]).toEqual([]);
    const log = await run(
      `{ processingLog(caseId: "${A}", filter: { personId: "x" }) { edges { cursor } } }`,
    );
    expect(log.error?.fieldErrors).toEqual([{ path: "filter.personId", message: "Onbekende persoon" }]);
  });

  it("keeps the guard's order: sign-in and a global gate answer first", async () => {
    const bad = { input: { title: "x\u0000", municipality: "Lindehaven" } };
    const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`;
    expect((await run(OPEN, bad, null)).error?.code).toBe("UNAUTHENTICATED");
    expect((await run(OPEN, bad, { ...actor, role: "PROFESSIONAL" })).error?.code).toBe("FORBIDDEN");
    expect((await run(OPEN, bad)).error?.code).toBe("BAD_USER_INPUT");
  });

  it("checks a subscription's arguments when it starts", async () => {
    const { schema, calls } = recordingSchema();
    const started = await subscribe({
      schema,
      document: parse(`subscription { caseEvents(caseId: "x") { seq } }`),
      contextValue: context("test"),
    });
    expect("errors" in started && started.errors?.[0]?.originalError).toMatchObject({ code: "NOT_FOUND" });
    expect(calls).toEqual([]);
  });
});

describe("argument checks are worked out once per field", () => {
  it("has nothing to check for a field without String or ID arguments", () => {
    const schema = buildSchema(typeDefs);
    const checkOf = argumentChecks();
    const query = schema.getQueryType()!.getFields();
    expect(checkOf("Query", query.me!)).toBeUndefined();
    expect(checkOf("Query", query.viewerCan!)).toBeUndefined();
    expect(checkOf("Query", query.case!)).toBeTypeOf("function");
  });

  it("answers a malformed ID with NOT_FOUND only where it names the object acted on (the listed ones)", () => {
    // Review a change to this list as one to the API's answers; any other ID is a reference: BAD_USER_INPUT.
    const schema = buildSchema(typeDefs);
    const checkOf = argumentChecks();
    const targets: string[] = [];
    for (const { type, field } of rootFields(schema)) {
      const check = checkOf(type, field);
      for (const arg of field.args) {
        for (const path of idPaths(arg.type, [arg.name])) {
          const name = `${type}.${field.name} ${path.join(".")}`;
          const refuse = (value: string) => {
            try {
              check!(valueAt(path, value));
            } catch (error) {
              return error as { code: string; fieldErrors: { path: string }[] };
            }
            throw new Error(`${name}: "${value}" accepted`);
          };
          const malformed = refuse("x");
          if (malformed.code === "NOT_FOUND") targets.push(name);
          else
            expect(malformed.fieldErrors, name).toEqual([expect.objectContaining({ path: path.join(".") })]);
          expect(refuse(`${A}\u0000`), name).toMatchObject({
            code: "BAD_USER_INPUT",
            fieldErrors: [{ path: path.join(".") }],
          });
          expect(() => check!(valueAt(path, A)), name).not.toThrow();
        }
      }
    }
    expect(targets).toMatchSnapshot();
  });
});

/** Paths to every ID leaf of an argument (lists by their first element). */
function idPaths(
  type: GraphQLInputType,
  path: (string | number)[],
  seen = new Set<string>(),
): (string | number)[][] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return idPaths(inner.ofType, [...path, 0], seen);
  if (isInputObjectType(inner)) {
    if (seen.has(inner.name)) return [];
    const next = new Set([...seen, inner.name]);
    return Object.values(inner.getFields()).flatMap((f) => idPaths(f.type, [...path, f.name], next));
  }
  return isScalarType(inner) && inner.name === "ID" ? [path] : [];
}

/** Arguments holding `value` at `path` and nothing else. */
function valueAt(path: (string | number)[], value: unknown): Record<string, unknown> {
  let nested: unknown = value;
  for (let i = path.length - 1; i > 0; i--) {
    const key = path[i]!;
    nested = typeof key === "number" ? [nested] : { [key]: nested };
  }
  return { [path[0] as string]: nested };
}
