import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import postgres from "postgres";
import {
  appendLogEntries,
  DEMO,
  sealProcessingLog,
  tables,
  verifyProcessingLog,
  type LogEntryInput,
  type Transaction,
} from "@regiehub/db";
import { expectCode, gql, signIn, startTestHub, type TestHub } from "../support/hub";

// The processing log over HTTP: reads leave entries, the privacy officer and the directing organisation
// read them (and that reading is logged too), refusals are logged, and the log is tamper-evident,
// append-only, and fail-closed.

let hub: TestHub;
const tokens: Record<string, string> = {};
const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.multiProblem; // casusregisseur: Sanne Bakker (wijkteam Noord)
let persons: { id: string; givenName: string }[] = [];

const LOG = `query($caseId: ID!, $filter: ProcessingLogFilter, $first: Int, $after: String) {
  processingLog(caseId: $caseId, filter: $filter, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id chainSeq startedAt endedAt actorType actor { id name } organisation { id name } role
      subjects { id givenName } subjectCount itemIds fields operation purpose legalBasis processingActivityId
      traceId operationId outcome breakGlass detail } } } }`;

type Entry = {
  id: string;
  actorType: string;
  actor: { id: string } | null;
  organisation: { id: string } | null;
  subjects: { id: string; givenName: string }[];
  subjectCount: number;
  fields: string[];
  operation: string;
  processingActivityId: string;
  legalBasis: string | null;
  outcome: string;
  detail: string | null;
  startedAt: string;
};

async function readLog(token: string, filter: Record<string, unknown> = {}, first = 100, after?: string) {
  const res = await gql(hub, LOG, { caseId: CASE, filter, first, after }, token);
  expect(res.errors).toBeUndefined();
  const page = res.data.processingLog;
  return {
    entries: page.edges.map((e: { node: Entry }) => e.node) as Entry[],
    cursors: page.edges.map((e: { cursor: string }) => e.cursor) as string[],
    pageInfo: page.pageInfo as { hasNextPage: boolean; endCursor: string | null },
  };
}

/** Messages of an error and its causes (drizzle wraps the driver's error). */
function messages(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e instanceof Error && parts.length < 5; e = e.cause) parts.push(e.message);
  return parts.join(" | ");
}

/** A log entry as a system would append it (for the tests that write to the log directly). */
const entry = (detail: string): LogEntryInput => ({
  caseId: CASE,
  startedAt: new Date(),
  endedAt: new Date(),
  actorType: "SYSTEM",
  actorId: null,
  organisationId: null,
  role: null,
  subjectPseudonyms: [],
  itemIds: [],
  fields: ["Case"],
  operation: "READ",
  purpose: "test entry",
  legalBasis: "LEGAL_TASK",
  processingActivityId: "RH-PA-05",
  traceId: randomBytes(16).toString("hex"),
  operationId: randomBytes(8).toString("hex"),
  callerTraceId: null,
  outcome: "SUCCESS",
  breakGlass: false,
  detail,
});

async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return messages(error);
  }
  throw new Error("expected the statement to fail");
}

beforeAll(async () => {
  hub = await startTestHub();
  for (const key of [
    "casusregisseur",
    "privacyOfficer",
    "woonconsulent",
    "schoolProfessional",
    "procesregisseur",
  ] as const) {
    tokens[key] = await signIn(hub, P[key]);
  }
  persons = await hub.database.db
    .select({ id: tables.persons.id, givenName: tables.persons.givenName })
    .from(tables.persons)
    .where(eq(tables.persons.caseId, CASE))
    .orderBy(asc(tables.persons.id));
  expect(persons.length).toBeGreaterThan(1);
});
afterAll(async () => {
  await hub?.stop();
});

describe("reads leave entries that the privacy officer and the directing organisation can read", () => {
  it("logs a partner's read of the family members, one entry per person", async () => {
    const res = await gql(
      hub,
      `query($id: ID!) { case(id: $id) { title persons { givenName } } }`,
      { id: CASE },
      tokens.woonconsulent,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.case.persons).toHaveLength(persons.length);

    for (const viewer of ["casusregisseur", "privacyOfficer"] as const) {
      const { entries } = await readLog(tokens[viewer]!, {
        operations: ["READ"],
        organisationId: O.woningcorporatie,
      });
      const perPerson = entries.filter((e) => e.subjectCount === 1);
      expect(perPerson).toHaveLength(persons.length);
      for (const e of perPerson) {
        expect(e).toMatchObject({
          actorType: "PROFESSIONAL",
          actor: { id: P.woonconsulent },
          organisation: { id: O.woningcorporatie },
          operation: "READ",
          outcome: "SUCCESS",
          legalBasis: "LEGAL_TASK",
          processingActivityId: "RH-PA-01",
        });
        expect(e.fields).toContain("Person.givenName");
        expect(e.subjects).toHaveLength(1);
      }
      // The pseudonyms are matched back to exactly the case's persons.
      expect(perPerson.map((e) => e.subjects[0]!.id).sort()).toEqual(persons.map((p) => p.id).sort());
      // The case-level read (title) concerns no person.
      const caseLevel = entries.find((e) => e.subjectCount === 0);
      expect(caseLevel?.fields).toEqual(expect.arrayContaining(["Case.title", "Case.persons"]));
      expect(caseLevel?.subjects).toEqual([]);
    }
  });

  it("logs reading the log itself (supervision, RH-PA-05)", async () => {
    await readLog(tokens.privacyOfficer!, { operations: ["DENIED"] });
    const { entries } = await readLog(tokens.casusregisseur!, { operations: ["READ"] });
    const logReads = entries.filter((e) => e.fields.includes("ProcessingLog"));
    expect(logReads.length).toBeGreaterThan(0);
    expect(logReads.some((e) => e.actor?.id === P.privacyOfficer)).toBe(true);
    for (const e of logReads) {
      expect(e).toMatchObject({
        processingActivityId: "RH-PA-05",
        legalBasis: "LEGAL_TASK",
        subjectCount: 0,
      });
      expect(e.fields).toEqual(["ProcessingLog"]);
    }
    const officer = logReads.find((e) => e.actor?.id === P.privacyOfficer)!;
    expect(officer.organisation?.id).toBe(O.gemeente);
  });

  it("refuses a partner without log.read (FORBIDDEN) and an outsider (NOT_FOUND), and logs both as DENIED", async () => {
    const forbidden = await gql(hub, LOG, { caseId: CASE }, tokens.woonconsulent);
    expectCode(forbidden, "FORBIDDEN");
    expect(forbidden.data).toBeNull();

    const notFound = await gql(hub, LOG, { caseId: CASE }, tokens.schoolProfessional);
    expectCode(notFound, "NOT_FOUND");
    const unknown = await gql(
      hub,
      LOG,
      { caseId: "00000000-0000-4000-8000-000000000000" },
      tokens.casusregisseur,
    );
    expectCode(unknown, "NOT_FOUND");
    // The procesregisseur directs the case but is not of the directing organisation: no log.read.
    expectCode(await gql(hub, LOG, { caseId: CASE }, tokens.procesregisseur), "FORBIDDEN");

    const { entries } = await readLog(tokens.privacyOfficer!, { operations: ["DENIED"] });
    const school = entries.find((e) => e.actor?.id === P.schoolProfessional);
    expect(school).toMatchObject({
      operation: "DENIED",
      outcome: "DENIED",
      organisation: { id: O.school },
      subjectCount: 0,
    });
    // One DENIED entry per request and case; its fields name the refusal, e.g. `NOT_FOUND processingLog`.
    expect(school?.fields.join(" ")).toContain("NOT_FOUND");
    const partner = entries.find((e) => e.actor?.id === P.woonconsulent);
    expect(partner?.fields.join(" ")).toContain("FORBIDDEN");
  });
});

describe("filters and pages", () => {
  it("filters by operation, organisation, person and time", async () => {
    const token = tokens.casusregisseur!;
    const all = (await readLog(token)).entries;
    expect(all.length).toBeGreaterThan(5);
    // Newest first by id.
    const ids = all.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));

    const denied = (await readLog(token, { operations: ["DENIED"] })).entries;
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((e) => e.operation === "DENIED")).toBe(true);

    const lindewonen = (await readLog(token, { organisationId: O.woningcorporatie })).entries;
    expect(lindewonen.length).toBeGreaterThan(0);
    expect(lindewonen.every((e) => e.organisation?.id === O.woningcorporatie)).toBe(true);

    const person = persons[0]!;
    const about = (await readLog(token, { personId: person.id })).entries;
    expect(about.length).toBeGreaterThan(0);
    expect(about.every((e) => e.subjects.some((s) => s.id === person.id))).toBe(true);
    // A person of another case matches nothing here.
    const [other] = await hub.database.db
      .select({ id: tables.persons.id })
      .from(tables.persons)
      .where(eq(tables.persons.caseId, DEMO.cases.separatedParents))
      .limit(1);
    expect((await readLog(token, { personId: other!.id })).entries).toEqual([]);

    const oldest = all.at(-1)!.startedAt;
    const newest = all[0]!.startedAt;
    expect((await readLog(token, { to: "2000-01-01T00:00:00Z" })).entries).toEqual([]);
    expect((await readLog(token, { from: "2999-01-01T00:00:00Z" })).entries).toEqual([]);
    const window = (await readLog(token, { from: oldest, to: newest })).entries;
    expect(window.length).toBeGreaterThanOrEqual(all.length);

    const combined = (
      await readLog(token, { operations: ["READ"], organisationId: O.woningcorporatie, personId: person.id })
    ).entries;
    expect(combined).toHaveLength(1);
  });

  it("pages with opaque cursors, without gaps or duplicates", async () => {
    const token = tokens.privacyOfficer!;
    // Lindewonen's entries: reading the log (as the privacy officer) adds none of those meanwhile.
    const filter = { organisationId: O.woningcorporatie };
    const all = (await readLog(token, filter)).entries.map((e) => e.id);
    expect(all.length).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 50; i++) {
      const page = await readLog(token, filter, 3, after);
      expect(page.entries.length).toBeLessThanOrEqual(3);
      seen.push(...page.entries.map((e) => e.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
      expect(after).not.toMatch(/^\d+$/);
    }
    expect(seen).toEqual(all);

    const bad = await gql(hub, LOG, { caseId: CASE, after: "bm90LW91cnM" }, token);
    expectCode(bad, "BAD_USER_INPUT");
    const tooMany = await gql(hub, LOG, { caseId: CASE, first: 101 }, token);
    expectCode(tooMany, "BAD_USER_INPUT");
    const badPerson = await gql(hub, LOG, { caseId: CASE, filter: { personId: "x" } }, token);
    expectCode(badPerson, "BAD_USER_INPUT");
    expect(badPerson.errors?.[0]?.extensions.field).toBe("filter.personId");
    const reversed = await gql(
      hub,
      LOG,
      { caseId: CASE, filter: { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" } },
      token,
    );
    expect(reversed.errors?.[0]?.extensions.field).toBe("filter.to");
  });
});

// PostgreSQL only: the application role of infra/sql/roles.sql may add to the log but not change it.
describe.runIf(process.env.TEST_DATABASE_URL)("database roles (infra/sql/roles.sql)", () => {
  const suffix = randomBytes(4).toString("hex");
  const owner = `rh_owner_${suffix}`;
  const app = `rh_app_${suffix}`;

  beforeAll(async () => {
    const file = fileURLToPath(new URL("../../infra/sql/roles.sql", import.meta.url));
    const script = readFileSync(file, "utf8")
      .replaceAll("regiehub_owner", owner)
      .replaceAll("regiehub_app", app);
    // The file as an operator runs it (several statements and DO blocks: the simple query protocol).
    const client = postgres(hub.config.database.url!, { max: 1, onnotice: () => {} });
    try {
      await client.unsafe(script).simple();
    } finally {
      await client.end();
    }
  });
  afterAll(async () => {
    await hub.database.db.execute(sql.raw(`drop owned by ${app}, ${owner}`));
    await hub.database.db.execute(sql.raw(`drop role ${app}`));
    await hub.database.db.execute(sql.raw(`drop role ${owner}`));
  });

  /** Runs `work` as the application role (SET LOCAL ROLE inside a transaction). */
  async function asApp<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return hub.database.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`set local role ${app}`));
      return work(tx);
    });
  }

  it("lets the application role append and read, but not update, delete or disable the trigger", async () => {
    const before = await verifyProcessingLog(hub.database.db);
    expect(before.ok).toBe(true);
    await asApp(async (tx) => {
      await appendLogEntries(tx, [{ ...entry("appended by the app role"), purpose: "roles test" }]);
      const rows = await tx
        .select({ id: tables.processingLog.id })
        .from(tables.processingLog)
        .where(eq(tables.processingLog.detail, "appended by the app role"));
      expect(rows).toHaveLength(1);
      // Other tables stay writable.
      await tx
        .update(tables.cases)
        .set({ title: sql`title` })
        .where(eq(tables.cases.id, CASE));
    });
    for (const statement of [
      `update processing_log set detail = 'changed' where case_id = '${CASE}'`,
      `delete from processing_log where case_id = '${CASE}'`,
      `truncate processing_log`,
    ]) {
      const message = await failure(() => asApp((tx) => tx.execute(sql.raw(statement))));
      expect(message).toMatch(/permission denied for table processing_log/);
    }
    // It may seal (the chain columns), but a sealed entry not again.
    await hub.logSealer.sealNow();
    const resealed = await failure(() =>
      asApp((tx) => tx.execute(sql.raw(`update processing_log set hash = 'x' where case_id = '${CASE}'`))),
    );
    expect(resealed).toMatch(/append-only \(UPDATE refused\)/);
    const disable = await failure(() =>
      asApp((tx) =>
        tx.execute(sql.raw(`alter table processing_log disable trigger processing_log_no_update_delete`)),
      ),
    );
    expect(disable).toMatch(/must be owner of table processing_log/);
    expect((await verifyProcessingLog(hub.database.db)).ok).toBe(true);
  });

  it("runs the hub as the application role with MIGRATE_ON_START=false", async () => {
    const url = new URL(hub.config.database.url!);
    url.username = app;
    const appHub = await startTestHub(
      { MIGRATE_ON_START: "false", SEED_DEMO: "false" },
      { databaseUrl: url.toString() },
    );
    try {
      const token = await signIn(appHub, DEMO.professionals.casusregisseur);
      const opened: any = await gql(
        appHub,
        `mutation { openCase(input: { title: "Gezin Roltest", municipality: "Lindehaven" }) { id } }`,
        {},
        token,
      );
      expect(opened.errors).toBeUndefined();
      const read: any = await gql(
        appHub,
        `query($id: ID!) { case(id: $id) { title } }`,
        { id: opened.data.openCase.id },
        token,
      );
      expect(read.data.case.title).toBe("Gezin Roltest");
      // The application role seals what it wrote.
      await appHub.logSealer.sealNow();
    } finally {
      await appHub.stop();
    }
    expect(await verifyProcessingLog(hub.database.db)).toMatchObject({ ok: true, unsealed: 0 });
  });
});

describe("fail closed", () => {
  it("returns no data when the log cannot be written", async () => {
    const db = hub.database.db;
    await db.execute(sql`alter table processing_log add constraint test_fail_closed check (false) not valid`);
    try {
      const res = await gql(
        hub,
        `query($id: ID!) { case(id: $id) { title persons { givenName } } }`,
        { id: CASE },
        tokens.woonconsulent,
      );
      expect(res.data ?? null).toBeNull();
      expectCode(res, "INTERNAL");
      expect(JSON.stringify(res)).not.toContain(persons[0]!.givenName);
      // A change cannot commit without its entry either.
      const glass = await gql(
        hub,
        `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { id } }`,
        { input: { caseId: CASE, justification: "Acute zorg om de veiligheid van de kinderen vannacht" } },
        tokens.woonconsulent,
      );
      expectCode(glass, "INTERNAL");
      const opened = await db
        .select({ id: tables.breakGlassAccesses.id })
        .from(tables.breakGlassAccesses)
        .where(eq(tables.breakGlassAccesses.caseId, CASE));
      expect(opened).toEqual([]);
    } finally {
      await db.execute(sql`alter table processing_log drop constraint test_fail_closed`);
    }
    const again = await gql(
      hub,
      `query($id: ID!) { case(id: $id) { title } }`,
      { id: CASE },
      tokens.woonconsulent,
    );
    expect(again.errors).toBeUndefined();
  });
});

describe("sealing: requests append unsealed entries, the sealer chains them", () => {
  const ROLLBACK = new Error("rollback");

  /** Runs `work` in a transaction that is rolled back (the hub's sealer cannot see its entries meanwhile). */
  async function inRolledBack(work: (tx: Transaction) => Promise<void>): Promise<void> {
    await expect(
      hub.database.db.transaction(async (tx) => {
        await work(tx);
        throw ROLLBACK;
      }),
    ).rejects.toBe(ROLLBACK);
  }
  const rowsOf = (tx: Transaction, detail: string) =>
    tx.select().from(tables.processingLog).where(eq(tables.processingLog.detail, detail));

  it("chains unsealed entries once, in insert order; verification reports them and alerts when they wait too long", async () => {
    await hub.logSealer.sealNow();
    await inRolledBack(async (tx) => {
      await appendLogEntries(tx, [entry("sealing a"), entry("sealing b")]);
      const [a] = await rowsOf(tx, "sealing a");
      expect(a).toMatchObject({ chainKey: `case:${CASE}`, chainSeq: null, prevHash: null, hash: null });

      const young = await verifyProcessingLog(tx);
      expect(young).toMatchObject({ ok: true, unsealed: 2 });
      const late = await verifyProcessingLog(tx, { now: new Date(Date.now() + 5 * 60_000) });
      expect(late.ok).toBe(false);
      expect(late.firstBroken?.reason).toMatch(/2 entries unsealed, the oldest for 30\d s \(bound 60 s\)/);

      expect(await sealProcessingLog(tx, { wait: true })).toBe(2);
      const [sa] = await rowsOf(tx, "sealing a");
      const [sb] = await rowsOf(tx, "sealing b");
      expect(sb!.chainSeq).toBe(sa!.chainSeq! + 1);
      expect(sb!.prevHash).toBe(sa!.hash);
      expect(await verifyProcessingLog(tx)).toMatchObject({ ok: true, unsealed: 0 });
      expect(await sealProcessingLog(tx)).toBe(0);

      // A sealed entry cannot be sealed again, nor changed.
      const reseal = await failure(() =>
        tx.transaction((sp) => sp.execute(sql`update processing_log set hash = 'x' where id = ${sa!.id}`)),
      );
      expect(reseal).toMatch(/append-only \(UPDATE refused\)/);

      // Sealing may not change the content of the entry it seals.
      await appendLogEntries(tx, [entry("sealing c")]);
      const [c] = await rowsOf(tx, "sealing c");
      const forged = await failure(() =>
        tx.transaction((sp) =>
          sp.execute(sql`update processing_log set chain_seq = 999, prev_hash = 'p', hash = 'h',
            detail = 'forged' where id = ${c!.id}`),
        ),
      );
      expect(forged).toMatch(/append-only \(UPDATE refused\)/);
      // Half-sealed is refused by the check constraint.
      const half = await failure(() =>
        tx.transaction((sp) => sp.execute(sql`update processing_log set hash = 'h' where id = ${c!.id}`)),
      );
      expect(half).toMatch(/processing_log_sealed_whole/);
    });
  });

  it("shows the log API sealed entries only, and seals before it lists (a read just made is there)", async () => {
    await gql(hub, `query($id: ID!) { case(id: $id) { title } }`, { id: CASE }, tokens.woonconsulent);
    const res: any = await gql(
      hub,
      LOG,
      { caseId: CASE, first: 5, filter: { organisationId: O.woningcorporatie } },
      tokens.privacyOfficer,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data.processingLog.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n: any) => Number.isInteger(n.chainSeq) && n.chainSeq > 0)).toBe(true);
    expect(nodes[0].fields).toContain("Case.title");
  });
});

describe("tamper evidence (as the database owner)", () => {
  const chainKey = `case:${CASE}`;

  async function chainEntries() {
    await hub.logSealer.sealNow();
    return hub.database.db
      .select({
        id: tables.processingLog.id,
        chainSeq: tables.processingLog.chainSeq,
        detail: tables.processingLog.detail,
      })
      .from(tables.processingLog)
      .where(eq(tables.processingLog.chainKey, chainKey))
      .orderBy(asc(tables.processingLog.chainSeq));
  }

  it("verifies the chains, and names an entry whose content was changed", async () => {
    const db = hub.database.db;
    const ok = await verifyProcessingLog(db);
    expect(ok).toMatchObject({ ok: true });
    expect(ok.entries).toBeGreaterThan(10);

    const entries = await chainEntries();
    const victim = entries[Math.floor(entries.length / 2)]!;
    const original = victim.detail;
    const setDetail = async (detail: string | null) => {
      await db.execute(sql`alter table processing_log disable trigger processing_log_no_update_delete`);
      try {
        await db.update(tables.processingLog).set({ detail }).where(eq(tables.processingLog.id, victim.id));
      } finally {
        await db.execute(sql`alter table processing_log enable trigger processing_log_no_update_delete`);
      }
    };
    await setDetail("nothing to see here");
    const broken = await verifyProcessingLog(db);
    expect(broken.ok).toBe(false);
    expect(broken.firstBroken).toMatchObject({
      id: victim.id,
      chainKey,
      chainSeq: victim.chainSeq,
      reason: "content does not match its hash",
    });
    await setDetail(original);
    expect((await verifyProcessingLog(db)).ok).toBe(true);
  });

  it("refuses UPDATE, DELETE and TRUNCATE through the trigger", async () => {
    const db = hub.database.db;
    const [entry] = await chainEntries();
    expect(
      await failure(() => db.delete(tables.processingLog).where(eq(tables.processingLog.id, entry!.id))),
    ).toMatch(/append-only \(DELETE refused\)/);
    expect(
      await failure(() =>
        db.update(tables.processingLog).set({ detail: "x" }).where(eq(tables.processingLog.id, entry!.id)),
      ),
    ).toMatch(/append-only \(UPDATE refused\)/);
    expect(await failure(() => db.execute(sql`truncate processing_log`))).toMatch(
      /append-only \(TRUNCATE refused\)/,
    );
    expect((await verifyProcessingLog(db)).ok).toBe(true);
  });

  it("reports the gap when an entry is deleted with the trigger disabled", async () => {
    const db = hub.database.db;
    const entries = await chainEntries();
    const victim = entries[2]!;
    const next = entries[3]!;
    await db.execute(sql`alter table processing_log disable trigger processing_log_no_update_delete`);
    try {
      await db
        .delete(tables.processingLog)
        .where(and(eq(tables.processingLog.id, victim.id), eq(tables.processingLog.chainKey, chainKey)));
    } finally {
      await db.execute(sql`alter table processing_log enable trigger processing_log_no_update_delete`);
    }
    const result = await verifyProcessingLog(db);
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toMatchObject({
      id: next.id,
      chainKey,
      chainSeq: next.chainSeq,
      reason: `missing entry before sequence ${next.chainSeq}`,
    });
  });
});
