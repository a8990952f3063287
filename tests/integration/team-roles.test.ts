import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { DEMO, lastEventSeq, tables } from "@regiehub/db";
import { casePersons, grant } from "../support/dossier";
import { gql, signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { collect } from "../support/live";

// Why a team member is involved — its free-text role (`CaseTeamMember.responsibility`) — reaches only the
// member's own organisation and the case's directing side (team.readRole). The demo's Gezin Koopmans has the
// roles of the finding: "Verslavingsconsulent (moeder)", "Jeugdreclassering (Dylan, in jeugdinrichting)". A
// school with a grant on Kim's education, and the police without any grant, see who is involved and how to
// reach them, never why — on every path a team leaves the hub: the case, the case list, live events (case,
// portfolio, own actions), the family plan document, the inzage export and the processing log. Each answer is
// searched whole for the withheld role texts.

const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.multiProblem;

const TEAM = `team { id organisation { id name kind } professional { id name email }
  responsibility responsibilityRedacted isDirecting domains }`;

let hub: TestHub;
const tokens: Record<string, string> = {};
/** The team's roles in the database: organisation id → role text. */
let roles: Map<string, string>;
let startSeq: number;
let endSeq: number;
let kim: string;

/** The role texts an organisation may not see (none for the directing side). */
const withheldFrom = (organisationId: string) =>
  [...roles].filter(([org]) => org !== organisationId).map(([, text]) => text);

function expectNoneOf(texts: readonly string[], answer: unknown) {
  const json = typeof answer === "string" ? answer : JSON.stringify(answer);
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) expect(json, `"${text}" left the hub`).not.toContain(text);
}

function expectAll(answer: unknown) {
  const json = JSON.stringify(answer);
  for (const text of roles.values()) expect(json).toContain(text);
}

/** A team as a partner of `ownOrganisation` must see it: every entry, its own role only. */
function expectPartnerTeam(team: any[], ownOrganisation: string, errors: any[] | undefined, path: string) {
  expect(team.length).toBe(roles.size);
  for (const [n, m] of team.entries()) {
    expect(m.organisation.name).toBeTruthy();
    expect(m.organisation.kind).toBeTruthy();
    if (m.organisation.id === ownOrganisation) {
      expect(m.responsibility).toBe(roles.get(ownOrganisation));
      expect(m.responsibilityRedacted).toBe(false);
    } else {
      expect(m.responsibility).toBeNull();
      expect(m.responsibilityRedacted).toBe(true);
      const error = (errors ?? []).find((e) => e.path?.join(".") === `${path}.${n}.responsibility`);
      expect(error?.extensions?.code).toBe("CONSENT_REQUIRED");
    }
  }
  // Who is on the team is no secret: the directing organisation is marked, professionals are named.
  expect(team.filter((m) => m.isDirecting).map((m) => m.organisation.id)).toEqual([O.wijkteamNoord]);
  expect(team.some((m) => m.professional?.email)).toBe(true);
}

async function readPdfText(base64: string): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(Buffer.from(base64, "base64")), verbosity: 0 })
    .promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  const info = JSON.stringify((await pdf.getMetadata()).info);
  return `${pages.join(" ")} ${info}`.replace(/\s+/g, " ");
}

const ok = (res: any, name: string) => {
  if (res.errors?.length || !res.data?.[name]) throw new Error(`${name}: ${JSON.stringify(res.errors)}`);
  return res.data[name];
};

beforeAll(async () => {
  hub = await startTestHub();
  for (const who of [
    "casusregisseur",
    "procesregisseur",
    "secondarySchoolProfessional",
    "wijkagent",
    "privacyOfficer",
  ] as const) {
    tokens[who] = await signIn(hub, P[who]);
  }
  const rows = await hub.database.db
    .select({
      organisationId: tables.caseTeamMembers.organisationId,
      role: tables.caseTeamMembers.responsibility,
    })
    .from(tables.caseTeamMembers)
    .where(eq(tables.caseTeamMembers.caseId, CASE));
  roles = new Map(rows.map((r) => [r.organisationId, r.role ?? ""]));
  // The demo has the roles of the finding; every entry is one organisation here.
  expect(roles.size).toBe(rows.length);
  expect(roles.get(O.verslavingszorg)).toBe("Verslavingsconsulent (moeder)");
  expect(roles.get(O.jeugdbescherming)).toBe("Jeugdreclassering (Dylan, in jeugdinrichting)");
  expect([...roles.values()].every((r) => r.length > 0)).toBe(true);

  const director = tokens.casusregisseur!;
  const persons = await casePersons(hub, director, CASE);
  kim = persons.find((p) => p.givenName === "Kim")!.id;
  startSeq = await lastEventSeq(hub.database.db);

  // The school's narrow grant: Kim's education. A plan with a school goal and an action the school carries
  // (so a plan document and the school's own actions stream carry something), and a change of the case
  // itself (so the portfolio stream does).
  await grant(hub, director, {
    caseId: CASE,
    granteeOrganisationId: O.secondarySchool,
    subjectPersonIds: [kim],
    domains: ["EDUCATION"],
    dataClasses: ["GENERAL"],
  });
  const mutate = async (name: string, type: string, input: Record<string, unknown>, fields = "id") =>
    ok(
      await gql(
        hub,
        `mutation($input: ${type}!) { ${name}(input: $input) { ${fields} } }`,
        { input },
        director,
      ),
      name,
    );
  const plan = await mutate("draftPlan", "DraftPlanInput", {
    caseId: CASE,
    perspective: "Kim gaat weer naar school en het gezin houdt zijn huis.",
  });
  const goal = await mutate("addGoal", "AddGoalInput", {
    planId: plan.id,
    domain: "EDUCATION",
    subjectPersonIds: [kim],
    familyWording: "Kim gaat weer elke dag naar school",
    professionalWording: "Terugleiding naar school met een aangepast rooster",
    priority: "HIGH",
  });
  await mutate("addAction", "AddActionInput", {
    goalId: goal.id,
    title: "Rooster maken met de mentor",
    ownerOrganisationId: O.secondarySchool,
    ownerProfessionalId: P.secondarySchoolProfessional,
    dueOn: "2027-01-15",
  });
  const [row] = await hub.database.db
    .select({ version: tables.cases.version })
    .from(tables.cases)
    .where(eq(tables.cases.id, CASE));
  await mutate("escalateCase", "EscalateCaseInput", {
    caseId: CASE,
    version: row!.version,
    tableId: DEMO.escalationTables.zorgEnVeiligheidshuis,
    reason: "Geen doorbraak; naar het Zorg- en Veiligheidshuis",
  });
  endSeq = await lastEventSeq(hub.database.db);
});
afterAll(async () => {
  await hub?.stop();
});

const CASE_QUERY = `query($id: ID!) { case(id: $id) { id ${TEAM} } }`;
const CASES_QUERY = `{ cases(first: 100) { edges { node { id ${TEAM} } } } }`;

describe("the team as the directing side sees it", () => {
  for (const who of ["casusregisseur", "procesregisseur"] as const) {
    it(`${who}: every role, on the case and in the case list`, async () => {
      const one: any = await gql(hub, CASE_QUERY, { id: CASE }, tokens[who]);
      expect(one.errors).toBeUndefined();
      expectAll(one);
      expect(one.data.case.team.every((m: any) => m.responsibilityRedacted === false)).toBe(true);
      const list: any = await gql(hub, CASES_QUERY, {}, tokens[who]);
      expect(list.errors).toBeUndefined();
      expectAll(list.data.cases.edges.find((e: any) => e.node.id === CASE));
    });
  }

  it("casusregisseur: every role in live events", async () => {
    const client = wsClient(hub, tokens.casusregisseur);
    const events = collect(
      client,
      `subscription($caseId: ID!, $afterSeq: Seq) { caseEvents(caseId: $caseId, afterSeq: $afterSeq) {
        seq case { id ${TEAM} } } }`,
      { caseId: CASE, afterSeq: startSeq },
    );
    try {
      await events.until((r) => r.some((e) => e.data?.caseEvents?.seq === endSeq));
      expect(events.results.every((e) => e.errors === undefined)).toBe(true);
      expectAll(events.results.at(-1));
    } finally {
      events.stop();
      await client.dispose();
    }
  });
});

describe.each([
  {
    who: "secondarySchoolProfessional",
    label: "a school with a grant on Kim's education",
    org: O.secondarySchool,
  },
  { who: "wijkagent", label: "the police without a grant", org: O.politie },
] as const)("the team as $label sees it", ({ who, org }) => {
  it("the case: who is involved, its own role only", async () => {
    const res: any = await gql(hub, CASE_QUERY, { id: CASE }, tokens[who]);
    expectPartnerTeam(res.data.case.team, org, res.errors, "case.team");
    expectNoneOf(withheldFrom(org), res);
  });

  it("the case list", async () => {
    const res: any = await gql(hub, CASES_QUERY, {}, tokens[who]);
    const n = res.data.cases.edges.findIndex((e: any) => e.node.id === CASE);
    expect(n).toBeGreaterThanOrEqual(0);
    expectPartnerTeam(res.data.cases.edges[n].node.team, org, res.errors, `cases.edges.${n}.node.team`);
    expectNoneOf(withheldFrom(org), res);
  });

  it("live events of the case, the portfolio and the own actions", async () => {
    const client = wsClient(hub, tokens[who]);
    const streams = {
      caseEvents: collect(
        client,
        `subscription($caseId: ID!, $afterSeq: Seq) { caseEvents(caseId: $caseId, afterSeq: $afterSeq) {
          seq case { id ${TEAM} } } }`,
        { caseId: CASE, afterSeq: startSeq },
      ),
      portfolioEvents: collect(
        client,
        `subscription($afterSeq: Seq) { portfolioEvents(afterSeq: $afterSeq) { seq change case { id ${TEAM} } } }`,
        { afterSeq: startSeq },
      ),
      myActions: collect(
        client,
        `subscription($afterSeq: Seq) { myActions(afterSeq: $afterSeq) { seq case { id ${TEAM} } } }`,
        { afterSeq: startSeq },
      ),
    };
    try {
      const seqOf = (e: any) => Object.values(e.data ?? {}).map((v: any) => v?.seq)[0];
      await streams.caseEvents.until((r) => r.some((e) => seqOf(e) === endSeq));
      await streams.portfolioEvents.until((r) => r.some((e) => seqOf(e) === endSeq));
      if (who === "secondarySchoolProfessional") await streams.myActions.until((r) => r.length > 0);
      else await new Promise((r) => setTimeout(r, 300)); // the police carries no action: nothing to wait for
      for (const [name, stream] of Object.entries(streams)) {
        for (const delivery of stream.results) {
          const event = (delivery.data as any)[name];
          expectPartnerTeam(event.case.team, org, delivery.errors, `${name}.case.team`);
        }
        expectNoneOf(withheldFrom(org), stream.results);
      }
      expect(streams.myActions.results.length).toBe(who === "secondarySchoolProfessional" ? 1 : 0);
    } finally {
      Object.values(streams).forEach((s) => s.stop());
      await client.dispose();
    }
  });

  it("the family plan document", async () => {
    const res: any = await gql(
      hub,
      `query($caseId: ID!) { familyPlanDocument(caseId: $caseId) { contentBase64 } }`,
      { caseId: CASE },
      tokens[who],
    );
    expect(res.errors).toBeUndefined();
    const text = await readPdfText(res.data.familyPlanDocument.contentBase64);
    if (who === "secondarySchoolProfessional") expect(text).toContain("Kim gaat weer elke dag naar school");
    expectNoneOf(withheldFrom(org), text);
  });
});

describe("the other ways out of the hub", () => {
  it("the inzage export (privacy officer) holds no team roles", async () => {
    const res: any = await gql(
      hub,
      `mutation($id: ID!) { exportPersonData(personId: $id) { json } }`,
      { id: kim },
      tokens.privacyOfficer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.exportPersonData.json).toContain("Kim");
    expectNoneOf([...roles.values()], res.data.exportPersonData.json);
  });

  it("the processing log records the reads and the refusals, never the role text", async () => {
    // A read of the team by the school (refused for the others' roles) and by the casusregisseur.
    await gql(hub, CASE_QUERY, { id: CASE }, tokens.secondarySchoolProfessional);
    await gql(hub, CASE_QUERY, { id: CASE }, tokens.casusregisseur);
    const pages: any[] = [];
    let after: string | null = null;
    do {
      const res: any = await gql(
        hub,
        `query($id: ID!, $after: String) { processingLog(caseId: $id, first: 100, after: $after) {
          pageInfo { hasNextPage endCursor }
          edges { node { operation fields detail actor { id } organisation { id name } } } } }`,
        { id: CASE, after },
        tokens.casusregisseur,
      );
      expect(res.errors).toBeUndefined();
      pages.push(res);
      after = res.data.processingLog.pageInfo.hasNextPage ? res.data.processingLog.pageInfo.endCursor : null;
    } while (after);
    const entries = pages.flatMap((res) => res.data.processingLog.edges.map((e: any) => e.node));
    expectNoneOf([...roles.values()], pages);
    const of = (professional: string, operation: string) =>
      entries.filter((e: any) => e.actor?.id === professional && e.operation === operation);
    // The school's refusals name the field, not its value; its own role was read and is logged as such.
    const refused = of(P.secondarySchoolProfessional, "DENIED").flatMap((e: any) => e.fields);
    expect(refused.some((f: string) => /^CONSENT_REQUIRED (.+\.)?team\.responsibility$/.test(f))).toBe(true);
    const schoolReads = of(P.secondarySchoolProfessional, "READ").flatMap((e: any) => e.fields);
    expect(schoolReads).toContain("CaseTeamMember.responsibility");
    const directorReads = of(P.casusregisseur, "READ").flatMap((e: any) => e.fields);
    expect(directorReads).toContain("CaseTeamMember.responsibility");
  });
});
