import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { DEMO, resultRows, sealProcessingLog, tables } from "@regiehub/db";
import { expectCode, gql, signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { casePersons } from "../support/dossier";
import { collect, lastSeq } from "../support/live";
import { send } from "../support/requests";
import { ALL_SCOPES, adminOf, clientToken, registerClient } from "../support/api-clients";

// A partner's own references (issue 15, "[partners]"): an organisation attaches its own identifier (a school's
// student number) to a person in a case it sees, finds the case by it and sees it on the person — it alone:
// another organisation on the same team, the directing one included, never sees it (not on the person, not by
// the look-up, not in live events, not in the processing log, which names the change without the value); the
// person's inzage export lists it with the organisation's name. A professional and a partner system (with
// `references:manage`) alike; a system without that scope is refused and the refusal logged. Bad input is a
// typed error and changes nothing. On PGlite, and on PostgreSQL with TEST_DATABASE_URL.

const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.multiProblem;
const OTHER_CASE = DEMO.cases.separatedParents;
const SCHOOL_NAME = "Lindecollege (vmbo)";

const FIELDS = `id reference label createdAt person { id givenName } case { id title } organisation { id name }`;
const ATTACH = `mutation($input: AttachPartnerReferenceInput!) { attachPartnerReference(input: $input) { ${FIELDS} } }`;
const DETACH = `mutation($id: ID!) { detachPartnerReference(id: $id) }`;
const FIND = `query($reference: String!) { partnerReferences(reference: $reference) { ${FIELDS} } }`;
const ON_PERSONS = `query($id: ID!) { case(id: $id) { id persons { id givenName partnerReferences { id reference label organisation { id } } } } }`;

let hub: TestHub;
/** Professionals: the school (Ahmed Bouzid, on the team), the directing casusregisseur, other team partners. */
let ahmed: string;
let sanne: string;
let schuldhulp: string;
let wijkagent: string;
let marloes: string;
let schoolAdmin: { id: string; token: string };
/** The school's system with references:manage, and one without it. */
let withScope: { id: string; secret: string; serviceAccountId: string };
let withoutScope: { id: string; secret: string };
let kim: string;
let dylan: string;
/** A person of a case the debt counsellors are not on the team of. */
let veenstraPerson: string;

beforeAll(async () => {
  // Every refusal its own DENIED entry, so that each one can be found in the log.
  hub = await startTestHub({ DENIED_MERGE_SECONDS: "0" });
  [ahmed, sanne, schuldhulp, wijkagent, marloes] = await Promise.all([
    signIn(hub, P.secondarySchoolProfessional),
    signIn(hub, P.casusregisseur),
    signIn(hub, P.schuldhulpverlener),
    signIn(hub, P.wijkagent),
    signIn(hub, P.procesregisseur),
  ]);
  const persons = await casePersons(hub, sanne, CASE);
  kim = persons.find((p) => p.givenName === "Kim")!.id;
  dylan = persons.find((p) => p.givenName === "Dylan")!.id;
  veenstraPerson = (await casePersons(hub, sanne, OTHER_CASE))[0]!.id;
  schoolAdmin = await adminOf(hub, O.secondarySchool);
  const registered = await registerClient(hub, schoolAdmin.token, {
    name: "Leerlingvolgsysteem Lindecollege",
    scopes: [...ALL_SCOPES, "references:manage"],
  });
  withScope = {
    id: registered.id,
    secret: registered.secret!,
    serviceAccountId: registered.client.serviceAccount.id,
  };
  const narrow = await registerClient(hub, schoolAdmin.token, { name: "Roostersysteem Lindecollege" });
  withoutScope = { id: narrow.id, secret: narrow.secret! };
}, 60_000);

afterAll(async () => {
  await hub?.stop();
});

async function attach(token: string, input: Record<string, unknown>) {
  return gql<any>(hub, ATTACH, { input }, token);
}

async function attached(token: string, input: Record<string, unknown>) {
  const res = await attach(token, input);
  if (!res.data?.attachPartnerReference) throw new Error(JSON.stringify(res.errors));
  return res.data.attachPartnerReference as { id: string; reference: string; label: string | null };
}

async function find(token: string, reference: string) {
  const res = await gql<any>(hub, FIND, { reference }, token);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.partnerReferences as any[];
}

/** Each person of the case with the references the viewer sees on it. */
async function onPersons(token: string, caseId = CASE) {
  const res = await gql<any>(hub, ON_PERSONS, { id: caseId }, token);
  if (!res.data?.case) throw new Error(JSON.stringify(res.errors));
  return Object.fromEntries(
    (res.data.case.persons as any[]).map((p) => [p.givenName, p.partnerReferences]),
  ) as Record<string, any[]>;
}

async function log() {
  await sealProcessingLog(hub.database.db, { wait: true });
  return hub.database.db.select().from(tables.processingLog).orderBy(tables.processingLog.id);
}

/** Everything the hub keeps beside the table itself, as text: the log, the outbox, stored answers. */
async function everythingElse(): Promise<string> {
  return JSON.stringify(
    resultRows(
      await hub.database.db.execute(sql`select
        (select json_agg(l) from processing_log l) as log,
        (select json_agg(e) from dossier_events e) as events,
        (select json_agg(n) from notifications n) as notifications`),
    ),
  );
}

async function referenceRows() {
  return hub.database.db.select().from(tables.partnerReferences).orderBy(tables.partnerReferences.id);
}

describe("a professional's own references", () => {
  it("attaches one, finds the case by it, sees it on the person, detaches it", async () => {
    const seqBefore = await lastSeq(hub, sanne);
    const ref = await attached(ahmed, {
      personId: kim,
      reference: "  LL-20931 ",
      label: " leerlingnummer ",
    });
    expect(ref).toMatchObject({
      reference: "LL-20931",
      label: "leerlingnummer",
      person: { id: kim, givenName: "Kim" },
      case: { id: CASE, title: "Gezin Koopmans" },
      organisation: { id: O.secondarySchool, name: SCHOOL_NAME },
    });
    const [row] = await hub.database.db
      .select()
      .from(tables.partnerReferences)
      .where(eq(tables.partnerReferences.id, ref.id));
    expect(row).toMatchObject({
      organisationId: O.secondarySchool,
      caseId: CASE,
      personId: kim,
      reference: "LL-20931",
      label: "leerlingnummer",
      createdByProfessionalId: P.secondarySchoolProfessional,
      apiClientId: null,
    });

    // Found by the reference, exactly and after trimming.
    const found = await find(ahmed, " LL-20931  ");
    expect(found).toEqual([
      expect.objectContaining({ id: ref.id, case: { id: CASE, title: "Gezin Koopmans" } }),
    ]);
    expect(await find(ahmed, "ll-20931")).toEqual([]);
    expect(await find(ahmed, "LL-2093")).toEqual([]);
    // On the person, and on no other.
    const persons = await onPersons(ahmed);
    expect(persons.Kim).toEqual([
      { id: ref.id, reference: "LL-20931", label: "leerlingnummer", organisation: { id: O.secondarySchool } },
    ]);
    expect(persons.Dylan).toEqual([]);

    // A change of Kim in the log, naming the fields and never the value; no dossier event.
    const entries = await log();
    const created = entries.filter(
      (e) => e.actorId === P.secondarySchoolProfessional && e.operation === "CREATE" && e.caseId === CASE,
    );
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      fields: ["PartnerReference.reference", "PartnerReference.label"],
      subjectPseudonyms: [expect.any(String)],
      legalBasis: "LEGAL_TASK",
      actorType: "PROFESSIONAL",
      organisationId: O.secondarySchool,
    });
    expect(await lastSeq(hub, sanne)).toBe(seqBefore);
    // The look-up is a read of the case and of Kim, with the match.
    const lookups = entries.filter(
      (e) => e.actorId === P.secondarySchoolProfessional && e.detail === "lookup by own reference",
    );
    expect(lookups.length).toBeGreaterThanOrEqual(1);
    expect(lookups[0]).toMatchObject({
      caseId: CASE,
      operation: "READ",
      fields: expect.arrayContaining(["PartnerReference.reference", "Person.givenName"]),
    });
    // Whatever the caller selects: a look-up asking for ids only is still a read of the reference.
    const idsOnly = await gql<any>(hub, `{ partnerReferences(reference: "LL-20931") { id } }`, {}, ahmed);
    expect(idsOnly.data.partnerReferences).toEqual([{ id: ref.id }]);
    const last = (await log()).filter((e) => e.actorId === P.secondarySchoolProfessional).at(-1)!;
    expect(last).toMatchObject({
      caseId: CASE,
      operation: "READ",
      detail: "lookup by own reference",
      fields: ["PartnerReference.reference"],
      subjectPseudonyms: created[0]!.subjectPseudonyms,
    });
    expect(await everythingElse()).not.toContain("LL-20931");

    // Detached: gone from the look-up and the person; logged as a deletion.
    const detached = await gql<any>(hub, DETACH, { id: ref.id }, ahmed);
    expect(detached.errors).toBeUndefined();
    expect(detached.data.detachPartnerReference).toBe(ref.id);
    expect(await find(ahmed, "LL-20931")).toEqual([]);
    expect((await onPersons(ahmed)).Kim).toEqual([]);
    const deleted = (await log()).filter(
      (e) => e.actorId === P.secondarySchoolProfessional && e.operation === "DELETE" && e.caseId === CASE,
    );
    expect(deleted).toHaveLength(1);
    expect(deleted[0]!.fields).toEqual(["PartnerReference"]);
    expectCode(await gql(hub, DETACH, { id: ref.id }, ahmed), "NOT_FOUND");
    expect(await lastSeq(hub, sanne)).toBe(seqBefore);
  });

  it("offers the controls to the organisations on the team only", async () => {
    const can = async (token: string) => {
      const res = await gql<any>(
        hub,
        `query($id: ID!) { viewerCan case(id: $id) { viewerCan } }`,
        { id: CASE },
        token,
      );
      return { global: res.data.viewerCan as string[], onCase: res.data.case.viewerCan as string[] };
    };
    const school = await can(ahmed);
    expect(school.global).toContain("FIND_BY_REFERENCE");
    expect(school.onCase).toContain("MANAGE_REFERENCES");
    expect((await can(sanne)).onCase).toContain("MANAGE_REFERENCES");
    // The procesregisseur sees the case, but the municipality is not on its team.
    const director = await can(marloes);
    expect(director.global).toContain("FIND_BY_REFERENCE");
    expect(director.onCase).not.toContain("MANAGE_REFERENCES");
    expectCode(await attach(marloes, { personId: kim, reference: "GEM-1" }), "FORBIDDEN");
    expect((await onPersons(marloes)).Kim).toEqual([]);
  });

  it("keeps a retried attach to one reference (Idempotency-Key)", async () => {
    const request = { query: ATTACH, variables: { input: { personId: kim, reference: "LL-RETRY-1" } } };
    const first = await send(hub, request, { token: ahmed, key: "attach-kim-retry-1" });
    const again = await send(hub, request, { token: ahmed, key: "attach-kim-retry-1" });
    expect(first.body.errors).toBeUndefined();
    expect(again.replayed).toBe("true");
    expect(again.text).toBe(first.text);
    const rows = (await referenceRows()).filter((r) => r.reference === "LL-RETRY-1");
    expect(rows).toHaveLength(1);
    const id = first.body.data.attachPartnerReference.id as string;
    expect((await gql<any>(hub, DETACH, { id }, ahmed)).data.detachPartnerReference).toBe(id);
  });
});

describe("a partner system's own references", () => {
  it("attaches, finds, sees and detaches with references:manage, as its organisation", async () => {
    const token = await clientToken(hub, withScope.id, withScope.secret);
    const ref = await attached(token, { personId: dylan, reference: "SYS-7781", label: "leerlingnummer" });
    expect(ref).toMatchObject({
      person: { id: dylan },
      case: { id: CASE },
      organisation: { id: O.secondarySchool },
    });
    const [row] = await hub.database.db
      .select()
      .from(tables.partnerReferences)
      .where(eq(tables.partnerReferences.id, ref.id));
    expect(row).toMatchObject({
      apiClientId: withScope.id,
      createdByProfessionalId: withScope.serviceAccountId,
    });
    expect((await find(token, "SYS-7781")).map((r) => r.id)).toEqual([ref.id]);
    expect((await onPersons(token)).Dylan!.map((r: any) => r.reference)).toEqual(["SYS-7781"]);
    // The organisation's own: its professionals see what its system attached.
    expect((await find(ahmed, "SYS-7781")).map((r) => r.id)).toEqual([ref.id]);
    expect((await onPersons(ahmed)).Dylan!.map((r: any) => r.reference)).toEqual(["SYS-7781"]);

    const created = (await log()).filter(
      (e) => e.actorId === withScope.id && e.operation === "CREATE" && e.caseId === CASE,
    );
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      actorType: "PARTNER_SYSTEM",
      caseId: CASE,
      organisationId: O.secondarySchool,
    });

    expect((await gql<any>(hub, DETACH, { id: ref.id }, token)).data.detachPartnerReference).toBe(ref.id);
    expect(await find(token, "SYS-7781")).toEqual([]);
    const deleted = (await log()).filter(
      (e) => e.actorId === withScope.id && e.operation === "DELETE" && e.caseId === CASE,
    );
    expect(deleted).toHaveLength(1);
  });

  it("is refused without references:manage (FORBIDDEN, logged), and without cases:read sees no case", async () => {
    const kept = await attached(ahmed, { personId: kim, reference: "LL-KEPT-1" });
    const before = await referenceRows();
    const refusals = [
      await clientToken(hub, withoutScope.id, withoutScope.secret),
      // The client may have the scope, the token asked for less.
      await clientToken(hub, withScope.id, withScope.secret, { scope: "cases:read dossier:read" }),
    ];
    for (const token of refusals) {
      expectCode(await attach(token, { personId: kim, reference: "SYS-NO-1" }), "FORBIDDEN");
      expectCode(await gql(hub, FIND, { reference: "LL-KEPT-1" }, token), "FORBIDDEN");
      expectCode(await gql(hub, DETACH, { id: kept.id }, token), "FORBIDDEN");
      // The persons stay readable; the organisation's references are not released to it.
      expect((await onPersons(token)).Kim).toEqual([]);
    }
    expect(await referenceRows()).toEqual(before);

    const denied = (await log()).filter((e) => e.actorId === withoutScope.id && e.operation === "DENIED");
    expect(denied.map((e) => [e.caseId, e.fields]).sort()).toEqual(
      [
        [CASE, ["FORBIDDEN attachPartnerReference"]],
        [CASE, ["FORBIDDEN detachPartnerReference"]],
        [null, ["FORBIDDEN partnerReferences"]],
      ].sort(),
    );
    expect(denied.every((e) => e.actorType === "PARTNER_SYSTEM")).toBe(true);

    // references:manage without cases:read: the case is out of its sight, so the person is not found.
    const blind = await clientToken(hub, withScope.id, withScope.secret, { scope: "references:manage" });
    expectCode(await attach(blind, { personId: kim, reference: "SYS-BLIND-1" }), "NOT_FOUND");
    expectCode(await gql(hub, DETACH, { id: kept.id }, blind), "NOT_FOUND");
    expect(await find(blind, "LL-KEPT-1")).toEqual([]);
    expect(await referenceRows()).toEqual(before);
    // An ADMIN works on no case.
    expectCode(await gql(hub, FIND, { reference: "LL-KEPT-1" }, schoolAdmin.token), "FORBIDDEN");
    await gql(hub, DETACH, { id: kept.id }, ahmed);
  });
});

describe("another organisation on the same team", () => {
  it("never sees the school's reference: not on the person, not by look-up, not in the log", async () => {
    const ref = await attached(ahmed, { personId: kim, reference: "LL-SECRET-1", label: "leerlingnummer" });
    for (const token of [sanne, schuldhulp, wijkagent, marloes]) {
      const persons = await onPersons(token);
      for (const references of Object.values(persons)) expect(references).toEqual([]);
      expect(await find(token, "LL-SECRET-1")).toEqual([]);
      // Not found, as an unknown id; nothing changes.
      expectCode(await gql(hub, DETACH, { id: ref.id }, token), "NOT_FOUND");
    }
    expect((await referenceRows()).some((r) => r.id === ref.id)).toBe(true);
    // The directing organisation reads the log of the case: the change is there, the value is not.
    const logPage = await gql<any>(
      hub,
      `query($id: ID!) { processingLog(caseId: $id, first: 100) { edges { node { operation fields detail organisation { id } } } } }`,
      { id: CASE },
      sanne,
    );
    expect(logPage.errors).toBeUndefined();
    const nodes = logPage.data.processingLog.edges.map((e: any) => e.node);
    expect(nodes).toContainEqual(
      expect.objectContaining({
        operation: "CREATE",
        fields: expect.arrayContaining(["PartnerReference.reference"]),
        organisation: { id: O.secondarySchool },
      }),
    );
    expect(JSON.stringify(logPage)).not.toContain("LL-SECRET-1");
    expect(await everythingElse()).not.toContain("LL-SECRET-1");

    // Another organisation may keep the same value for the same person, as its own: each sees only its own.
    const theirs = await attached(schuldhulp, {
      personId: kim,
      reference: "LL-SECRET-1",
      label: "dossiernummer",
    });
    expect((await find(schuldhulp, "LL-SECRET-1")).map((r) => r.id)).toEqual([theirs.id]);
    expect((await find(ahmed, "LL-SECRET-1")).map((r) => r.id)).toEqual([ref.id]);
    expect((await onPersons(ahmed)).Kim!.map((r: any) => r.id)).toEqual([ref.id]);
    expect((await onPersons(schuldhulp)).Kim!.map((r: any) => r.id)).toEqual([theirs.id]);
    for (const [token, id] of [
      [ahmed, ref.id],
      [schuldhulp, theirs.id],
    ] as const) {
      expect((await gql<any>(hub, DETACH, { id }, token)).data.detachPartnerReference).toBe(id);
    }
  });

  it("hears no event of it, and live events carry each organisation's own references only", async () => {
    const query = `subscription($id: ID!, $after: Seq) { caseEvents(caseId: $id, afterSeq: $after) {
      seq fields case { persons { givenName partnerReferences { reference } } } } }`;
    const after = await lastSeq(hub, sanne);
    const sanneClient = wsClient(hub, sanne);
    const ahmedClient = wsClient(hub, ahmed);
    const directing = collect(sanneClient, query, { id: CASE, after });
    const school = collect(ahmedClient, query, { id: CASE, after });
    try {
      await attached(ahmed, { personId: kim, reference: "LL-LIVE-2", label: "leerlingnummer" });
      // Then a change everyone on the case hears of.
      const added = await gql<any>(
        hub,
        `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`,
        { input: { caseId: CASE, organisationId: O.huisarts, domains: ["PHYSICAL_HEALTH"] } },
        sanne,
      );
      expect(added.errors).toBeUndefined();
      const teamEvent = (r: any[]) => r.some((e) => e.data?.caseEvents?.fields?.includes("CaseTeamMember"));
      await Promise.all([directing.until(teamEvent), school.until(teamEvent)]);
      for (const events of [directing, school]) {
        expect(events.results.every((e) => !e.errors)).toBe(true);
        // No event of the attach itself: the team member's is the first and only one.
        expect(events.results).toHaveLength(1);
        expect(JSON.stringify(events.results)).not.toContain("PartnerReference");
      }
      expect(JSON.stringify(directing.results)).not.toContain("LL-LIVE-2");
      const kimSeenBySchool = school.results[0]!.data.caseEvents.case.persons.find(
        (p: any) => p.givenName === "Kim",
      );
      expect(kimSeenBySchool.partnerReferences).toEqual([{ reference: "LL-LIVE-2" }]);
    } finally {
      directing.stop();
      school.stop();
      await Promise.all([sanneClient.dispose(), ahmedClient.dispose()]);
    }
    const [live] = await find(ahmed, "LL-LIVE-2");
    await gql(hub, DETACH, { id: live.id }, ahmed);
  });
});

describe("bad input", () => {
  it("is a typed error and changes nothing", async () => {
    const existing = await attached(ahmed, { personId: kim, reference: "LL-DUP-1" });
    const before = await referenceRows();
    const changesBefore = (await log()).filter(
      (e) => e.operation !== "READ" && e.operation !== "DENIED",
    ).length;
    const expectBadInput = (res: any, field: string) => {
      expectCode(res, "BAD_USER_INPUT");
      expect(res.errors[0].extensions.field).toBe(field);
    };
    expectBadInput(await attach(ahmed, { personId: kim, reference: "" }), "input.reference");
    expectBadInput(await attach(ahmed, { personId: kim, reference: "   " }), "input.reference");
    expectBadInput(await attach(ahmed, { personId: kim, reference: "x".repeat(65) }), "input.reference");
    expectBadInput(await attach(ahmed, { personId: kim, reference: "LL\n1" }), "input.reference");
    expectBadInput(await attach(ahmed, { personId: kim, reference: "LL\u0000" }), "input.reference");
    expectBadInput(
      await attach(ahmed, { personId: kim, reference: "LL-3", label: "y".repeat(65) }),
      "input.label",
    );
    expectBadInput(await attach(ahmed, { personId: kim, reference: "LL-3", label: "a\tb" }), "input.label");
    // An unknown person, a malformed id and a person of a case out of sight: the same NOT_FOUND.
    const notFound = [
      await attach(ahmed, { personId: "00000000-0000-4000-8000-000000000000", reference: "LL-4" }),
      await attach(ahmed, { personId: "not-a-uuid", reference: "LL-4" }),
      await attach(schuldhulp, { personId: veenstraPerson, reference: "LL-4" }),
    ];
    for (const res of notFound) {
      expectCode(res, "NOT_FOUND");
      expect(res.errors![0]!.message).toBe("Not found");
    }
    // The same reference for the same person again.
    const duplicate = await attach(ahmed, { personId: kim, reference: " LL-DUP-1 " });
    expectCode(duplicate, "CONFLICT");
    // The look-up and detach.
    expectBadInput(await gql(hub, FIND, { reference: " " }, ahmed), "reference");
    expectBadInput(await gql(hub, FIND, { reference: "z".repeat(65) }, ahmed), "reference");
    expectCode(await gql(hub, DETACH, { id: "00000000-0000-4000-8000-000000000000" }, ahmed), "NOT_FOUND");
    expectCode(await gql(hub, DETACH, { id: "nope" }, ahmed), "NOT_FOUND");

    expect(await referenceRows()).toEqual(before);
    expect((await log()).filter((e) => e.operation !== "READ" && e.operation !== "DENIED").length).toBe(
      changesBefore,
    );
    // At the limits: 64 characters, and the same value for another person.
    const longest = await attached(ahmed, {
      personId: kim,
      reference: "r".repeat(64),
      label: "l".repeat(64),
    });
    const forDylan = await attached(ahmed, { personId: dylan, reference: "LL-DUP-1" });
    for (const { id } of [existing, longest, forDylan]) await gql(hub, DETACH, { id }, ahmed);
  });
});

describe("the inzage export", () => {
  it("lists every organisation's references held about the person, with the organisation's name", async () => {
    const school = await attached(ahmed, {
      personId: kim,
      reference: "LL-INZAGE-1",
      label: "leerlingnummer",
    });
    const debt = await attached(schuldhulp, { personId: kim, reference: "SH-77", label: "dossiernummer" });
    const other = await attached(ahmed, { personId: dylan, reference: "LL-INZAGE-2" });
    const res = await gql<any>(
      hub,
      `mutation($id: ID!) { exportPersonData(personId: $id) { json } }`,
      { id: kim },
      sanne,
    );
    expect(res.errors).toBeUndefined();
    const document = JSON.parse(res.data.exportPersonData.json);
    expect(document.partnerReferences).toEqual([
      {
        organisation: SCHOOL_NAME,
        reference: "LL-INZAGE-1",
        label: "leerlingnummer",
        createdAt: expect.any(String),
      },
      {
        organisation: "Stichting Geldwijs Lindehaven",
        reference: "SH-77",
        label: "dossiernummer",
        createdAt: expect.any(String),
      },
    ]);
    expect(res.data.exportPersonData.json).not.toContain("LL-INZAGE-2");
    for (const [token, id] of [
      [ahmed, school.id],
      [schuldhulp, debt.id],
      [ahmed, other.id],
    ] as const) {
      await gql(hub, DETACH, { id }, token);
    }
  });
});

describe("a case the organisation no longer sees", () => {
  it("is not returned once the organisation left the team, and its references cannot be reached", async () => {
    const ref = await attached(ahmed, { personId: kim, reference: "LL-GONE-1" });
    const system = await clientToken(hub, withScope.id, withScope.secret);
    expect((await find(system, "LL-GONE-1")).map((r) => r.id)).toEqual([ref.id]);
    const members = await hub.database.db
      .select({ id: tables.caseTeamMembers.id })
      .from(tables.caseTeamMembers)
      .where(
        and(
          eq(tables.caseTeamMembers.caseId, CASE),
          eq(tables.caseTeamMembers.organisationId, O.secondarySchool),
        ),
      );
    expect(members.length).toBeGreaterThan(0);
    for (const { id } of members) {
      const removed = await gql<any>(
        hub,
        `mutation($id: ID!) { removeTeamMember(id: $id) { id } }`,
        { id },
        sanne,
      );
      expect(removed.errors).toBeUndefined();
    }
    expect(await find(ahmed, "LL-GONE-1")).toEqual([]);
    expect(await find(system, "LL-GONE-1")).toEqual([]);
    expectCode(await attach(ahmed, { personId: kim, reference: "LL-GONE-2" }), "NOT_FOUND");
    expectCode(await gql(hub, DETACH, { id: ref.id }, ahmed), "NOT_FOUND");
    expectCode(await gql(hub, ON_PERSONS, { id: CASE }, ahmed), "NOT_FOUND");
    // Kept (the organisation may come back to the team), but out of its reach.
    expect((await referenceRows()).some((r) => r.id === ref.id)).toBe(true);
  });
});
