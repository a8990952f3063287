import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DEMO } from "@regiehub/db";
import { signIn, startTestHub, type TestHub } from "../support/hub";
import { casePersons } from "../support/dossier";
import { countOf, keyRows, send, type SentRequest } from "../support/requests";
import { dutchToday } from "../support/dates";

// Safe retries (README, "Idempotency-Key"): a mutation sent again with the same key changes nothing and gets the
// first answer; the same key with another request is CONFLICT; keys are per actor and kept 24 hours; a hub that
// dies between the commit and the answer leaves the key claimed with the change, so a retry changes nothing.
// On PGlite, and on PostgreSQL with TEST_DATABASE_URL. Several instances and a real SIGKILL:
// idempotency-instances.test.ts (PostgreSQL).

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem;
const today = dutchToday();

let hub: TestHub;
let sanne: string;
let youssef: string;
let kim: string;
/** Set by a test to act on the SQL the hub sends (the hub's `onQuery`); returning throws that statement. */
let onQuery: ((sql: string) => void) | undefined;

const count = (query: ReturnType<typeof sql>) => countOf(hub.database.db, query);
const lastEvent = () => count(sql`select coalesce(max(seq), 0)::int as n from dossier_events`);
const casesTitled = (title: string) =>
  count(sql`select count(*)::int as n from cases where title = ${title}`);
const OPEN_CASE = `mutation($input: OpenCaseInput!) { openCase(input: $input) { id reference title version openedOn } }`;
const openCase = (title: string) => ({
  query: OPEN_CASE,
  variables: { input: { title, municipality: "Lindehaven" } },
});

/** The web app's operations (a hash alone names one of these for a person: trusted documents). */
const WEB_MANIFEST = fileURLToPath(
  new URL("../../apps/web/src/generated/persisted-query-manifest.json", import.meta.url),
);

beforeAll(async () => {
  hub = await startTestHub(
    { TRUSTED_DOCUMENTS_MANIFEST: WEB_MANIFEST },
    { onQuery: (statement) => onQuery?.(statement) },
  );
  [sanne, youssef] = await Promise.all([signIn(hub, P.casusregisseur), signIn(hub, P.casusregisseurYoussef)]);
  kim = (await casePersons(hub, sanne, CASE)).find((p) => p.givenName === "Kim")!.id;
});
afterAll(async () => {
  await hub?.stop();
});

function ok(res: SentRequest, field: string): any {
  if (res.status !== 200 || res.body.errors) throw new Error(`${field}: ${res.status} ${res.text}`);
  return res.body.data[field];
}

describe("each create mutation, sent twice with the same key", () => {
  // Made by the mutations before (the plan's goal for the action, …).
  const made: Record<string, string> = {};
  const creates: {
    field: string;
    table: string;
    request: () => { query: string; variables: Record<string, unknown> };
  }[] = [
    { field: "openCase", table: "cases", request: () => openCase("Gezin Herhaald") },
    {
      field: "addPerson",
      table: "persons",
      request: () => ({
        query: `mutation($input: AddPersonInput!) { addPerson(input: $input) { id fullName householdRole version } }`,
        variables: {
          input: { caseId: CASE, givenName: "Noor", familyName: "Koopmans", householdRole: "CHILD" },
        },
      }),
    },
    {
      field: "addTeamMember",
      table: "case_team_members",
      request: () => ({
        query: `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id domains organisation { id } } }`,
        variables: {
          input: { caseId: CASE, organisationId: DEMO.organisations.huisarts, domains: ["PHYSICAL_HEALTH"] },
        },
      }),
    },
    {
      field: "recordObservation",
      table: "observations",
      request: () => ({
        query: `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { id version statement } }`,
        variables: {
          input: {
            caseId: CASE,
            domain: "EDUCATION",
            dataClass: "GENERAL",
            subjectPersonIds: [kim],
            observationKind: "FACT",
            sourceKind: "OWN_OBSERVATION",
            statement: "Kim was deze week drie dagen afwezig",
            legalBasis: "LEGAL_TASK",
          },
        },
      }),
    },
    {
      field: "recordNote",
      table: "notes",
      request: () => ({
        query: `mutation($input: RecordNoteInput!) { recordNote(input: $input) { id title occurredOn } }`,
        variables: {
          input: {
            caseId: CASE,
            domain: "EDUCATION",
            dataClass: "GENERAL",
            subjectPersonIds: [kim],
            title: "Gesprek met school",
            body: "Afspraken over de schoolgang van Kim",
            occurredOn: today,
            legalBasis: "LEGAL_TASK",
          },
        },
      }),
    },
    {
      field: "grantAccess",
      table: "consent_grants",
      request: () => ({
        query: `mutation($input: GrantAccessInput!) { grantAccess(input: $input) { id isActive } }`,
        variables: {
          input: {
            caseId: CASE,
            granteeOrganisationId: DEMO.organisations.woningcorporatie,
            subjectPersonIds: [kim],
            domains: ["HOUSING"],
            dataClasses: ["GENERAL"],
            purpose: "Afstemming woonsituatie",
            legalBasis: "CONSENT",
            evidenceReference: "Formulier T-7",
          },
        },
      }),
    },
    {
      field: "recordAssessment",
      table: "assessments",
      request: () => ({
        query: `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id score } }`,
        variables: {
          input: { caseId: CASE, personId: kim, domain: "EDUCATION", score: 2, assessedOn: today },
        },
      }),
    },
    {
      field: "addNetworkMember",
      table: "network_members",
      request: () => ({
        query: `mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { id name } }`,
        variables: {
          input: {
            caseId: CASE,
            subjectPersonIds: [kim],
            name: "Oma Koopmans",
            relation: "Oma",
            support: "Haalt Kim op",
          },
        },
      }),
    },
    {
      field: "recordProblem",
      table: "problems",
      request: () => ({
        query: `mutation($input: RecordProblemInput!) { recordProblem(input: $input) { id title } }`,
        variables: {
          input: {
            caseId: CASE,
            domain: "EDUCATION",
            dataClass: "GENERAL",
            subjectPersonIds: [kim],
            title: "Schoolverzuim",
            description: "Kim mist veel lessen",
          },
        },
      }),
    },
    {
      field: "draftPlan",
      table: "plans",
      request: () => ({
        query: `mutation($input: DraftPlanInput!) { draftPlan(input: $input) { id status version } }`,
        variables: { input: { caseId: CASE, perspective: "Kim gaat weer elke dag naar school" } },
      }),
    },
    {
      field: "addGoal",
      table: "goals",
      request: () => ({
        query: `mutation($input: AddGoalInput!) { addGoal(input: $input) { id familyWording } }`,
        variables: {
          input: {
            planId: made.draftPlan,
            domain: "EDUCATION",
            subjectPersonIds: [kim],
            familyWording: "Kim gaat elke dag naar school",
            professionalWording: "Schoolgang herstellen",
          },
        },
      }),
    },
    {
      field: "addAction",
      table: "actions",
      request: () => ({
        query: `mutation($input: AddActionInput!) { addAction(input: $input) { id title status } }`,
        variables: {
          input: {
            goalId: made.addGoal,
            title: "Gesprek met mentor",
            ownerOrganisationId: DEMO.organisations.wijkteamNoord,
          },
        },
      }),
    },
    {
      field: "recordResult",
      table: "results",
      request: () => ({
        query: `mutation($input: RecordResultInput!) { recordResult(input: $input) { id status } }`,
        variables: {
          input: {
            goalId: made.addGoal,
            measuredOn: today,
            status: "IN_PROGRESS",
            evidence: "Twee weken aanwezig",
          },
        },
      }),
    },
    {
      field: "recordReferral",
      table: "referrals",
      request: () => ({
        query: `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { id care costCents } }`,
        variables: {
          input: {
            caseId: CASE,
            referralKind: "REFERRAL",
            care: "Ambulante jeugdhulp",
            providerName: "Jeugdhulp Lindehaven",
            startsOn: today,
            costCents: 120_000,
            subjectPersonIds: [kim],
          },
        },
      }),
    },
  ];

  for (const [i, create] of creates.entries()) {
    it(`${create.field}: one row, the same answer`, async () => {
      const rows = () => count(sql`select count(*)::int as n from ${sql.identifier(create.table)}`);
      const before = await rows();
      const key = `create-${i}-${create.field}`;
      const request = create.request();
      const first = await send(hub, request, { token: sanne, key });
      made[create.field] = ok(first, create.field).id;
      expect(first.replayed).toBeNull();
      const events = await lastEvent();
      expect(await rows()).toBe(before + 1);

      const again = await send(hub, request, { token: sanne, key });
      expect(again.status).toBe(200);
      expect(again.replayed).toBe("true");
      expect(again.text).toBe(first.text);
      expect(await rows()).toBe(before + 1);
      expect(await lastEvent()).toBe(events);
    });
  }

  it("without a key, the same mutation sent twice makes two (what the key is for)", async () => {
    const title = "Gezin Zonder Sleutel";
    ok(await send(hub, openCase(title), { token: sanne }), "openCase");
    ok(await send(hub, openCase(title), { token: sanne }), "openCase");
    expect(await casesTitled(title)).toBe(2);
  });
});

describe("the key", () => {
  it("with another request is CONFLICT (422) and changes nothing", async () => {
    const key = "conflict-key";
    ok(await send(hub, openCase("Gezin Eerste"), { token: sanne, key }), "openCase");
    const events = await lastEvent();
    for (const other of [
      openCase("Gezin Tweede"),
      { ...openCase("Gezin Eerste"), query: `${OPEN_CASE} ` },
      {
        ...openCase("Gezin Eerste"),
        query: OPEN_CASE.replace("mutation(", "mutation Open("),
        operationName: "Open",
      },
    ]) {
      const res = await send(hub, other, { token: sanne, key });
      expect(res.status).toBe(422);
      expect(res.body.data).toBeUndefined();
      expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", idempotency: "KEY_REUSED" });
    }
    expect(await casesTitled("Gezin Eerste")).toBe(1);
    expect(await casesTitled("Gezin Tweede")).toBe(0);
    expect(await lastEvent()).toBe(events);
  });

  it("is the actor's own: another professional's same key is another request", async () => {
    const key = "shared-key";
    const title = "Gezin Twee Sleutelhouders";
    const bySanne = await send(hub, openCase(title), { token: sanne, key });
    const byYoussef = await send(hub, openCase(title), { token: youssef, key });
    expect(ok(byYoussef, "openCase").id).not.toBe(ok(bySanne, "openCase").id);
    expect(byYoussef.replayed).toBeNull();
    expect(await casesTitled(title)).toBe(2);
    // Each retry replays its own actor's answer.
    expect((await send(hub, openCase(title), { token: sanne, key })).text).toBe(bySanne.text);
    expect((await send(hub, openCase(title), { token: youssef, key })).text).toBe(byYoussef.text);
    expect(await casesTitled(title)).toBe(2);
    const rows = (await keyRows(hub.database.db)).filter((r) => r.key === key);
    expect(rows.map((r) => r.actor_key).sort()).toEqual(
      [`professional:${P.casusregisseur}`, `professional:${P.casusregisseurYoussef}`].sort(),
    );
  });

  it("that is not 1–255 printable ASCII characters is BAD_USER_INPUT (400) on a mutation, and changes nothing", async () => {
    const title = "Gezin Slechte Sleutel";
    for (const key of ["", "x".repeat(256), "sleutel-é", "a\tb", '"niet gesloten']) {
      const res = await send(hub, openCase(title), { token: sanne, key });
      expect(res.status, JSON.stringify(key)).toBe(400);
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "Idempotency-Key",
      });
    }
    expect(await casesTitled(title)).toBe(0);
    // A query ignores the header, whatever it holds.
    const query = await send(hub, { query: "{ me { id } }" }, { token: sanne, key: "sleutel-é" });
    expect(query.status).toBe(200);
    expect(query.body.errors).toBeUndefined();
  });

  it("in the draft's quoted form is the same key as the bare one", async () => {
    const title = "Gezin Aanhalingstekens";
    const first = await send(hub, openCase(title), { token: sanne, key: '"quoted-key"' });
    ok(first, "openCase");
    const again = await send(hub, openCase(title), { token: sanne, key: "quoted-key" });
    expect(again.replayed).toBe("true");
    expect(again.text).toBe(first.text);
    expect(await casesTitled(title)).toBe(1);
  });

  it("compares the query as run, also when a persisted query sends only its hash", async () => {
    const key = "persisted-key";
    // The web app's own operation: a person's hash alone names one of these (README, "Trusted documents").
    const manifest = JSON.parse(readFileSync(WEB_MANIFEST, "utf8")) as {
      operations: { name: string; body: string }[];
    };
    const web = manifest.operations.find((o) => o.name === "OpenCase")!.body;
    const request = { ...openCase("Gezin Bewaarde Query"), query: web };
    const persisted = (query: string) => ({
      persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") },
    });
    const first = await send(
      hub,
      { ...request, extensions: persisted(request.query) },
      { token: sanne, key },
    );
    ok(first, "openCase");
    const byHash = { variables: request.variables, extensions: persisted(request.query) };
    const again = await send(hub, byHash, { token: sanne, key });
    expect(again.replayed).toBe("true");
    expect(again.text).toBe(first.text);
    // Another mutation, with its hash, under the same key: another request.
    const other = OPEN_CASE.replace(" version openedOn", "");
    const reused = await send(
      hub,
      { variables: request.variables, query: other, extensions: persisted(other) },
      { token: sanne, key },
    );
    expect(reused.status).toBe(422);
    expect(await casesTitled("Gezin Bewaarde Query")).toBe(1);
  });

  it("of a request that committed nothing stays free: the corrected request runs, and then replays", async () => {
    const key = "corrected-key";
    const refused = await send(hub, openCase(""), { token: sanne, key });
    expect(refused.body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect((await keyRows(hub.database.db)).some((r) => r.key === key)).toBe(false);

    const title = "Gezin Verbeterd";
    const first = await send(hub, openCase(title), { token: sanne, key });
    ok(first, "openCase");
    const again = await send(hub, openCase(title), { token: sanne, key });
    expect(again.replayed).toBe("true");
    expect(again.text).toBe(first.text);
    expect(await casesTitled(title)).toBe(1);
  });

  it("covers a request with several mutation fields as one unit", async () => {
    const request = {
      query: `mutation($a: OpenCaseInput!, $b: OpenCaseInput!) {
        a: openCase(input: $a) { id title } b: openCase(input: $b) { id title } }`,
      variables: {
        a: { title: "Gezin Eenheid A", municipality: "Lindehaven" },
        b: { title: "Gezin Eenheid B", municipality: "Lindehaven" },
      },
    };
    const first = await send(hub, request, { token: sanne, key: "unit-key" });
    expect(first.body.errors).toBeUndefined();
    const again = await send(hub, request, { token: sanne, key: "unit-key" });
    expect(again.replayed).toBe("true");
    expect(again.text).toBe(first.text);
    expect(await casesTitled("Gezin Eenheid A")).toBe(1);
    expect(await casesTitled("Gezin Eenheid B")).toBe(1);
    const row = (await keyRows(hub.database.db)).find((r) => r.key === "unit-key")!;
    const changes = (typeof row.changes === "string" ? JSON.parse(row.changes) : row.changes) as {
      kind: string;
      caseId: string;
    }[];
    expect(changes.map((c) => [c.kind, c.caseId])).toEqual([
      ["CASE_OPENED", first.body.data.a.id],
      ["CASE_OPENED", first.body.data.b.id],
    ]);
  });

  it("sent twice at once makes one change: the other answer is the same one or IN_PROGRESS (409)", async () => {
    const title = "Gezin Tegelijk";
    const answers = await Promise.all(
      [1, 2, 3].map(() => send(hub, openCase(title), { token: sanne, key: "race-key" })),
    );
    expect(await casesTitled(title)).toBe(1);
    const made = answers.filter((a) => a.replayed === null && a.status === 200);
    expect(made).toHaveLength(1);
    for (const other of answers.filter((a) => a !== made[0])) {
      if (other.status === 200) expect(other.text).toBe(made[0]!.text);
      else {
        expect(other.status).toBe(409);
        expect(other.body.errors?.[0]?.extensions).toMatchObject({
          code: "CONFLICT",
          idempotency: "IN_PROGRESS",
        });
        expect(Number(other.retryAfter)).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe("keys are kept 24 hours", () => {
  it("an expired key is not honoured, and the purge deletes keys older than 24 hours only", async () => {
    const key = "expiring-key";
    ok(await send(hub, openCase("Gezin Verlopen"), { token: sanne, key }), "openCase");
    ok(await send(hub, openCase("Gezin Vers"), { token: sanne, key: "fresh-key" }), "openCase");
    await hub.database.db.execute(
      sql`update idempotency_keys set created_at = created_at - interval '25 hours' where key = ${key}`,
    );
    // Expired: the same key with another request runs (it takes the key over).
    ok(await send(hub, openCase("Gezin Na Verloop"), { token: sanne, key }), "openCase");
    expect(await casesTitled("Gezin Na Verloop")).toBe(1);

    await hub.database.db.execute(
      sql`update idempotency_keys set created_at = created_at - interval '25 hours' where key = ${key}`,
    );
    const total = (await keyRows(hub.database.db)).length;
    expect(await hub.purgeIdempotencyKeys()).toBe(1);
    const left = await keyRows(hub.database.db);
    expect(left).toHaveLength(total - 1);
    expect(left.some((r) => r.key === key)).toBe(false);
    expect(left.some((r) => r.key === "fresh-key")).toBe(true);
    // A day later, every key made now is gone.
    expect(await hub.purgeIdempotencyKeys(new Date(Date.now() + 24 * 3_600_000 + 60_000))).toBe(total - 1);
    expect(await keyRows(hub.database.db)).toHaveLength(0);
  });
});

describe("a hub that stops between the commit and the answer", () => {
  it("leaves the key claimed with the change: a retry changes nothing and says what was done", async () => {
    const title = "Gezin Afgebroken";
    const key = "killed-key";
    // The answer never reaches the client, and is never stored: the connection is cut and the step that stores
    // the answer fails, right after the commit and the processing log, as a kill there would leave it.
    const client = new AbortController();
    let cut = false;
    onQuery = (statement) => {
      if (!cut && statement.startsWith('update "idempotency_keys" set "response_status"')) {
        cut = true;
        client.abort();
        throw new Error("the hub stops between commit and answer");
      }
    };
    try {
      await expect(
        send(hub, openCase(title), { token: sanne, key, signal: client.signal }),
      ).rejects.toThrow();
    } finally {
      onQuery = undefined;
    }
    expect(cut).toBe(true);
    expect(await casesTitled(title)).toBe(1);
    const [row] = (await keyRows(hub.database.db)).filter((r) => r.key === key);
    expect(row).toMatchObject({ actor_key: `professional:${P.casusregisseur}`, response: null });
    const [made] = await hub.database.db
      .execute(sql`select id from cases where title = ${title}`)
      .then((r: any) => (Array.isArray(r) ? r : r.rows) as { id: string }[]);
    const events = await lastEvent();

    // The request ended on this instance without an answer: the retry is told at once.
    const retry = await send(hub, openCase(title), { token: sanne, key });
    expect(retry.status).toBe(200);
    expect(retry.replayed).toBe("true");
    expect(retry.body.data).toBeNull();
    expect(retry.body.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      idempotency: "ANSWER_LOST",
      changes: [{ kind: "CASE_OPENED", caseId: made!.id, itemIds: [] }],
    });

    // Claimed on an instance this one does not know (killed, or still running): first "retry later", then —
    // once the request cannot be running any more — what was done.
    await hub.database.db.execute(
      sql`update idempotency_keys set claimed_by = 'another-instance' where key = ${key}`,
    );
    const running = await send(hub, openCase(title), { token: sanne, key });
    expect(running.status).toBe(409);
    expect(running.body.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      idempotency: "IN_PROGRESS",
    });
    expect(Number(running.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(running.retryAfter)).toBeLessThanOrEqual(60);
    await hub.database.db.execute(
      sql`update idempotency_keys set created_at = created_at - interval '2 minutes' where key = ${key}`,
    );
    const later = await send(hub, openCase(title), { token: sanne, key });
    expect(later.body.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      idempotency: "ANSWER_LOST",
    });

    expect(await casesTitled(title)).toBe(1);
    expect(await lastEvent()).toBe(events);
  });
});
