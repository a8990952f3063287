import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { DEMO, sealProcessingLog, tables, verifyProcessingLog } from "@regiehub/db";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { casePersons, recordObservation } from "../support/dossier";

// The processing log under concurrency (PostgreSQL, several connections): ten clients writing to one case
// while others read it. Requests append their entries unsealed, without a lock; the sealer chains them after
// commit (and two sealers running at once never fork a chain), so the chain stays whole: every answered
// write and every read is in it, in one unbroken sequence.

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem;
const CLIENTS = 10;
const WRITES_PER_CLIENT = 8;

let hub: TestHub;
let token: string;
let kim: string;

beforeAll(async () => {
  hub = await startTestHub({ DB_POOL_SIZE: "12" });
  token = await signIn(hub, P.casusregisseur);
  kim = (await casePersons(hub, token, CASE)).find((p) => p.givenName === "Kim")!.id;
});
afterAll(async () => {
  await hub?.stop();
});

describe.skipIf(!process.env.TEST_DATABASE_URL)(
  "log verification with concurrent writers (PostgreSQL)",
  () => {
    it("keeps one unbroken chain per case with every write and read of ten concurrent clients", async () => {
      const db = hub.database.db;
      const chainKey = `case:${CASE}`;
      const entriesBefore = (
        await db.select().from(tables.processingLog).where(eq(tables.processingLog.chainKey, chainKey))
      ).length;

      const written: string[] = [];
      let reads = 0;
      await Promise.all(
        Array.from({ length: CLIENTS }, async (_, client) => {
          for (let i = 0; i < WRITES_PER_CLIENT; i++) {
            const item = await recordObservation(hub, token, {
              caseId: CASE,
              domain: "EDUCATION",
              dataClass: "GENERAL",
              subjectPersonIds: [kim],
              statement: `Gelijktijdige waarneming ${client}-${i}`,
            });
            written.push(item.id);
            const read: any = await gql(
              hub,
              `query($id: ID!) { case(id: $id) { timeline(first: 5) { edges { node { id } } } } }`,
              { id: CASE },
              token,
            );
            expect(read.errors).toBeUndefined();
            reads++;
          }
        }),
      );
      expect(written).toHaveLength(CLIENTS * WRITES_PER_CLIENT);
      expect(reads).toBe(CLIENTS * WRITES_PER_CLIENT);

      // Sealers racing the hub's own (which the requests woke): one at a time, whatever calls them.
      await Promise.all([
        sealProcessingLog(db, { wait: true }),
        sealProcessingLog(db, { wait: true }),
        hub.logSealer.sealNow(),
      ]);
      const verified = await verifyProcessingLog(db);
      expect(verified).toMatchObject({ ok: true, unsealed: 0 });
      const chain = await db
        .select({
          seq: tables.processingLog.chainSeq,
          items: tables.processingLog.itemIds,
          op: tables.processingLog.operation,
        })
        .from(tables.processingLog)
        .where(eq(tables.processingLog.chainKey, chainKey));
      // Every answered write has its CREATE entry; the chain grew by at least one write and one read each.
      const created = new Set(chain.filter((e) => e.op === "CREATE").flatMap((e) => e.items));
      for (const id of written) expect(created.has(id)).toBe(true);
      expect(chain.length - entriesBefore).toBeGreaterThanOrEqual(2 * CLIENTS * WRITES_PER_CLIENT);
      // One unbroken sequence 1..n.
      const seqs = chain.map((e) => e.seq!).sort((a, b) => a - b);
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    });
  },
);
