import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, sql } from "drizzle-orm";
import { DEMO, tables } from "@regiehub/db";
import { expectCode, gql, signIn, startTestHub, type GraphQLResponse, type TestHub } from "../support/hub";
import { casePersons, grant } from "../support/dossier";

// The inventory of the family plan through the API: self-reliance assessments (ZRM), safety assessments with
// their ACUTE notifications, the social network and the problem analysis — each a dossier item under consent.

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem; // casusregisseur Sanne Bakker, procesregisseur Marloes de Wit
const OTHER_CASE = DEMO.cases.separatedParents;
let hub: TestHub;
let director: string; // Sanne Bakker, casusregisseur (wijkteam Noord)
let proces: string; // Marloes de Wit, procesregisseur
let police: string; // wijkagent, team partner
let school: string; // zorgcoördinator Lindecollege, team partner without grants
let outsider: string; // huisarts, on no team
let persons: Record<string, string>;
let otherCasePerson: string;

const ASSESSMENT = `id kind domain dataClass legalBasis redacted accessVia version
  subjects { id } author { id } summary
  ... on Assessment { person { id givenName } score scoreLabel assessedOn explanation }`;
const SAFETY = `id kind domain dataClass legalBasis redacted version subjects { id }
  ... on SafetyAssessment { score riskLevel acute dangerStatements { danger safetyGoal } instrument assessedOn conclusion }`;
const NETWORK = `id kind domain dataClass redacted subjects { id }
  ... on NetworkMember { name relation support contact relationshipQuality }`;
const PROBLEM = `id kind domain dataClass redacted subjects { id }
  ... on Problem { title description causes { description chronic } patterns
    problemStatements { statement kind source } }`;

async function itemCount(kind?: string): Promise<number> {
  const { dossierItems } = tables;
  const [row] = await hub.database.db
    .select({ n: count() })
    .from(dossierItems)
    .where(and(eq(dossierItems.caseId, CASE), kind ? sql`${dossierItems.kind} = ${kind}` : undefined));
  return row!.n;
}

async function notificationCount(): Promise<number> {
  const [row] = await hub.database.db.select({ n: count() }).from(tables.notifications);
  return row!.n;
}

function fieldPaths(res: GraphQLResponse): string[] {
  return (res.errors ?? []).flatMap((e) => (e.extensions.fieldErrors ?? []).map((f) => f.path));
}

/** Runs a mutation that must be refused with `code`, and checks that nothing was stored. */
async function refused(
  token: string,
  mutation: string,
  input: Record<string, unknown>,
  code: string,
  paths: string[] = [],
): Promise<void> {
  const items = await itemCount();
  const notes = await notificationCount();
  const res = await gql(hub, mutation, { input }, token);
  expectCode(res, code);
  for (const path of paths) expect(fieldPaths(res)).toContain(path);
  expect(await itemCount()).toBe(items);
  expect(await notificationCount()).toBe(notes);
}

const RECORD_ASSESSMENT = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { ${ASSESSMENT} } }`;
const RECORD_SAFETY = `mutation($input: RecordSafetyAssessmentInput!) { recordSafetyAssessment(input: $input) { ${SAFETY} } }`;
const ADD_NETWORK = `mutation($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) { ${NETWORK} } }`;
const RECORD_PROBLEM = `mutation($input: RecordProblemInput!) { recordProblem(input: $input) { ${PROBLEM} } }`;
const NOTIFICATIONS = `query($unreadOnly: Boolean) { myNotifications(unreadOnly: $unreadOnly) {
  id kind itemId message createdAt readAt case { id reference } } }`;
const MARK_READ = `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;

async function recordAssessment(token: string, input: Record<string, unknown>) {
  const res = await gql(hub, RECORD_ASSESSMENT, { input: { caseId: CASE, ...input } }, token);
  if (!res.data?.recordAssessment) throw new Error(JSON.stringify(res.errors));
  return res.data.recordAssessment;
}

async function recordSafety(token: string, input: Record<string, unknown>) {
  const res = await gql(hub, RECORD_SAFETY, { input: { caseId: CASE, ...input } }, token);
  if (!res.data?.recordSafetyAssessment) throw new Error(JSON.stringify(res.errors));
  return res.data.recordSafetyAssessment;
}

async function caseQuery(token: string, fields: string, variables: Record<string, unknown> = {}) {
  const declared = [
    "$id: ID!",
    ...("personId" in variables ? ["$personId: ID"] : []),
    ...("domain" in variables ? ["$domain: Domain"] : []),
  ];
  return gql(
    hub,
    `query(${declared.join(", ")}) { case(id: $id) { ${fields} } }`,
    { id: CASE, ...variables },
    token,
  );
}

beforeAll(async () => {
  hub = await startTestHub();
  [director, proces, police, school, outsider] = await Promise.all([
    signIn(hub, P.casusregisseur),
    signIn(hub, P.procesregisseur),
    signIn(hub, P.wijkagent),
    signIn(hub, P.secondarySchoolProfessional),
    signIn(hub, P.huisarts),
  ]);
  persons = Object.fromEntries((await casePersons(hub, director, CASE)).map((p) => [p.givenName, p.id]));
  otherCasePerson = (await casePersons(hub, director, OTHER_CASE))[0]!.id;
});
afterAll(async () => {
  await hub?.stop();
});

describe("recordAssessment", () => {
  it("records a ZRM score about one person, with the case's default legal basis", async () => {
    const before = await itemCount("ASSESSMENT");
    const a = await recordAssessment(director, {
      personId: persons.Hans,
      domain: "WORK",
      score: 2,
      assessedOn: "2025-03-01",
      explanation: "  Werkloos sinds een jaar; solliciteert niet.  ",
    });
    expect(a).toMatchObject({
      kind: "ASSESSMENT",
      domain: "WORK",
      dataClass: "GENERAL",
      legalBasis: "LEGAL_TASK", // DRANG: a legal task
      redacted: false,
      accessVia: "DIRECTING_ORGANISATION",
      version: 1,
      subjects: [{ id: persons.Hans }],
      author: { id: P.casusregisseur },
      person: { id: persons.Hans, givenName: "Hans" },
      score: 2,
      scoreLabel: "niet zelfredzaam",
      assessedOn: "2025-03-01",
      explanation: "Werkloos sinds een jaar; solliciteert niet.",
      summary: "Zelfredzaamheid 2 (niet zelfredzaam)",
    });
    expect(await itemCount("ASSESSMENT")).toBe(before + 1);
    const rows = await hub.database.db
      .select()
      .from(tables.assessments)
      .where(eq(tables.assessments.itemId, a.id));
    expect(rows).toEqual([
      {
        itemId: a.id,
        personId: persons.Hans,
        score: 2,
        assessedOn: "2025-03-01",
        explanation: "Werkloos sinds een jaar; solliciteert niet.",
      },
    ]);
  });

  it("refuses SAFETY: safety has its own assessment", async () => {
    await refused(
      director,
      RECORD_ASSESSMENT,
      { caseId: CASE, personId: persons.Kim, domain: "SAFETY", score: 3, assessedOn: "2025-03-01" },
      "BAD_USER_INPUT",
      ["input.domain"],
    );
  });

  it("refuses bad input with a typed error and stores nothing", async () => {
    const base = {
      caseId: CASE,
      personId: persons.Kim,
      domain: "EDUCATION",
      score: 3,
      assessedOn: "2025-03-01",
    };
    await refused(director, RECORD_ASSESSMENT, { ...base, score: 0 }, "BAD_USER_INPUT", ["input.score"]);
    await refused(director, RECORD_ASSESSMENT, { ...base, score: 6 }, "BAD_USER_INPUT", ["input.score"]);
    await refused(director, RECORD_ASSESSMENT, { ...base, assessedOn: "2999-01-01" }, "BAD_USER_INPUT", [
      "input.assessedOn",
    ]);
    // a date that does not exist is refused by the Date scalar already
    await refused(director, RECORD_ASSESSMENT, { ...base, assessedOn: "2025-02-30" }, "BAD_USER_INPUT");
    await refused(director, RECORD_ASSESSMENT, { ...base, personId: otherCasePerson }, "BAD_USER_INPUT", [
      "input.personId",
    ]);
    await refused(director, RECORD_ASSESSMENT, { ...base, personId: "kim" }, "BAD_USER_INPUT", [
      "input.personId",
    ]);
    await refused(director, RECORD_ASSESSMENT, { ...base, explanation: "x".repeat(5001) }, "BAD_USER_INPUT", [
      "input.explanation",
    ]);
    await refused(director, RECORD_ASSESSMENT, { ...base, domain: "ASTROLOGY" }, "BAD_USER_INPUT");
    // several problems at once are all reported
    const res = await gql(
      hub,
      RECORD_ASSESSMENT,
      { input: { ...base, domain: "SAFETY", score: 9, assessedOn: "2999-01-01" } },
      director,
    );
    expect(fieldPaths(res).sort()).toEqual(["input.assessedOn", "input.domain", "input.score"]);
  });

  it("is for the team only: an outsider gets NOT_FOUND", async () => {
    await refused(
      outsider,
      RECORD_ASSESSMENT,
      { caseId: CASE, personId: persons.Kim, domain: "EDUCATION", score: 3, assessedOn: "2025-03-01" },
      "NOT_FOUND",
    );
  });
});

describe("selfRelianceProgress", () => {
  it("shows progress over repeated assessments, and logs each score used as a read", async () => {
    const ids: string[] = [];
    // recorded out of date order: progress orders by the date of the assessment
    for (const [assessedOn, score] of [
      ["2025-04-15", 3],
      ["2025-01-15", 1],
      ["2025-07-15", 4],
    ] as const) {
      ids.push(
        (
          await recordAssessment(director, {
            personId: persons.Linda,
            domain: "SUBSTANCE_USE",
            score,
            assessedOn,
          })
        ).id,
      );
    }
    const res = await caseQuery(
      director,
      `selfRelianceProgress { person { id } domain points { assessedOn score } latest { assessedOn score } change trend }
       assessments(personId: $personId, domain: $domain) { id ... on Assessment { assessedOn score } }`,
      { personId: persons.Linda, domain: "SUBSTANCE_USE" },
    );
    expect(res.errors).toBeUndefined();
    const linda = res.data.case.selfRelianceProgress.find(
      (p: any) => p.person.id === persons.Linda && p.domain === "SUBSTANCE_USE",
    );
    expect(linda).toEqual({
      person: { id: persons.Linda },
      domain: "SUBSTANCE_USE",
      points: [
        { assessedOn: "2025-01-15", score: 1 },
        { assessedOn: "2025-04-15", score: 3 },
        { assessedOn: "2025-07-15", score: 4 },
      ],
      latest: { assessedOn: "2025-07-15", score: 4 },
      change: 3,
      trend: "UP",
    });
    // Hans's single WORK score is its own series
    expect(
      res.data.case.selfRelianceProgress.find(
        (p: any) => p.person.id === persons.Hans && p.domain === "WORK",
      ),
    ).toMatchObject({ points: [{ assessedOn: "2025-03-01", score: 2 }], change: 0, trend: "FLAT" });
    // the filtered list: only Linda's substance use, newest first
    expect(res.data.case.assessments.map((a: any) => a.assessedOn)).toEqual([
      "2025-07-15",
      "2025-04-15",
      "2025-01-15",
    ]);

    // The procesregisseur has read none of these assessments yet: asking only for the progress logs the
    // reads of exactly the scores it was computed from.
    const readsBy = (actorId: string) =>
      hub.database.db
        .select()
        .from(tables.processingLog)
        .where(
          and(
            eq(tables.processingLog.caseId, CASE),
            eq(tables.processingLog.actorId, actorId),
            eq(tables.processingLog.operation, "READ"),
          ),
        );
    expect((await readsBy(P.procesregisseur)).some((r) => ids.some((id) => r.itemIds.includes(id)))).toBe(
      false,
    );
    const seen = await caseQuery(proces, `selfRelianceProgress { domain points { score } }`);
    expect(seen.errors).toBeUndefined();
    const reads = await readsBy(P.procesregisseur);
    for (const id of ids) {
      const entry = reads.find((r) => r.itemIds.includes(id));
      expect(entry?.fields).toEqual(
        expect.arrayContaining(["Assessment.score", "Assessment.assessedOn", "Assessment.person"]),
      );
      expect(entry?.legalBasis).toBe("LEGAL_TASK");
    }
  });
});

describe("recordSafetyAssessment", () => {
  it("records a safety assessment in the domain SAFETY, CHILD_SAFETY by default, without notifying", async () => {
    const notes = await notificationCount();
    const s = await recordSafety(police, {
      subjectPersonIds: [persons.Kim],
      score: 6,
      riskLevel: "MEDIUM",
      acute: false,
      dangerStatements: [
        { danger: " Ruzie met geweld in huis ", safetyGoal: "Kim heeft een veilige plek bij oma" },
      ],
      instrument: "LIRIK",
      assessedOn: "2025-05-01",
      conclusion: "Zorgelijk, niet acuut.",
    });
    expect(s).toMatchObject({
      kind: "SAFETY_ASSESSMENT",
      domain: "SAFETY",
      dataClass: "CHILD_SAFETY",
      legalBasis: "LEGAL_TASK",
      redacted: false,
      subjects: [{ id: persons.Kim }],
      score: 6,
      riskLevel: "MEDIUM",
      acute: false,
      dangerStatements: [
        { danger: "Ruzie met geweld in huis", safetyGoal: "Kim heeft een veilige plek bij oma" },
      ],
      instrument: "LIRIK",
      assessedOn: "2025-05-01",
      conclusion: "Zorgelijk, niet acuut.",
    });
    expect(await notificationCount()).toBe(notes);
    const top = await caseQuery(director, `acuteSafety { id } safetyAssessments { id }`);
    expect(top.data.case.acuteSafety).toBeNull();
    expect(top.data.case.safetyAssessments).toContainEqual({ id: s.id });
  });

  it("refuses bad input with a typed error and stores nothing", async () => {
    const base = {
      caseId: CASE,
      subjectPersonIds: [persons.Kim],
      score: 4,
      riskLevel: "HIGH",
      acute: true,
      dangerStatements: [{ danger: "Vader slaat", safetyGoal: "Niemand slaat in huis" }],
      assessedOn: "2025-05-01",
    };
    await refused(police, RECORD_SAFETY, { ...base, score: 11 }, "BAD_USER_INPUT", ["input.score"]);
    await refused(police, RECORD_SAFETY, { ...base, score: -1 }, "BAD_USER_INPUT", ["input.score"]);
    await refused(police, RECORD_SAFETY, { ...base, riskLevel: "MEDIUM" }, "BAD_USER_INPUT", [
      "input.riskLevel",
    ]);
    await refused(
      police,
      RECORD_SAFETY,
      { ...base, dangerStatements: [{ danger: "Vader slaat", safetyGoal: "  " }] },
      "BAD_USER_INPUT",
      ["input.dangerStatements.0.safetyGoal"],
    );
    await refused(
      police,
      RECORD_SAFETY,
      { ...base, dangerStatements: [{ danger: "", safetyGoal: "Niemand slaat" }] },
      "BAD_USER_INPUT",
      ["input.dangerStatements.0.danger"],
    );
    await refused(police, RECORD_SAFETY, { ...base, assessedOn: "2999-12-31" }, "BAD_USER_INPUT", [
      "input.assessedOn",
    ]);
    await refused(police, RECORD_SAFETY, { ...base, subjectPersonIds: [] }, "BAD_USER_INPUT", [
      "input.subjectPersonIds",
    ]);
    await refused(police, RECORD_SAFETY, { ...base, subjectPersonIds: [otherCasePerson] }, "BAD_USER_INPUT", [
      "input.subjectPersonIds",
    ]);
    await refused(police, RECORD_SAFETY, { ...base, instrument: "x".repeat(101) }, "BAD_USER_INPUT", [
      "input.instrument",
    ]);
    await refused(outsider, RECORD_SAFETY, base, "NOT_FOUND");
  });

  it("ACUTE notifies the casusregisseur and the procesregisseur, and shows on top of the case", async () => {
    const acute = await recordSafety(police, {
      subjectPersonIds: [persons.Kim, persons.Dylan],
      score: 1,
      riskLevel: "HIGH",
      acute: true,
      dangerStatements: [{ danger: "Vader dreigt met geweld", safetyGoal: "De kinderen slapen veilig" }],
      instrument: "ARIJ",
      assessedOn: "2025-06-01",
    });
    const rows = await hub.database.db
      .select()
      .from(tables.notifications)
      .where(eq(tables.notifications.itemId, acute.id));
    expect(rows.map((r) => r.recipientProfessionalId).sort()).toEqual(
      [P.casusregisseur, P.procesregisseur].sort(),
    );
    expect(rows.every((r) => r.kind === "ACUTE_SAFETY" && r.caseId === CASE && r.readAt === null)).toBe(true);

    const top = await caseQuery(
      director,
      `reference acuteSafety { id ... on SafetyAssessment { acute riskLevel } }`,
    );
    expect(top.data.case.acuteSafety).toEqual({ id: acute.id, acute: true, riskLevel: "HIGH" });
    const reference = top.data.case.reference;

    // the casusregisseur sees it in their notifications, without personal details
    const mine = await gql(hub, NOTIFICATIONS, { unreadOnly: true }, director);
    expect(mine.errors).toBeUndefined();
    const note = mine.data.myNotifications.find((n: any) => n.itemId === acute.id);
    expect(note).toMatchObject({
      kind: "ACUTE_SAFETY",
      itemId: acute.id,
      message: `Acute onveiligheid gemeld in casus ${reference}`,
      readAt: null,
      case: { id: CASE, reference },
    });
    expect(note.message).not.toMatch(/Kim|Dylan|Koopmans/);
    // so does the procesregisseur, with a notification of their own
    const theirs = await gql(hub, NOTIFICATIONS, {}, proces);
    const procesNote = theirs.data.myNotifications.find((n: any) => n.itemId === acute.id);
    expect(procesNote).toBeDefined();
    expect(procesNote.id).not.toBe(note.id);
    // the reporter gets none
    const reporter = await gql(hub, NOTIFICATIONS, {}, police);
    expect(reporter.data.myNotifications).toEqual([]);

    // only the recipient marks it read; to anyone else it does not exist
    expectCode(await gql(hub, MARK_READ, { id: note.id }, police), "NOT_FOUND");
    expectCode(await gql(hub, MARK_READ, { id: note.id }, proces), "NOT_FOUND");
    expectCode(await gql(hub, MARK_READ, { id: "not-an-id" }, director), "NOT_FOUND");
    const [stillUnread] = await hub.database.db
      .select()
      .from(tables.notifications)
      .where(eq(tables.notifications.id, note.id));
    expect(stillUnread!.readAt).toBeNull();

    const read = await gql(hub, MARK_READ, { id: note.id }, director);
    expect(read.errors).toBeUndefined();
    expect(read.data.markNotificationRead.readAt).toEqual(expect.any(String));
    // idempotent: marking again keeps the first moment
    const again = await gql(hub, MARK_READ, { id: note.id }, director);
    expect(again.data.markNotificationRead.readAt).toBe(read.data.markNotificationRead.readAt);
    const unread = await gql(hub, NOTIFICATIONS, { unreadOnly: true }, director);
    expect(unread.data.myNotifications.map((n: any) => n.id)).not.toContain(note.id);
    const all = await gql(hub, NOTIFICATIONS, { unreadOnly: false }, director);
    expect(all.data.myNotifications.map((n: any) => n.id)).toContain(note.id);
    // the procesregisseur's own notification is still unread
    const procesUnread = await gql(hub, NOTIFICATIONS, { unreadOnly: true }, proces);
    expect(procesUnread.data.myNotifications.map((n: any) => n.id)).toContain(procesNote.id);

    // a later, non-acute assessment takes the case off acute
    await recordSafety(police, {
      subjectPersonIds: [persons.Kim, persons.Dylan],
      score: 5,
      riskLevel: "MEDIUM",
      acute: false,
      dangerStatements: [],
      assessedOn: "2025-06-20",
    });
    const after = await caseQuery(
      director,
      `acuteSafety { id } safetyAssessments { ... on SafetyAssessment { assessedOn } }`,
    );
    expect(after.data.case.acuteSafety).toBeNull();
    const dates = after.data.case.safetyAssessments.map((s: any) => s.assessedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe("addNetworkMember", () => {
  it("adds a member of the social network", async () => {
    const res = await gql(
      hub,
      ADD_NETWORK,
      {
        input: {
          caseId: CASE,
          subjectPersonIds: [persons.Kim, persons.Linda, persons.Kim],
          name: "Oma Ria",
          relation: "grootmoeder (moederskant)",
          support: "Kim kan na school bij haar terecht",
          contact: "  ",
        },
      },
      director,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.addNetworkMember).toMatchObject({
      kind: "NETWORK_MEMBER",
      domain: "SOCIAL_NETWORK",
      dataClass: "GENERAL",
      redacted: false,
      name: "Oma Ria",
      relation: "grootmoeder (moederskant)",
      support: "Kim kan na school bij haar terecht",
      contact: null,
      relationshipQuality: null,
    });
    expect(res.data.addNetworkMember.subjects.map((s: any) => s.id).sort()).toEqual(
      [persons.Kim, persons.Linda].sort(),
    );
    const list = await caseQuery(director, `networkMembers { id }`);
    expect(list.data.case.networkMembers).toContainEqual({ id: res.data.addNetworkMember.id });
  });

  it("records the quality of the relationship, each value, and null when omitted or unknown", async () => {
    for (const quality of ["SUPPORTIVE", "STRESSFUL", "BROKEN", null]) {
      const res = await gql(
        hub,
        ADD_NETWORK,
        {
          input: {
            caseId: CASE,
            subjectPersonIds: [persons.Kim],
            name: `Netwerklid ${quality ?? "onbekend"}`,
            relation: "ex-partner van Linda",
            support: "Ziet Kim om het weekend",
            relationshipQuality: quality,
          },
        },
        director,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.addNetworkMember.relationshipQuality).toBe(quality);
      const [row] = await hub.database.db
        .select({ quality: tables.networkMembers.relationshipQuality })
        .from(tables.networkMembers)
        .where(eq(tables.networkMembers.itemId, res.data.addNetworkMember.id));
      expect(row).toEqual({ quality });
      const listed = await caseQuery(
        director,
        `networkMembers { id ... on NetworkMember { relationshipQuality } }`,
      );
      expect(listed.data.case.networkMembers).toContainEqual({
        id: res.data.addNetworkMember.id,
        relationshipQuality: quality,
      });
    }
  });

  it("hides the quality from a partner without a covering grant, like the other content", async () => {
    const res = await gql(
      hub,
      ADD_NETWORK,
      {
        input: {
          caseId: CASE,
          subjectPersonIds: [persons.Kim],
          name: "Vader van Kim",
          relation: "ex-partner van Linda",
          support: "Haalt Kim soms op",
          relationshipQuality: "STRESSFUL",
        },
      },
      director,
    );
    expect(res.errors).toBeUndefined();
    const stub = await gql(
      hub,
      `query($id: ID!) { dossierItem(id: $id) { ${NETWORK} } }`,
      { id: res.data.addNetworkMember.id },
      school,
    );
    expect(stub.data.dossierItem).toMatchObject({ redacted: true, name: null, relationshipQuality: null });
    expectCode(stub, "CONSENT_REQUIRED");
    expect(JSON.stringify(stub)).not.toContain("STRESSFUL");
  });

  it("refuses bad input with a typed error and stores nothing", async () => {
    const base = {
      caseId: CASE,
      subjectPersonIds: [persons.Kim],
      name: "Buurvrouw Els",
      relation: "buurvrouw",
      support: "Haalt Kim op",
    };
    await refused(director, ADD_NETWORK, { ...base, name: "   " }, "BAD_USER_INPUT", ["input.name"]);
    await refused(director, ADD_NETWORK, { ...base, support: "" }, "BAD_USER_INPUT", ["input.support"]);
    await refused(director, ADD_NETWORK, { ...base, relation: "x".repeat(201) }, "BAD_USER_INPUT", [
      "input.relation",
    ]);
    await refused(director, ADD_NETWORK, { ...base, subjectPersonIds: [] }, "BAD_USER_INPUT", [
      "input.subjectPersonIds",
    ]);
    await refused(director, ADD_NETWORK, { ...base, subjectPersonIds: [otherCasePerson] }, "BAD_USER_INPUT", [
      "input.subjectPersonIds",
    ]);
    await refused(director, ADD_NETWORK, { ...base, relationshipQuality: "HOSTILE" }, "BAD_USER_INPUT");
    await refused(director, ADD_NETWORK, { ...base, relationshipQuality: "stressful" }, "BAD_USER_INPUT");
    await refused(director, ADD_NETWORK, { ...base, relationshipQuality: 3 }, "BAD_USER_INPUT");
    await refused(outsider, ADD_NETWORK, base, "NOT_FOUND");
  });
});

describe("recordProblem", () => {
  it("records a problem with causes, patterns and statements", async () => {
    const res = await gql(
      hub,
      RECORD_PROBLEM,
      {
        input: {
          caseId: CASE,
          domain: "EDUCATION",
          dataClass: "GENERAL",
          subjectPersonIds: [persons.Kim],
          title: "  Kim gaat niet naar school ",
          description: "Kim is sinds september thuiszitter.",
          causes: [
            { description: "Moeder komt 's ochtends niet op gang", chronic: true },
            { description: "Pesten in de klas" },
          ],
          patterns: [" zorgmijding ", "zorgmijding", "schaamte"],
          statements: [
            { statement: "Kim is 40 dagen afwezig geweest", kind: "FACT", source: "Leerplicht" },
            { statement: "Kim voelt zich niet welkom", kind: "OPINION", source: "Kim" },
          ],
        },
      },
      director,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.recordProblem).toMatchObject({
      kind: "PROBLEM",
      domain: "EDUCATION",
      dataClass: "GENERAL",
      title: "Kim gaat niet naar school",
      description: "Kim is sinds september thuiszitter.",
      causes: [
        { description: "Moeder komt 's ochtends niet op gang", chronic: true },
        { description: "Pesten in de klas", chronic: false },
      ],
      patterns: ["zorgmijding", "schaamte"],
      problemStatements: [
        { statement: "Kim is 40 dagen afwezig geweest", kind: "FACT", source: "Leerplicht" },
        { statement: "Kim voelt zich niet welkom", kind: "OPINION", source: "Kim" },
      ],
    });
    const list = await caseQuery(director, `problems { id }`);
    expect(list.data.case.problems).toContainEqual({ id: res.data.recordProblem.id });

    // lists may be omitted
    const bare = await gql(
      hub,
      RECORD_PROBLEM,
      {
        input: {
          caseId: CASE,
          domain: "HOUSING",
          dataClass: "GENERAL",
          subjectPersonIds: [persons.Hans, persons.Linda],
          title: "Huurachterstand",
          description: "Drie maanden huurachterstand; ontruiming dreigt.",
        },
      },
      director,
    );
    expect(bare.errors).toBeUndefined();
    expect(bare.data.recordProblem).toMatchObject({ causes: [], patterns: [], problemStatements: [] });
  });

  it("refuses bad input with a typed error and stores nothing", async () => {
    const base = {
      caseId: CASE,
      domain: "FINANCES",
      dataClass: "GENERAL",
      subjectPersonIds: [persons.Hans],
      title: "Schulden",
      description: "Oplopende schulden bij meerdere schuldeisers.",
    };
    await refused(director, RECORD_PROBLEM, { ...base, title: " a " }, "BAD_USER_INPUT", ["input.title"]);
    await refused(director, RECORD_PROBLEM, { ...base, patterns: ["gokken", "  "] }, "BAD_USER_INPUT", [
      "input.patterns.1",
    ]);
    await refused(
      director,
      RECORD_PROBLEM,
      { ...base, causes: [{ description: "", chronic: true }] },
      "BAD_USER_INPUT",
      ["input.causes.0.description"],
    );
    await refused(
      director,
      RECORD_PROBLEM,
      { ...base, statements: [{ statement: "Er zijn 12 schuldeisers", kind: "FACT", source: " " }] },
      "BAD_USER_INPUT",
      ["input.statements.0.source"],
    );
    await refused(
      director,
      RECORD_PROBLEM,
      { ...base, statements: [{ statement: "Vader gokt", kind: "RUMOUR", source: "buren" }] },
      "BAD_USER_INPUT",
    );
    await refused(director, RECORD_PROBLEM, { ...base, description: "x".repeat(10_001) }, "BAD_USER_INPUT", [
      "input.description",
    ]);
    await refused(
      director,
      RECORD_PROBLEM,
      { ...base, patterns: Array.from({ length: 31 }, (_, i) => `patroon ${i}`) },
      "BAD_USER_INPUT",
      ["input.patterns"],
    );
    await refused(outsider, RECORD_PROBLEM, base, "NOT_FOUND");
  });
});

describe("consent", () => {
  it("a partner without a covering grant sees none of it; a grant on domain, class and persons shows it", async () => {
    const kimEducation = await recordAssessment(director, {
      personId: persons.Kim,
      domain: "EDUCATION",
      score: 2,
      assessedOn: "2025-02-01",
      explanation: "Kim zit thuis.",
    });
    const lists = `assessments { id ... on Assessment { score } } safetyAssessments { id } acuteSafety { id }
      networkMembers { id } problems { id } selfRelianceProgress { domain points { score } }`;
    const none = await caseQuery(school, lists);
    expect(none.errors).toBeUndefined();
    expect(none.data.case).toEqual({
      assessments: [],
      safetyAssessments: [],
      acuteSafety: null,
      networkMembers: [],
      problems: [],
      selfRelianceProgress: [],
    });

    const stub = await gql(
      hub,
      `query($id: ID!) { dossierItem(id: $id) { ${ASSESSMENT} } }`,
      { id: kimEducation.id },
      school,
    );
    expect(stub.data.dossierItem).toMatchObject({
      id: kimEducation.id,
      redacted: true,
      domain: "EDUCATION",
      score: null,
      scoreLabel: null,
      person: null,
      explanation: null,
      subjects: null,
    });
    expectCode(stub, "CONSENT_REQUIRED");
    expect(JSON.stringify(stub)).not.toContain("thuis");

    await grant(hub, director, {
      caseId: CASE,
      granteeOrganisationId: DEMO.organisations.secondarySchool,
      subjectPersonIds: [persons.Kim],
      domains: ["EDUCATION"],
      dataClasses: ["GENERAL"],
    });
    const granted = await caseQuery(school, lists);
    expect(granted.errors).toBeUndefined();
    // exactly Kim's education items: not the WORK or SUBSTANCE_USE scores, not the safety assessments (CHILD_SAFETY)
    expect(granted.data.case.assessments).toEqual([{ id: kimEducation.id, score: 2 }]);
    expect(granted.data.case.safetyAssessments).toEqual([]);
    expect(granted.data.case.acuteSafety).toBeNull();
    expect(granted.data.case.networkMembers).toEqual([]); // SOCIAL_NETWORK is not granted
    expect(granted.data.case.problems).toHaveLength(1); // Kim's education problem
    expect(granted.data.case.selfRelianceProgress).toEqual([{ domain: "EDUCATION", points: [{ score: 2 }] }]);
    const item = await gql(
      hub,
      `query($id: ID!) { dossierItem(id: $id) { ${ASSESSMENT} } }`,
      { id: kimEducation.id },
      school,
    );
    expect(item.errors).toBeUndefined();
    expect(item.data.dossierItem).toMatchObject({
      redacted: false,
      accessVia: "GRANT",
      score: 2,
      person: { id: persons.Kim },
      explanation: "Kim zit thuis.",
    });

    // a grant on SAFETY / CHILD_SAFETY for Kim alone does not cover an assessment about Kim and Dylan
    await grant(hub, director, {
      caseId: CASE,
      granteeOrganisationId: DEMO.organisations.secondarySchool,
      subjectPersonIds: [persons.Kim],
      domains: ["SAFETY"],
      dataClasses: ["CHILD_SAFETY"],
      legalBasis: "LEGAL_TASK",
    });
    const safety = await caseQuery(
      school,
      `safetyAssessments { id ... on SafetyAssessment { subjects { id } } }`,
    );
    expect(safety.errors).toBeUndefined();
    expect(safety.data.case.safetyAssessments.length).toBeGreaterThan(0);
    for (const s of safety.data.case.safetyAssessments) expect(s.subjects).toEqual([{ id: persons.Kim }]);
  });
});

describe("processing log", () => {
  it("has a CREATE entry for every inventory item, in the same transaction as the item", async () => {
    const items = await hub.database.db
      .select({ id: tables.dossierItems.id, kind: tables.dossierItems.kind })
      .from(tables.dossierItems)
      .where(
        and(
          eq(tables.dossierItems.caseId, CASE),
          sql`${tables.dossierItems.kind} in ('ASSESSMENT', 'SAFETY_ASSESSMENT', 'NETWORK_MEMBER', 'PROBLEM')`,
        ),
      );
    expect(new Set(items.map((i) => i.kind))).toEqual(
      new Set(["ASSESSMENT", "SAFETY_ASSESSMENT", "NETWORK_MEMBER", "PROBLEM"]),
    );
    const creates = await hub.database.db
      .select()
      .from(tables.processingLog)
      .where(and(eq(tables.processingLog.caseId, CASE), eq(tables.processingLog.operation, "CREATE")));
    const typeOf = {
      ASSESSMENT: "Assessment.score",
      SAFETY_ASSESSMENT: "SafetyAssessment.score",
      NETWORK_MEMBER: "NetworkMember.name",
      PROBLEM: "Problem.title",
    } as Record<string, string>;
    for (const item of items) {
      const entry = creates.find((c) => c.itemIds.includes(item.id));
      expect(entry, item.kind).toBeDefined();
      expect(entry!.fields).toContain(typeOf[item.kind]);
      expect(entry!.legalBasis).toBe("LEGAL_TASK");
    }
  });
});

describe("notifications follow access to the case", () => {
  it("a procesregisseur who no longer directs the case no longer sees its notifications", async () => {
    const acute = await recordSafety(police, {
      subjectPersonIds: [persons.Kim],
      score: 0,
      riskLevel: "HIGH",
      acute: true,
      dangerStatements: [
        { danger: "Kim is van huis weggelopen", safetyGoal: "Kim slaapt op een veilige plek" },
      ],
      assessedOn: "2025-08-01",
    });
    const before = await gql(hub, NOTIFICATIONS, {}, proces);
    const note = before.data.myNotifications.find((n: any) => n.itemId === acute.id);
    expect(note).toBeDefined();

    const current = await caseQuery(director, `version`);
    const moved = await gql(
      hub,
      `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { procesregisseur { id } } }`,
      { input: { id: CASE, version: current.data.case.version, procesregisseurId: P.procesregisseurRuud } },
      director,
    );
    expect(moved.data.updateCase.procesregisseur).toEqual({ id: P.procesregisseurRuud });

    const after = await gql(hub, NOTIFICATIONS, {}, proces);
    expect(after.errors).toBeUndefined();
    expect(after.data.myNotifications.map((n: any) => n.case.id)).not.toContain(CASE);
    expectCode(await gql(hub, MARK_READ, { id: note.id }, proces), "NOT_FOUND");
    // the casusregisseur still has theirs
    const directorNotes = await gql(hub, NOTIFICATIONS, { unreadOnly: true }, director);
    expect(directorNotes.data.myNotifications.map((n: any) => n.itemId)).toContain(acute.id);
  });
});
