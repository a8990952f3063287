import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { DEMO, tables } from "@regiehub/db";
import { gql, signIn, startTestHub, wsClient, wsRequest, type TestHub } from "../support/hub";
import { collect, lastSeq, sleep, type Delivery } from "../support/live";

// A live subscription to a case ends when its subscriber loses the case: once the subscriber's organisation
// is removed from the case team, the next event of the case ends `caseEvents` with the error a fresh
// subscription would get now (NOT_FOUND), followed by completion — it is not left open and silent. The
// socket stays open for other operations, and subscribers still on the team keep receiving events.

const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.separatedParents; // directed by wijkteam Noord (Youssef); school and GGZ on the team

const CASE_EVENTS = `subscription($caseId: ID!, $afterSeq: Seq) {
  caseEvents(caseId: $caseId, afterSeq: $afterSeq) { seq kind itemKind fields case { id title } }
}`;

let hub: TestHub;
let director: string; // Youssef, casusregisseur of the case
let school: string; // Petra, school: her organisation leaves the team
let ggz: string; // Karin, GGZ: stays on the team

beforeAll(async () => {
  // The session of an open socket is re-checked often, so that a professional's move shows quickly.
  hub = await startTestHub({ LIVE_AUTH_RECHECK_MS: "200" });
  [director, school, ggz] = await Promise.all([
    signIn(hub, P.casusregisseurYoussef),
    signIn(hub, P.schoolProfessional),
    signIn(hub, P.ggzBehandelaar),
  ]);
});
afterAll(async () => {
  await hub?.stop();
});

async function caseVersion(): Promise<number> {
  const [row] = await hub.database.db
    .select({ version: tables.cases.version })
    .from(tables.cases)
    .where(eq(tables.cases.id, CASE));
  return row!.version;
}

async function retitle(title: string): Promise<void> {
  const res = await gql(
    hub,
    `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }`,
    { input: { id: CASE, version: await caseVersion(), title } },
    director,
  );
  expect(res.errors).toBeUndefined();
}

const titles = (results: Delivery[]) => results.map((r) => r.data?.caseEvents?.case?.title).filter(Boolean);

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await sleep(20);
  }
}

describe("a live subscription whose organisation leaves the case team", () => {
  it("ends with the error a fresh subscription gets, while team members keep receiving", async () => {
    const after = await lastSeq(hub, director);
    const schoolClient = wsClient(hub, school);
    const ggzClient = wsClient(hub, ggz);
    try {
      const schoolEvents = collect(schoolClient, CASE_EVENTS, { caseId: CASE, afterSeq: after });
      const ggzEvents = collect(ggzClient, CASE_EVENTS, { caseId: CASE });
      await sleep(300); // the live-from-now subscription is registered
      // Both follow the case while both organisations are on the team.
      await retitle("Gezin Veenstra (samen)");
      await schoolEvents.until((r) => titles(r).includes("Gezin Veenstra (samen)"));
      await ggzEvents.until((r) => titles(r).includes("Gezin Veenstra (samen)"));
      expect(schoolEvents.results.every((r) => r.errors === undefined)).toBe(true);

      // The director removes every entry of the school from the team (its own events may end the school's
      // subscription already; the change below must at the latest).
      const received = schoolEvents.results.length;
      const team = await gql<{ case: { team: { id: string; organisation: { id: string } }[] } }>(
        hub,
        `query($id: ID!) { case(id: $id) { team { id organisation { id } } } }`,
        { id: CASE },
        director,
      );
      const entries = team.data!.case.team.filter((m) => m.organisation.id === O.school);
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        const removed = await gql(
          hub,
          `mutation($id: ID!) { removeTeamMember(id: $id) { id } }`,
          { id: entry.id },
          director,
        );
        expect(removed.errors).toBeUndefined();
      }

      // A change of the case: the school's subscription ends with a typed error and completes.
      const changedAt = Date.now();
      await retitle("Gezin Veenstra (zonder school)");
      await waitFor(() => schoolEvents.completed || schoolEvents.error !== undefined, 5_000, "school ended");
      expect(Date.now() - changedAt).toBeLessThan(5_000);
      expect(schoolEvents.error).toBeUndefined(); // completed, not a protocol error
      const since = schoolEvents.results.slice(received);
      const last = since.at(-1);
      expect(last?.data ?? null).toBeNull();
      expect(last?.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
      // One error, as the last message; nothing of the case after the school left the team.
      expect(since.slice(0, -1).every((r) => r.errors === undefined)).toBe(true);
      expect(titles(schoolEvents.results)).not.toContain("Gezin Veenstra (zonder school)");

      // The same answer as a fresh subscription to the case now.
      const fresh = await wsRequest(schoolClient, CASE_EVENTS, { caseId: CASE });
      expect(fresh.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
      expect(last!.errors![0]!.message).toBe(fresh.errors![0]!.message);
      // The socket itself stays open for other operations.
      const me = await wsRequest<{ me: { id: string } }>(schoolClient, "{ me { id } }");
      expect(me.data?.me.id).toBe(P.schoolProfessional);

      // The GGZ, still on the team, keeps receiving (and its subscription stays open).
      await ggzEvents.until((r) => titles(r).includes("Gezin Veenstra (zonder school)"));
      await retitle("Gezin Veenstra");
      await ggzEvents.until((r) => titles(r).includes("Gezin Veenstra"));
      expect(ggzEvents.results.every((r) => r.errors === undefined)).toBe(true);
      expect(ggzEvents.completed).toBe(false);
      expect(ggzEvents.error).toBeUndefined();
      ggzEvents.stop();
    } finally {
      await schoolClient.dispose();
      await ggzClient.dispose();
    }
  });

  it("ends when access ends otherwise: the subscriber moved to an organisation not on the team", async () => {
    const team = await gql<{ case: { team: { organisation: { id: string } }[] } }>(
      hub,
      `query($id: ID!) { case(id: $id) { team { organisation { id } } } }`,
      { id: CASE },
      director,
    );
    expect(team.data!.case.team.map((m) => m.organisation.id)).not.toContain(O.woningcorporatie);
    const client = wsClient(hub, ggz);
    try {
      const events = collect(client, CASE_EVENTS, { caseId: CASE });
      await sleep(300);
      await retitle("Gezin Veenstra (met GGZ)");
      await events.until((r) => titles(r).includes("Gezin Veenstra (met GGZ)"));
      // Karin moves to the housing corporation (as a directory update would); her socket's session is
      // re-checked within LIVE_AUTH_RECHECK_MS, the subscription at the next event of the case.
      await hub.database.db
        .update(tables.professionals)
        .set({ organisationId: O.woningcorporatie })
        .where(eq(tables.professionals.id, P.ggzBehandelaar));
      await sleep(500);
      await retitle("Gezin Veenstra (zonder GGZ)");
      await waitFor(() => events.completed || events.error !== undefined, 5_000, "GGZ ended");
      expect(events.error).toBeUndefined();
      expect(events.results.at(-1)?.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
      expect(titles(events.results)).not.toContain("Gezin Veenstra (zonder GGZ)");
    } finally {
      await client.dispose();
    }
  });
});
