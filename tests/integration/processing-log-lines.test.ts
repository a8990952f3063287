import { and, eq, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, sealProcessingLog, tables } from "@regiehub/db";
import { expectCode, gql, signIn, startTestHub, type TestHub } from "../support/hub";

// The processing log as lines (`Query.processingLogLines`): one line per request on a case with its persons
// and fields folded in, a search across every case whose log the viewer may read (`log.read`), paged past 50,
// every search logged; bad input refused; a casusregisseur of another case, a school and an ADMIN get nothing.

let hub: TestHub;
const tokens: Record<string, string> = {};
const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.multiProblem; // casusregisseur Sanne Bakker (wijkteam Noord), procesregisseur gemeente
const OTHER = DEMO.cases.veiligThuisMonitoring;
let persons: { id: string; givenName: string; familyName: string }[] = [];
/** The cases whose log the privacy officer of the gemeente may read: directing or procesregisseur's org. */
let supervised = new Set<string>();

const LINES = `query($search: ProcessingLogSearch, $first: Int, $after: String) {
  processingLogLines(search: $search, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id caseId caseReference startedAt endedAt actorType actor { id name }
      organisation { id name } role apiClientId operations subjects { id givenName } subjectPseudonyms
      subjectCount fields itemCount processingActivityIds legalBases outcomes breakGlass details entryCount
      traceId } } } }`;

interface Line {
  id: string;
  caseId: string;
  caseReference: string | null;
  startedAt: string;
  actor: { id: string } | null;
  organisation: { id: string } | null;
  operations: string[];
  subjects: { id: string; givenName: string }[];
  subjectPseudonyms: string[];
  subjectCount: number;
  fields: string[];
  processingActivityIds: string[];
  outcomes: string[];
  entryCount: number;
  traceId: string;
}

async function search(token: string, s: Record<string, unknown> = {}, first = 100, after?: string) {
  const res = await gql(hub, LINES, { search: s, first, after }, token);
  expect(res.errors).toBeUndefined();
  const page = res.data.processingLogLines;
  return {
    lines: page.edges.map((e: { node: Line }) => e.node) as Line[],
    pageInfo: page.pageInfo as { hasNextPage: boolean; endCursor: string | null },
  };
}

async function all(token: string, s: Record<string, unknown> = {}): Promise<Line[]> {
  const lines: Line[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await search(token, s, 100, after);
    lines.push(...page.lines);
    if (!page.pageInfo.hasNextPage) return lines;
    after = page.pageInfo.endCursor!;
  }
}

async function readPersons(token: string, caseId = CASE) {
  const res = await gql(
    hub,
    `query($id: ID!) { case(id: $id) { title persons { givenName familyName } } }`,
    { id: caseId },
    token,
  );
  expect(res.errors).toBeUndefined();
}

/** Entries of the log (sealed or not) matching `where`. */
async function entryCount(where: ReturnType<typeof sql>): Promise<number> {
  const [row] = await hub.database.db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(tables.processingLog)
    .where(where);
  return row!.n;
}

beforeAll(async () => {
  hub = await startTestHub();
  for (const key of [
    "casusregisseur",
    "casusregisseurFemke",
    "privacyOfficer",
    "woonconsulent",
    "schoolProfessional",
    "admin",
  ] as const) {
    tokens[key] = await signIn(hub, P[key]);
  }
  persons = await hub.database.db
    .select({
      id: tables.persons.id,
      givenName: tables.persons.givenName,
      familyName: tables.persons.familyName,
    })
    .from(tables.persons)
    .where(eq(tables.persons.caseId, CASE));
  expect(persons.length).toBeGreaterThan(1);
  const c = tables.cases;
  const cr = alias(tables.professionals, "cr");
  const pr = alias(tables.professionals, "pr");
  const rows = await hub.database.db
    .select({ id: c.id })
    .from(c)
    .leftJoin(cr, eq(cr.id, c.casusregisseurId))
    .leftJoin(pr, eq(pr.id, c.procesregisseurId))
    .where(or(eq(cr.organisationId, O.gemeente), eq(pr.organisationId, O.gemeente)));
  supervised = new Set(rows.map((r) => r.id));
  expect(supervised.has(CASE)).toBe(true);
  // Requests on two supervised cases and one the privacy officer does not supervise, if any.
  await readPersons(tokens.woonconsulent!);
  await readPersons(tokens.casusregisseur!, DEMO.cases.separatedParents);
  await readPersons(tokens.casusregisseurFemke!, OTHER);
});
afterAll(async () => {
  await hub?.stop();
});

describe("one line per request, with its persons and fields folded in", () => {
  it("folds a partner's read of every family member into one line", async () => {
    const { lines } = await search(tokens.privacyOfficer!, {
      caseId: CASE,
      organisationId: O.woningcorporatie,
    });
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).toMatchObject({
      caseId: CASE,
      actor: { id: P.woonconsulent },
      organisation: { id: O.woningcorporatie },
      operations: ["READ"],
      outcomes: ["SUCCESS"],
      processingActivityIds: ["RH-PA-01"],
      subjectCount: persons.length,
    });
    expect(line.caseReference).toMatch(/\S/);
    expect(line.subjects.map((s) => s.id).sort()).toEqual(persons.map((p) => p.id).sort());
    expect(line.fields).toEqual(
      expect.arrayContaining(["Case.title", "Person.givenName", "Person.familyName"]),
    );
    // The request wrote one entry per person and one for the case: all of them in this line.
    const entries = await entryCount(
      sql`${tables.processingLog.traceId} = ${line.traceId} and ${tables.processingLog.caseId} = ${CASE}`,
    );
    expect(entries).toBeGreaterThan(persons.length);
    expect(line.entryCount).toBe(entries);
  });

  it("searches across the supervised cases only, newest first, and logs the search per case shown", async () => {
    const lines = await all(tokens.privacyOfficer!);
    const cases = new Set(lines.map((l) => l.caseId));
    expect(cases.has(CASE)).toBe(true);
    expect(cases.has(DEMO.cases.separatedParents)).toBe(true);
    for (const caseId of cases) expect(supervised.has(caseId)).toBe(true);
    if (!supervised.has(OTHER)) expect(cases.has(OTHER)).toBe(false);
    const ids = lines.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const times = lines.map((l) => Date.parse(l.startedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    // The search itself is in the log of each case it showed, as supervision.
    await sealProcessingLog(hub.database.db, { wait: true });
    const logged = await hub.database.db
      .select({ caseId: tables.processingLog.caseId })
      .from(tables.processingLog)
      .where(
        and(
          eq(tables.processingLog.actorId, P.privacyOfficer),
          eq(tables.processingLog.processingActivityId, "RH-PA-05"),
          sql`'ProcessingLog' = any(${tables.processingLog.fields})`,
        ),
      );
    for (const caseId of cases) expect(logged.some((r) => r.caseId === caseId)).toBe(true);
    // …and the next search shows those reads as lines of the privacy officer's own.
    const own = await search(tokens.privacyOfficer!, { caseId: CASE, processingActivityId: "RH-PA-05" });
    expect(own.lines.some((l) => l.actor?.id === P.privacyOfficer)).toBe(true);
  });

  it("filters by organisation, period, purpose, operation, person name, pseudonym and person id", async () => {
    const token = tokens.privacyOfficer!;
    const byOrg = await all(token, { organisationId: O.woningcorporatie });
    expect(byOrg.length).toBeGreaterThan(0);
    expect(byOrg.every((l) => l.organisation?.id === O.woningcorporatie)).toBe(true);

    expect(await all(token, { to: "2000-01-01T00:00:00Z" })).toEqual([]);
    expect(await all(token, { from: "2999-01-01T00:00:00Z" })).toEqual([]);
    const today = new Date();
    const from = new Date(today.getTime() - 86_400_000).toISOString();
    const inPeriod = await all(token, { organisationId: O.woningcorporatie, from, to: today.toISOString() });
    expect(inPeriod.map((l) => l.id)).toEqual(byOrg.map((l) => l.id));

    const supervision = await all(token, { processingActivityId: "RH-PA-05" });
    expect(supervision.length).toBeGreaterThan(0);
    expect(supervision.every((l) => l.processingActivityIds.includes("RH-PA-05"))).toBe(true);

    const person = persons[0]!;
    const byName = await all(token, { person: person.familyName.slice(0, 4).toUpperCase() });
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((l) => l.subjectCount > 0)).toBe(true);
    const byId = await all(token, { personId: person.id });
    expect(byId.length).toBeGreaterThan(0);
    expect(byId.every((l) => l.subjects.some((s) => s.id === person.id))).toBe(true);
    const pseudonym = byId[0]!.subjectPseudonyms.find((p) =>
      byId.every((l) => l.subjectPseudonyms.includes(p)),
    )!;
    const byPseudonym = await all(token, { person: pseudonym.toUpperCase() });
    // Showing names is a read of them too, so the log has grown by the searches' own lines meanwhile.
    expect(byPseudonym.map((l) => l.id)).toEqual(expect.arrayContaining(byId.map((l) => l.id)));
    expect(byPseudonym.every((l) => l.subjectPseudonyms.includes(pseudonym))).toBe(true);
    expect(await all(token, { person: "Zzyzx-niemand" })).toEqual([]);

    const combined = await all(token, {
      personId: person.id,
      organisationId: O.woningcorporatie,
      operations: ["READ"],
    });
    expect(combined).toHaveLength(1);
    expect(await all(token, { organisationId: O.woningcorporatie, operations: ["DENIED"] })).toEqual([]);
  });
});

describe("paging", () => {
  it("pages past 50 lines with opaque cursors, without gaps or duplicates", async () => {
    for (let i = 0; i < 55; i++) {
      const res = await gql(
        hub,
        `query($id: ID!) { case(id: $id) { title } }`,
        { id: CASE },
        tokens.casusregisseur,
      );
      expect(res.errors).toBeUndefined();
    }
    const s = { caseId: CASE, organisationId: O.wijkteamNoord, operations: ["READ"] };
    const first = await search(tokens.privacyOfficer!, s, 50);
    expect(first.lines).toHaveLength(50);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await search(tokens.privacyOfficer!, s, 50, first.pageInfo.endCursor!);
    expect(second.lines.length).toBeGreaterThanOrEqual(5);
    const ids = [...first.lines, ...second.lines].map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const everything = await all(tokens.privacyOfficer!, s);
    expect(everything.map((l) => l.id).slice(0, ids.length)).toEqual(ids);
    // As many lines as requests: distinct trace ids of those entries.
    const [row] = await hub.database.db
      .select({ n: sql<number>`count(distinct ${tables.processingLog.traceId})`.mapWith(Number) })
      .from(tables.processingLog)
      .where(
        and(
          eq(tables.processingLog.caseId, CASE),
          eq(tables.processingLog.organisationId, O.wijkteamNoord),
          inArray(tables.processingLog.operation, ["READ"]),
        ),
      );
    expect(everything).toHaveLength(row!.n);
  });
});

describe("who gets nothing", () => {
  it("a casusregisseur of another case: NOT_FOUND for the case, none of its lines in a search", async () => {
    const token = tokens.casusregisseurFemke!;
    expectCode(await gql(hub, LINES, { search: { caseId: CASE } }, token), "NOT_FOUND");
    const lines = await all(token);
    expect(lines.some((l) => l.caseId === CASE)).toBe(false);
    // What she does see is the log of cases she directs or her organisation directs.
    const [facts] = await hub.database.db
      .select({ casusregisseurId: tables.cases.casusregisseurId })
      .from(tables.cases)
      .where(eq(tables.cases.id, OTHER));
    if (facts?.casusregisseurId === P.casusregisseurFemke) {
      expect(lines.some((l) => l.caseId === OTHER)).toBe(true);
    }
  });

  it("a school professional: FORBIDDEN on a case it is on, nothing across cases", async () => {
    const token = tokens.schoolProfessional!;
    expectCode(
      await gql(hub, LINES, { search: { caseId: DEMO.cases.separatedParents } }, token),
      "FORBIDDEN",
    );
    expect(await all(token)).toEqual([]);
  });

  it("an ADMIN: NOT_FOUND for a case, nothing across cases", async () => {
    const token = tokens.admin!;
    expectCode(await gql(hub, LINES, { search: { caseId: CASE } }, token), "NOT_FOUND");
    expect(await all(token)).toEqual([]);
  });

  it("a partner (woonconsulent) on the case: FORBIDDEN, and without a sign-in UNAUTHENTICATED", async () => {
    expectCode(await gql(hub, LINES, { search: { caseId: CASE } }, tokens.woonconsulent), "FORBIDDEN");
    expect(await all(tokens.woonconsulent!)).toEqual([]);
    expectCode(await gql(hub, LINES, {}), "UNAUTHENTICATED");
  });
});

describe("bad input is refused and changes nothing", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["first 0", { first: 0 }, "BAD_USER_INPUT"],
    ["first 101", { first: 101 }, "BAD_USER_INPUT"],
    ["a cursor that is not one", { after: "bm9wZQ" }, "BAD_USER_INPUT"],
    ["a person id that is no UUID", { search: { personId: "12" } }, "BAD_USER_INPUT"],
    ["an organisation id that is no UUID", { search: { organisationId: "x" } }, "BAD_USER_INPUT"],
    ["a name of one character", { search: { person: "a" } }, "BAD_USER_INPUT"],
    ["a name of 101 characters", { search: { person: "a".repeat(101) } }, "BAD_USER_INPUT"],
    ["a name with a control character", { search: { person: "Ja\u0007n" } }, "BAD_USER_INPUT"],
    ["an unknown purpose", { search: { processingActivityId: "RH-PA-99" } }, "BAD_USER_INPUT"],
    [
      "a period that ends before it starts",
      { search: { from: "2025-02-01T00:00:00Z", to: "2025-01-01T00:00:00Z" } },
      "BAD_USER_INPUT",
    ],
    ["a moment that is none", { search: { from: "gisteren" } }, "BAD_USER_INPUT"],
    ["an unknown operation", { search: { operations: ["LOOKED"] } }, "BAD_USER_INPUT"],
    ["a case id that is no UUID", { search: { caseId: "nope" } }, "BAD_USER_INPUT"],
    ["an unknown case", { search: { caseId: "00000000-0000-4000-8000-000000000000" } }, "NOT_FOUND"],
  ];

  it.each(cases)("%s", async (_label, variables, code) => {
    // Nothing read, so nothing but a refusal reaches the log.
    const reads = sql`${tables.processingLog.actorId} = ${P.privacyOfficer} and ${tables.processingLog.operation} <> 'DENIED'`;
    const before = await entryCount(reads);
    const res = await gql(hub, LINES, variables, tokens.privacyOfficer);
    expectCode(res, code);
    expect(res.data ?? null).toBeNull();
    expect(await entryCount(reads)).toBe(before);
  });

  it("a person outside the supervised cases is unknown (BAD_USER_INPUT), as one that does not exist", async () => {
    const [outside] = await hub.database.db
      .select({ id: tables.persons.id })
      .from(tables.persons)
      .where(sql`${tables.persons.caseId} not in ${[...supervised]}`)
      .limit(1);
    for (const personId of [outside?.id, "00000000-0000-4000-8000-000000000000"].filter(Boolean)) {
      const res = await gql(hub, LINES, { search: { personId } }, tokens.privacyOfficer);
      expectCode(res, "BAD_USER_INPUT");
      expect(res.errors![0]!.extensions.fieldErrors?.[0]?.path).toBe("search.personId");
    }
  });
});
