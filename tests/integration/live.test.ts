import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, like } from "drizzle-orm";
import { DEMO, tables } from "@regiehub/db";
import { gql, signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { casePersons, grant, recordObservation } from "../support/dossier";
import { collect, lastSeq, sleep, type Delivery } from "../support/live";

// Live collaboration (issue 5): subscribe, change, receive — filtered per subscriber by the same policy as
// queries, decided per event (a withdrawn grant stops delivery at once), resolved once per group, and every
// delivery in the processing log.

const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.separatedParents; // directed by wijkteam Noord; school and GGZ on the team

const CASE_EVENTS = `subscription($caseId: ID!, $afterSeq: Seq) {
  caseEvents(caseId: $caseId, afterSeq: $afterSeq) {
    seq kind itemKind itemId fields
    item { id redacted ... on Observation { statement } }
    case { id title }
  }
}`;

let hub: TestHub;
let director: string; // Youssef, casusregisseur (wijkteam Noord)
let colleague: string; // Sanne, casusregisseur of the directing organisation
let school: string; // Petra, school (on the team)
let ggz: string; // Karin, GGZ (on the team)
let child: string;
let schoolGrant: string;

const statementsOf = (results: Delivery[]) =>
  results.map((r) => r.data?.caseEvents?.item?.statement).filter(Boolean);

beforeAll(async () => {
  hub = await startTestHub();
  [director, colleague, school, ggz] = await Promise.all([
    signIn(hub, P.casusregisseurYoussef),
    signIn(hub, P.casusregisseur),
    signIn(hub, P.schoolProfessional),
    signIn(hub, P.ggzBehandelaar),
  ]);
  const persons = await casePersons(hub, director, CASE);
  child = persons.find((p) => p.householdRole === "CHILD")!.id;
  schoolGrant = (
    await grant(hub, director, {
      caseId: CASE,
      granteeOrganisationId: O.school,
      subjectPersonIds: [child],
      domains: ["EDUCATION"],
      dataClasses: ["GENERAL"],
    })
  ).id;
});
afterAll(async () => {
  await hub?.stop();
});

const observe = (token: string, statement: string, domain = "EDUCATION", subjects = [child]) =>
  recordObservation(hub, token, {
    caseId: CASE,
    domain,
    dataClass: "GENERAL",
    subjectPersonIds: subjects,
    statement,
  });

describe("caseEvents", () => {
  it("delivers a change to a subscriber, resolved like a query, and logs the delivery as a read", async () => {
    const after = await lastSeq(hub, colleague);
    const client = wsClient(hub, colleague);
    const events = collect(client, CASE_EVENTS, { caseId: CASE, afterSeq: after });
    const item = await observe(director, "Kim vertelt trots over haar spreekbeurt.");
    const [first] = await events.until((r) => r.length >= 1);
    expect(first!.errors).toBeUndefined();
    expect(first!.data.caseEvents).toMatchObject({
      seq: after + 1,
      kind: "CREATED",
      itemKind: "OBSERVATION",
      itemId: item.id,
      item: { id: item.id, redacted: false, statement: "Kim vertelt trots over haar spreekbeurt." },
      case: { id: CASE },
    });
    // The processing log: one entry for the delivery, as a read by the recipient.
    await sleep(50);
    const entries = await hub.database.db
      .select()
      .from(tables.processingLog)
      .where(
        and(
          eq(tables.processingLog.actorId, P.casusregisseur),
          like(tables.processingLog.detail, `live case event ${after + 1}`),
        ),
      );
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ operation: "READ", caseId: CASE, organisationId: O.wijkteamNoord });
    expect(entries[0]!.itemIds).toContain(item.id);
    events.stop();
    await client.dispose();
  });

  it("filters every event by the subscriber's own grants, and a withdrawn grant stops delivery at once", async () => {
    const after = await lastSeq(hub, director);
    const clients = [wsClient(hub, school), wsClient(hub, ggz)];
    const [schoolEvents, ggzEvents] = clients.map((c) =>
      collect(c, CASE_EVENTS, { caseId: CASE, afterSeq: after }),
    );
    await observe(director, "Kim haalt een voldoende voor rekenen."); // school may see it, GGZ may not
    const ggzOwn = await observe(ggz, "Moeder komt op gesprek bij de GGZ.", "MENTAL_HEALTH"); // GGZ's own item
    await schoolEvents!.until((r) => statementsOf(r).includes("Kim haalt een voldoende voor rekenen."));
    await ggzEvents!.until((r) => r.some((e) => e.data?.caseEvents?.itemId === ggzOwn.id));
    expect(statementsOf(ggzEvents!.results)).toEqual(["Moeder komt op gesprek bij de GGZ."]);
    // The school never receives the GGZ's item (nor a stub of it).
    expect(schoolEvents!.results.some((e) => e.data?.caseEvents?.itemId === ggzOwn.id)).toBe(false);

    const withdrawn = await gql(
      hub,
      `mutation($input: WithdrawAccessInput!) { withdrawAccess(input: $input) { id } }`,
      { input: { id: schoolGrant, reason: "Ouders trekken toestemming in" } },
      director,
    );
    expect(withdrawn.errors).toBeUndefined();
    await observe(director, "Kim is gisteren ziek naar huis gegaan."); // no longer for the school
    const marker = await gql(
      hub,
      `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }`,
      { input: { id: CASE, version: await caseVersion(), title: "Gezin de Vries (live)" } },
      director,
    );
    expect(marker.errors).toBeUndefined();
    await schoolEvents!.until((r) =>
      r.some((e) => e.data?.caseEvents?.case?.title === "Gezin de Vries (live)"),
    );
    expect(statementsOf(schoolEvents!.results)).not.toContain("Kim is gisteren ziek naar huis gegaan.");
    expect(schoolEvents!.results.every((e) => e.errors === undefined)).toBe(true);
    // The school still received the case-level changes (the withdrawal itself and the new title).
    const kinds = schoolEvents!.results.map((e) => e.data.caseEvents.itemKind);
    expect(kinds).toContain(null);
    for (const c of clients) await c.dispose();
  });

  it("resolves an event once per group of subscribers with the same request and consent scope", async () => {
    const after = await lastSeq(hub, director);
    // Three sockets of the school's professional, one of the GGZ, one of the directing organisation.
    const tokens = [school, school, school, ggz, colleague];
    const clients = tokens.map((t) => wsClient(hub, t));
    const collectors = clients.map((c) =>
      collect(
        c,
        `subscription($caseId: ID!, $afterSeq: Seq) { caseEvents(caseId: $caseId, afterSeq: $afterSeq) { seq case { id } } }`,
        {
          caseId: CASE,
          afterSeq: after,
        },
      ),
    );
    // Let them catch up (nothing to replay) and go live.
    await sleep(300);
    const before = hub.live.executions;
    const deliveriesBefore = hub.live.deliveries;
    const marker = await gql(
      hub,
      `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }`,
      { input: { id: CASE, version: await caseVersion(), municipality: "Beekdal" } },
      director,
    );
    expect(marker.errors).toBeUndefined();
    await Promise.all(collectors.map((c) => c.until((r) => r.length >= 1)));
    expect(hub.live.executions - before).toBe(3); // school (×3 sockets), GGZ, wijkteam Noord
    expect(hub.live.deliveries - deliveriesBefore).toBe(5);
    const payloads = collectors.slice(0, 3).map((c) => JSON.stringify(c.results[0]));
    expect(new Set(payloads).size).toBe(1);
    for (const c of clients) await c.dispose();
  });

  it("refuses a case the subscriber may not see (NOT_FOUND) and more subscriptions than the cap", async () => {
    const outsider = await signIn(hub, P.woonconsulent); // not on this case's team
    const client = wsClient(hub, outsider);
    const refused = collect(client, CASE_EVENTS, { caseId: CASE });
    await refused
      .until((r) => r.length >= 1 || refused.error !== undefined || refused.completed)
      .catch(() => []);
    await sleep(100);
    const errors =
      (refused.error as { extensions?: { code?: string } }[] | undefined) ?? refused.results[0]?.errors;
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    await client.dispose();
  });
});

async function caseVersion(): Promise<number> {
  const [row] = await hub.database.db
    .select({ version: tables.cases.version })
    .from(tables.cases)
    .where(eq(tables.cases.id, CASE));
  return row!.version;
}
