import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, appendEvents, lastEventSeq, readEvents, tables } from "@regiehub/db";
import { createDatabase } from "@regiehub/db";
import { eq } from "drizzle-orm";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { casePersons, recordObservation } from "../support/dossier";

// The outbox (issue 5): every change writes its dossier event in its own transaction, with a sequence whose
// order is the commit order.

const P = DEMO.professionals;
const C = DEMO.cases;
let hub: TestHub;
let token: string;

beforeAll(async () => {
  hub = await startTestHub();
  token = await signIn(hub, P.casusregisseur);
});
afterAll(async () => {
  await hub?.stop();
});

describe("dossier events", () => {
  it("a change writes one event per changed item with what filtering needs, in the change's transaction", async () => {
    const before = await lastEventSeq(hub.database.db);
    const persons = await casePersons(hub, token, C.separatedParents);
    const item = await recordObservation(hub, token, {
      caseId: C.separatedParents,
      domain: "EDUCATION",
      dataClass: "GENERAL",
      subjectPersonIds: [persons[0]!.id],
      statement: "Komt op tijd op school.",
    });
    const events = await readEvents(hub.database.db, before);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      seq: before + 1,
      caseId: C.separatedParents,
      operation: "CREATE",
      itemId: item.id,
      itemKind: "OBSERVATION",
      domain: "EDUCATION",
      dataClass: "GENERAL",
      subjectPersonIds: [persons[0]!.id],
      actorProfessionalId: P.casusregisseur,
    });
    expect(await lastEventSeq(hub.database.db)).toBe(before + 1);
  });

  it("a refused change writes no event", async () => {
    const before = await lastEventSeq(hub.database.db);
    const res = await gql(
      hub,
      `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { id } }`,
      {
        input: {
          caseId: C.separatedParents,
          domain: "EDUCATION",
          dataClass: "GENERAL",
          subjectPersonIds: [],
          observationKind: "FACT",
          statement: "x",
          sourceKind: "FAMILY",
          legalBasis: "CONSENT",
        },
      },
      token,
    );
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(await lastEventSeq(hub.database.db)).toBe(before);
  });

  it("a case-level change (a grant) writes one event without an item", async () => {
    const before = await lastEventSeq(hub.database.db);
    const persons = await casePersons(hub, token, C.separatedParents);
    const res = await gql(
      hub,
      `mutation($input: GrantAccessInput!) { grantAccess(input: $input) { id } }`,
      {
        input: {
          caseId: C.separatedParents,
          granteeOrganisationId: DEMO.organisations.secondarySchool,
          subjectPersonIds: [persons[0]!.id],
          domains: ["EDUCATION"],
          dataClasses: ["GENERAL"],
          purpose: "Schoolondersteuning",
          legalBasis: "CONSENT",
          evidenceReference: "Toestemmingsformulier 12",
        },
      },
      token,
    );
    expect(res.errors).toBeUndefined();
    const events = await readEvents(hub.database.db, before);
    expect(events.map((e) => [e.caseId, e.itemId])).toEqual([[C.separatedParents, null]]);
  });
});

// Two transactions that take sequence numbers in one order and try to commit in the other: the later one
// waits for the earlier, so a reader never sees a gap that fills in later. Needs two connections: PostgreSQL.
describe.skipIf(!process.env.TEST_DATABASE_URL)("commit order (PostgreSQL)", () => {
  it("delivers both events, in commit order, with no gap ever visible", async () => {
    const a = await createDatabase({ databaseUrl: hub.config.database.url, poolSize: 4 });
    try {
      const db = a.db;
      const start = await lastEventSeq(db);
      const change = {
        caseId: C.multiProblem,
        changeKind: "CASE_UPDATED" as const,
        itemIds: [],
        fields: ["Case.title"],
      };
      const event = { ...change, actorProfessionalId: null, organisationId: null };

      let releaseFirst!: () => void;
      const firstMayCommit = new Promise<void>((r) => (releaseFirst = r));
      let firstTook!: () => void;
      const firstHasSeq = new Promise<void>((r) => (firstTook = r));
      const first = db.transaction(async (tx) => {
        const [seq] = await appendEvents(tx, [event]);
        firstTook();
        await firstMayCommit;
        return seq!;
      });
      await firstHasSeq;

      let secondDone = false;
      const second = db
        .transaction(async (tx) => {
          const [seq] = await appendEvents(tx, [event]);
          return seq!;
        })
        .then((seq) => {
          secondDone = true;
          return seq;
        });
      // The second transaction wants to commit first, but cannot take a sequence number until the first commits.
      await new Promise((r) => setTimeout(r, 300));
      expect(secondDone).toBe(false);
      expect(
        await readEvents(db, start, { filter: { kind: "stream", stream: "case", caseId: C.multiProblem } }),
      ).toEqual([]);

      releaseFirst();
      const [s1, s2] = await Promise.all([first, second]);
      expect(s2).toBe(s1 + 1);
      const seen = await readEvents(db, start, {
        filter: { kind: "stream", stream: "case", caseId: C.multiProblem },
      });
      expect(seen.map((e) => e.seq)).toEqual([s1, s2]);
      const [row] = await db.select().from(tables.eventSequence).where(eq(tables.eventSequence.id, 1));
      expect(row!.last).toBe(s2);
    } finally {
      await a.close();
    }
  });
});
