import { sql } from "drizzle-orm";
import { getTableName, isTable, type Table } from "drizzle-orm";
import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, tables } from "@regiehub/db";
import { ERROR_CODES } from "@regiehub/domain";
import { buildSchema } from "@regiehub/server";
import { gql, signIn, startTestHub, type GraphQLResponse, type TestHub } from "../support/hub";
import { dutchToday } from "../support/dates";

// Property: whatever a client puts in a mutation's arguments — NUL and other control characters, lone
// surrogates, very long strings, ids that are no UUID, ints and floats out of range — the hub answers with a
// typed error (never INTERNAL, never HTTP 5xx), and a refused change leaves the database as it was.
//
// The mutations and their argument types come from the built schema, so a new mutation is covered without
// touching this file. Each run sends the demo casusregisseur's variables for her case (Koopmans): every leaf
// is drawn "plausible" (ids of the case, short texts, past dates) or, now and then, hostile — so hostile
// values get past validation of the other fields and reach the database. A sweep then puts a NUL into every
// String and ID leaf of every mutation, one at a time, with all other leaves plausible.

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem;
const RUNS_PER_MUTATION = 8;
const SEED = 20_260_418;

/** A fixed seed per mutation (by name: adding a mutation leaves the others' runs as they were). */
function seedOf(name: string): number {
  let hash = SEED;
  for (const c of name) hash = (Math.imul(hash, 31) + c.charCodeAt(0)) | 0;
  return hash;
}

const schema = buildSchema();
const mutations = Object.values(schema.getMutationType()!.getFields());

let hub: TestHub;
let token: string;

// ---------------------------------------------------------------------------------------------------------
// The database's fingerprint: per table, the number of rows and an order-independent hash of their content.
// The processing log is left out: refusals are logged by design (DENIED), and the sealer chains entries in
// the background.

const UNLOGGED = new Set(["processing_log", "processing_log_heads"]);
const TABLE_NAMES = (Object.values(tables) as unknown[])
  .filter((t): t is Table => isTable(t))
  .map((t) => getTableName(t))
  .filter((name) => !UNLOGGED.has(name))
  .sort();
const FINGERPRINT = sql.raw(
  TABLE_NAMES.map(
    (name) =>
      `select '${name}' as t, count(*)::text as n, coalesce(sum(hashtext(r::text)::bigint), 0)::text as h from "${name}" r`,
  ).join(" union all "),
);

async function fingerprint(): Promise<string> {
  const result = (await hub.database.db.execute(FINGERPRINT)) as unknown as
    { rows: { t: string; n: string; h: string }[] } | { t: string; n: string; h: string }[];
  const rows = Array.isArray(result) ? result : result.rows;
  return rows
    .map((r) => `${r.t}:${r.n}:${r.h}`)
    .sort()
    .join("\n");
}

// ---------------------------------------------------------------------------------------------------------
// Ids of the case, by kind: a plausible id is one of these.

type Pools = Record<string, string[]>;

async function rows(query: ReturnType<typeof sql>): Promise<string[]> {
  const result = (await hub.database.db.execute(query)) as unknown as
    { rows: { id: string }[] } | { id: string }[];
  return (Array.isArray(result) ? result : result.rows).map((r) => String(r.id));
}

async function loadPools(): Promise<Pools> {
  const items = async (kind: string) =>
    rows(sql`select id from dossier_items where case_id = ${CASE} and kind = ${kind} order by created_at`);
  const pools: Pools = {
    case: [CASE],
    person: await rows(sql`select id from persons where case_id = ${CASE} order by id`),
    organisation: await rows(
      sql`select distinct organisation_id as id from case_team_members where case_id = ${CASE} order by 1`,
    ),
    professional: await rows(
      sql`select distinct professional_id as id from case_team_members where case_id = ${CASE} and professional_id is not null order by 1`,
    ),
    teamMember: await rows(sql`select id from case_team_members where case_id = ${CASE} order by id`),
    grant: await rows(sql`select id from consent_grants where case_id = ${CASE} order by id`),
    breakGlass: await rows(sql`select id from break_glass_accesses where case_id = ${CASE} order by id`),
    notification: await rows(
      sql`select id from notifications where recipient_professional_id = ${P.casusregisseur} order by id`,
    ),
    item: await rows(sql`select id from dossier_items where case_id = ${CASE} order by created_at`),
    plan: await items("PLAN"),
    goal: await items("GOAL"),
    action: await items("ACTION"),
    evaluation: await items("EVALUATION"),
  };
  pools.any = [...new Set(Object.values(pools).flat())];
  return pools;
}

/** Which kind of id an argument names, by its name (anything else: any id of the case). */
function poolFor(name: string): string {
  const n = name.toLowerCase();
  if (n === "caseid") return "case";
  if (n.endsWith("personid") || n.endsWith("personids")) return "person";
  if (n.endsWith("organisationid")) return "organisation";
  if (n.endsWith("professionalid") || n.endsWith("regisseurid")) return "professional";
  for (const kind of ["plan", "goal", "action", "evaluation", "item"]) if (n === `${kind}id`) return kind;
  return "any";
}

// ---------------------------------------------------------------------------------------------------------
// Arbitraries from GraphQL input types.

const today = dutchToday();
const pastDate = fc
  .date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date(`${today}T00:00:00Z`), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const plausibleText = fc
  .tuple(
    fc.constantFrom("Gesprek met", "Afspraak over", "Zorgen om", "Overleg met", "Doel voor"),
    fc.string({ unit: "grapheme-ascii", minLength: 3, maxLength: 30 }),
  )
  .map(([a, b]) => `${a} ${b.replace(/[^A-Za-z0-9 ]/g, "a")}`.trim());

const NUL = "\u0000";
const control = fc.string({
  unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)),
  minLength: 1,
});
const loneSurrogate = fc.constantFrom("\ud800", "\udfff", "a\udc00b", "\ud83d");
const hostileString = fc.oneof(
  fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}${NUL}${b}`),
  fc.tuple(plausibleText, control).map(([a, c]) => `${a}${c}`),
  fc.tuple(plausibleText, loneSurrogate).map(([a, s]) => `${a}${s}`),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.integer({ min: 1_000, max: 60_000 }).map((n) => "x".repeat(n)),
  fc.integer({ min: 1_000, max: 12_000 }).map((n) => `${"é\t".repeat(n)}${NUL}`),
  fc.constantFrom("", " ", "\n", NUL, `${NUL}${NUL}`, "\u007f", "\u202e", "\ufeff"),
);
const hostileId = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "not-a-uuid",
    "",
    "0",
    "00000000-0000-0000-0000-00000000000g",
    `${CASE}${NUL}`,
    `{${CASE}}`,
  ),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid(),
  fc.uuid().map((u) => u.replaceAll("-", "")),
  fc.tuple(fc.uuid(), control).map(([u, c]) => `${u}${c}`),
);
const hostileInt = fc.oneof(
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, 1e308, 0.5, -1, 0),
  fc.integer(),
);
const hostileFloat = fc.oneof(
  fc.constantFrom(1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, -0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

type Arb = fc.Arbitrary<unknown>;

/**
 * A plausible value of a named input type (for an argument or input field called `name`); `lean`: input
 * objects with their required fields only (the fewest chances to be refused for something else).
 */
function plausible(type: GraphQLInputType, name: string, pools: Pools, lean = false): Arb {
  if (isNonNullType(type)) return plausible(type.ofType, name, pools, lean);
  if (isListType(type)) {
    return fc.array(plausible(type.ofType, name, pools, lean), { minLength: 1, maxLength: 3 });
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => !lean || isNonNullType(f.type));
    return fc.record(
      Object.fromEntries(
        fields.map((f) => {
          const value = plausible(f.type, f.name, pools, lean);
          return [
            f.name,
            isNonNullType(f.type) ? value : fc.oneof({ weight: 4, arbitrary: value }, fc.constant(null)),
          ];
        }),
      ),
    );
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value as string));
  switch (type.name) {
    case "ID": {
      const pool = pools[poolFor(name)] ?? [];
      return pool.length ? fc.constantFrom(...pool) : fc.uuid();
    }
    case "String":
      return plausibleText;
    case "Int":
      return name === "version" ? fc.integer({ min: 1, max: 3 }) : fc.integer({ min: 0, max: 6 });
    case "Float":
      return fc.double({ min: 0, max: 10, noNaN: true });
    case "Boolean":
      return fc.boolean();
    case "Date":
      return pastDate;
    case "DateTime":
      return pastDate.map((d) => `${d}T09:00:00Z`);
    case "Seq":
      return fc.constant(0);
    default:
      return plausibleText;
  }
}

/** A hostile value of the same type. */
function hostile(type: GraphQLInputType, name: string, pools: Pools): Arb {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) {
    return fc.oneof(
      fc.array(fc.oneof(plausible(inner.ofType, name, pools), hostile(inner.ofType, name, pools)), {
        minLength: 1,
        maxLength: 4,
      }),
      fc.constant([]),
      fc
        .integer({ min: 51, max: 300 })
        .chain((n) => fc.array(plausible(inner.ofType, name, pools), { minLength: n, maxLength: n })),
    );
  }
  if (isInputObjectType(inner)) return variablesFor(inner, pools);
  if (isEnumType(inner)) return fc.oneof(hostileString, fc.constant(`${inner.getValues()[0]!.value}${NUL}`));
  switch (inner.name) {
    case "ID":
      return hostileId;
    case "Int":
      return hostileInt;
    case "Float":
      return hostileFloat;
    case "Boolean":
      return fc.constantFrom("true", 1, NUL);
    case "Date":
    case "DateTime":
      return fc.oneof(
        pastDate.map((d) => `${d}${NUL}`),
        fc.constantFrom("2025-02-30", "9999-12-31", "0000-01-01", "2025-01-01T00:00:00Z\u0000"),
        hostileString,
      );
    default:
      return hostileString;
  }
}

/** Each leaf plausible, or now and then hostile (so that a hostile value meets otherwise valid input). */
function variablesFor(type: GraphQLInputType, pools: Pools): Arb {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isInputObjectType(inner)) {
    return fc.record(
      Object.fromEntries(Object.values(inner.getFields()).map((f) => [f.name, leaf(f.type, f.name, pools)])),
      {
        requiredKeys: Object.values(inner.getFields())
          .filter((f) => isNonNullType(f.type))
          .map((f) => f.name),
      },
    );
  }
  return leaf(type, "", pools);
}

function leaf(type: GraphQLInputType, name: string, pools: Pools): Arb {
  const named = getNamedType(type);
  const value =
    isInputObjectType(named) && !isListType(isNonNullType(type) ? type.ofType : type)
      ? variablesFor(type, pools)
      : plausible(type, name, pools);
  return fc.oneof(
    { weight: 6, arbitrary: value },
    { weight: 1, arbitrary: hostile(type, name, pools) },
    ...(isNonNullType(type) ? [] : [{ weight: 1, arbitrary: fc.constant(null) }]),
  );
}

function argsArbitrary(
  field: GraphQLField<unknown, unknown>,
  pools: Pools,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    Object.fromEntries(
      field.args.map((a) => [
        a.name,
        isInputObjectType(getNamedType(a.type)) && !isListType(isNonNullType(a.type) ? a.type.ofType : a.type)
          ? variablesFor(a.type, pools)
          : leaf(a.type, a.name, pools),
      ]),
    ),
    { requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name) },
  );
}

/** Every path to a String or ID leaf (lists by their first element), e.g. `input.causes.0.description`. */
function textPaths(
  type: GraphQLInputType,
  path: (string | number)[],
  seen: Set<string> = new Set(),
): (string | number)[][] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return textPaths(inner.ofType, [...path, 0], seen);
  if (isInputObjectType(inner)) {
    if (seen.has(inner.name)) return [];
    const next = new Set([...seen, inner.name]);
    return Object.values(inner.getFields()).flatMap((f) => textPaths(f.type, [...path, f.name], next));
  }
  return isScalarType(inner) && (inner.name === "String" || inner.name === "ID") ? [path] : [];
}

/** A copy of `args` with a NUL in the leaf at `path` (made present, lists made non-empty). */
function withNul(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  path: (string | number)[],
  plausibleLeaf: (type: GraphQLInputType, name: string) => unknown,
): Record<string, unknown> {
  const copy = structuredClone(args);
  let holder: Record<string | number, unknown> = copy;
  let type: GraphQLInputType = field.args.find((a) => a.name === path[0])!.type;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const last = i === path.length - 1;
    if (last) {
      const current = holder[key];
      const base =
        typeof current === "string" && current !== "" ? current : String(plausibleLeaf(type, String(key)));
      holder[key] = `${base.slice(0, 4)}${NUL}${base.slice(4)}`;
      break;
    }
    const inner = isNonNullType(type) ? type.ofType : type;
    const nextKey = path[i + 1]!;
    let child = holder[key];
    if (isListType(inner)) {
      if (!Array.isArray(child) || child.length === 0) child = [plausibleLeaf(inner.ofType, String(key))];
      holder[key] = child;
      type = inner.ofType;
    } else if (isInputObjectType(inner)) {
      if (child === null || typeof child !== "object") child = plausibleLeaf(inner, String(key));
      holder[key] = child;
      type = inner.getFields()[String(nextKey)]!.type;
    }
    holder = child as Record<string | number, unknown>;
  }
  return copy;
}

// ---------------------------------------------------------------------------------------------------------
// One call and its checks.

function document(field: GraphQLField<unknown, unknown>): string {
  const params = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const selection =
    isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? "" : " { __typename }";
  return `mutation${params ? `(${params})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`;
}

const KNOWN = new Set<string>(ERROR_CODES);
let last = "";

function describeCall(field: GraphQLField<unknown, unknown>, args: unknown, res: GraphQLResponse): string {
  const shown = JSON.stringify(args, (_k, v: unknown) =>
    typeof v === "string" && v.length > 120 ? `${v.slice(0, 60)}…(${v.length} chars)` : v,
  );
  return `${field.name}(${shown}) → HTTP ${res.status} ${JSON.stringify(res.errors ?? res.data).slice(0, 600)}`;
}

/** Sends one call; what is wrong with its answer, if anything (`refused`: it must not be accepted). */
async function call(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  refused = false,
): Promise<string | undefined> {
  const res = await gql(hub, document(field), args, token);
  const before = last;
  last = await fingerprint();
  const what = describeCall(field, args, res);
  if (res.status >= 500) return `HTTP ${res.status}: ${what}`;
  const codes = (res.errors ?? []).map((e) => e.extensions?.code);
  if (codes.some((code) => code === "INTERNAL" || !KNOWN.has(code)))
    return `code ${codes.join(",")}: ${what}`;
  if (codes.length && last !== before) return `a refused call changed the database: ${what}`;
  if (refused && codes.length === 0) return `a NUL was accepted: ${what}`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------

async function must(query: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await gql(hub, query, variables, token);
  if (res.errors?.length || !res.data) throw new Error(`setup failed: ${JSON.stringify(res.errors)}`);
  return res.data;
}

beforeAll(async () => {
  // No overdue check during the run: it changes actions on its own, between a call and its fingerprint.
  hub = await startTestHub({ OVERDUE_CHECK_MS: String(24 * 3_600_000) });
  token = await signIn(hub, P.casusregisseur);
  // Something of every kind in the case, so that plausible ids name real objects.
  const pools = await loadPools();
  const person = pools.person![0]!;
  const common = {
    caseId: CASE,
    domain: "FAMILY_RELATIONS",
    dataClass: "GENERAL",
    subjectPersonIds: [person],
    sourceKind: "OWN_OBSERVATION",
    legalBasis: "LEGAL_TASK",
  };
  await must(`mutation($input: RecordObservationInput!) { recordObservation(input: $input) { id } }`, {
    input: { ...common, observationKind: "FACT", statement: "Vader is op tijd bij het gesprek" },
  });
  await must(`mutation($input: RecordNoteInput!) { recordNote(input: $input) { id } }`, {
    input: { ...common, title: "Huisbezoek", body: "Gesprek met beide ouders", occurredOn: today },
  });
  const PLAN = `id version`;
  let plan = (
    await must(`mutation($input: DraftPlanInput!) { draftPlan(input: $input) { ${PLAN} } }`, {
      input: { caseId: CASE, subjectPersonIds: [person] },
    })
  ).draftPlan;
  const goal = (
    await must(`mutation($input: AddGoalInput!) { addGoal(input: $input) { id } }`, {
      input: {
        planId: plan.id,
        domain: "FAMILY_RELATIONS",
        familyWording: "We praten weer met elkaar",
        professionalWording: "Communicatie tussen ouders verbetert",
      },
    })
  ).addGoal;
  await must(`mutation($input: AddActionInput!) { addAction(input: $input) { id } }`, {
    input: {
      goalId: goal.id,
      title: "Gesprek plannen",
      ownerOrganisationId: DEMO.organisations.wijkteamNoord,
    },
  });
  plan = (await must(`query($id: ID!) { case(id: $id) { draftPlan { ${PLAN} } } }`, { id: CASE })).case
    .draftPlan;
  plan = (
    await must(`mutation($input: AgreePlanInput!) { agreePlan(input: $input) { ${PLAN} } }`, {
      input: { planId: plan.id, version: plan.version, agreedByPersonIds: [person], agreedOn: today },
    })
  ).agreePlan;
  await must(`mutation($input: PlanVersionInput!) { approvePlan(input: $input) { id } }`, {
    input: { planId: plan.id, version: plan.version },
  });
  await must(`mutation($input: ScheduleEvaluationInput!) { scheduleEvaluation(input: $input) { id } }`, {
    input: { caseId: CASE, participants: ["Moeder"] },
  });
  await must(`mutation($input: DraftPlanInput!) { draftPlan(input: $input) { id } }`, {
    input: { caseId: CASE },
  });
  await must(`mutation($input: GrantAccessInput!) { grantAccess(input: $input) { id } }`, {
    input: {
      caseId: CASE,
      granteeOrganisationId: DEMO.organisations.woningcorporatie,
      subjectPersonIds: [person],
      domains: ["HOUSING"],
      dataClasses: ["GENERAL"],
      purpose: "Afspraken over de huurachterstand",
      legalBasis: "LEGAL_TASK",
    },
  });
  last = await fingerprint();
});

afterAll(async () => {
  await hub?.stop();
});

describe("the finding's examples", () => {
  it("refuses a person id that is no UUID in agreePlan as BAD_USER_INPUT, changing nothing", async () => {
    const { draftPlan: plan } = (
      await must(`query($id: ID!) { case(id: $id) { draftPlan { id version } } }`, { id: CASE })
    ).case;
    const person = (await loadPools()).person![0]!;
    const before = await fingerprint();
    const res = await gql(
      hub,
      `mutation($input: AgreePlanInput!) { agreePlan(input: $input) { id } }`,
      {
        input: {
          planId: plan.id,
          version: plan.version,
          agreedByPersonIds: [person, "Kim"],
          agreedOn: today,
        },
      },
      token,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.agreedByPersonIds.1",
    });
    expect(await fingerprint()).toBe(before);
  });

  it("refuses a NUL in a text and in a date as BAD_USER_INPUT, changing nothing", async () => {
    const person = (await loadPools()).person![0]!;
    const note = {
      caseId: CASE,
      domain: "FAMILY_RELATIONS",
      dataClass: "GENERAL",
      subjectPersonIds: [person],
      sourceKind: "OWN_OBSERVATION",
      legalBasis: "LEGAL_TASK",
      title: "Huisbezoek",
      body: "Gesprek met beide ouders",
      occurredOn: today,
    };
    const RECORD = `mutation($input: RecordNoteInput!) { recordNote(input: $input) { id } }`;
    const before = await fingerprint();
    for (const [input, field] of [
      [{ ...note, body: "Gesprek\u0000 met beide ouders" }, "input.body"],
      [{ ...note, occurredOn: `${today}\u0000` }, undefined],
    ] as const) {
      const res = await gql(hub, RECORD, { input }, token);
      expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
      if (field) expect(res.errors?.[0]?.extensions.field).toBe(field);
    }
    expect(await fingerprint()).toBe(before);
  });
});

describe("every mutation, with hostile arguments", () => {
  it("covers the schema's mutations", () => {
    expect(mutations.length).toBeGreaterThan(30);
  });

  mutations.forEach((field) => {
    it(`${field.name}: never INTERNAL or 5xx, and a refusal changes nothing`, async () => {
      const pools = await loadPools();
      last = await fingerprint();
      // Random runs (the first failure ends them: a shrink would send hundreds of requests).
      const problems: string[] = [];
      await fc.check(
        fc.asyncProperty(argsArbitrary(field, pools), async (args) => {
          const problem = await call(field, args);
          if (problem) problems.push(`random run: ${problem}`);
          return problem === undefined;
        }),
        { seed: seedOf(field.name), numRuns: RUNS_PER_MUTATION, endOnFailure: true },
      );
      // The sweep: a NUL in each String and ID leaf in turn, the other leaves plausible; always refused.
      const plausibleArgs = fc.sample(
        fc.record(
          Object.fromEntries(
            field.args
              .filter((a) => isNonNullType(a.type))
              .map((a) => [a.name, plausible(a.type, a.name, pools, true)]),
          ),
        ),
        { seed: seedOf(field.name) + 1, numRuns: 1 },
      )[0]!;
      const plausibleLeaf = (type: GraphQLInputType, name: string) =>
        fc.sample(plausible(type, name, pools, true), { seed: SEED, numRuns: 1 })[0];
      for (const arg of field.args) {
        for (const path of textPaths(arg.type, [arg.name])) {
          const problem = await call(field, withNul(field, plausibleArgs, path, plausibleLeaf), true);
          if (problem) problems.push(`${path.join(".")}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
    }, 60_000);
  });
});
