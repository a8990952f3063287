import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, tables } from "@regiehub/db";
import { expectCode, gql, signIn, startTestHub, wsClient, wsRequest, type TestHub } from "../support/hub";
import { casePersons, grant, recordObservation, timeline } from "../support/dossier";

// Edges found in review: items about nobody in particular, own statements of non-subjects, the export of
// items that also concern others and of melder sources, privacy officers of other organisations, and
// WebSocket sessions that outlive a change of role.

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem;
let hub: TestHub;
let director: string;
let school: string;
let persons: Record<string, string>;

beforeAll(async () => {
  hub = await startTestHub();
  director = await signIn(hub, P.casusregisseur);
  school = await signIn(hub, P.secondarySchoolProfessional);
  persons = Object.fromEntries((await casePersons(hub, director, CASE)).map((p) => [p.givenName, p.id]));
  await grant(hub, director, {
    caseId: CASE,
    granteeOrganisationId: DEMO.organisations.secondarySchool,
    subjectPersonIds: [persons.Kim!],
    domains: ["EDUCATION"],
    dataClasses: ["GENERAL"],
  });
});
afterAll(async () => {
  await hub?.stop();
});

describe("consent edges", () => {
  it("a grant about a child does not cover an item about the family as a whole", async () => {
    await recordObservation(hub, director, {
      caseId: CASE,
      domain: "EDUCATION",
      dataClass: "GENERAL",
      subjectPersonIds: [],
      statement: "EDGE-FAMILY Niemand in het gezin let op de schooltijden.",
    });
    await recordObservation(hub, director, {
      caseId: CASE,
      domain: "EDUCATION",
      dataClass: "GENERAL",
      subjectPersonIds: [persons.Kim!],
      statement: "EDGE-KIM Kim komt te laat.",
    });
    const body = JSON.stringify(await timeline(hub, school, CASE));
    expect(body).toContain("EDGE-KIM");
    expect(body).not.toContain("EDGE-FAMILY");
  });

  it("only a person the item is about can add an own statement to it", async () => {
    const item = await recordObservation(hub, director, {
      caseId: CASE,
      domain: "EDUCATION",
      dataClass: "GENERAL",
      subjectPersonIds: [persons.Kim!],
      statement: "EDGE-STATEMENT Kim spijbelt.",
    });
    const res = await gql(
      hub,
      `mutation($input: AddOwnStatementInput!) { addOwnStatement(input: $input) { id } }`,
      {
        input: {
          itemId: item.id,
          personId: persons.Hans,
          statement: "Ik ben de vader en heb zelf problemen.",
        },
      },
      director,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.personId" });
  });

  it("shows a stub no list of who else sees it", async () => {
    const item = await recordObservation(hub, director, {
      caseId: CASE,
      domain: "SUBSTANCE_USE",
      dataClass: "SPECIAL_CATEGORY",
      subjectPersonIds: [persons.Linda!],
      statement: "EDGE-STUB",
    });
    const res: any = await gql(
      hub,
      `query($id: ID!) { dossierItem(id: $id) { redacted visibleTo { id } } }`,
      { id: item.id },
      school,
    );
    expect(res.data.dossierItem).toEqual({ redacted: true, visibleTo: [] });
  });
});

describe("inzage export edges", () => {
  it("withholds content that also concerns others, and never names the melder's organisation", async () => {
    await recordObservation(hub, director, {
      caseId: CASE,
      domain: "FAMILY_RELATIONS",
      dataClass: "GENERAL",
      subjectPersonIds: [persons.Kim!, persons.Linda!],
      statement: "EDGE-SHARED Linda woont tijdelijk op een geheim adres.",
    });
    const school2 = await signIn(hub, P.secondarySchoolProfessional);
    await recordObservation(hub, school2, {
      caseId: CASE,
      domain: "SAFETY",
      dataClass: "CHILD_SAFETY",
      subjectPersonIds: [persons.Kim!],
      statement: "EDGE-MELDING Zorgen over blauwe plekken.",
      sourceKind: "REPORTER",
      sourceDescription: "Mentor R. de Vries",
    });
    const res: any = await gql(
      hub,
      `mutation($id: ID!) { exportPersonData(personId: $id) { json } }`,
      { id: persons.Kim },
      director,
    );
    expect(res.errors).toBeUndefined();
    const json = res.data.exportPersonData.json as string;
    expect(json).not.toContain("EDGE-SHARED");
    expect(json).toContain("contentWithheld");
    expect(json).toContain("EDGE-MELDING");
    expect(json).not.toContain("Mentor R. de Vries");
    const doc = JSON.parse(json);
    const melding = doc.items.find((i: any) => i.observation?.statement?.startsWith("EDGE-MELDING"));
    expect(melding.authorOrganisation).toBeUndefined();
    expect(melding.author).toBeUndefined();
    // The school recorded only the melding: its CREATE entry must not name the school.
    const created = doc.processing.filter(
      (e: any) => e.operation === "CREATE" && e.fields.includes("Observation.statement"),
    );
    expect(created.map((e: any) => e.recipientOrganisation)).not.toContain("Lindecollege (vmbo)");
    expect(created.some((e: any) => e.recipientOrganisation === null)).toBe(true);
  });

  it("a privacy officer of an organisation that does not direct the case gets NOT_FOUND", async () => {
    const [officer] = await hub.database.db
      .insert(tables.professionals)
      .values({
        organisationId: DEMO.organisations.school,
        name: "Fenna Privacy",
        email: "fenna@deregenboog.example",
        role: "PRIVACY_OFFICER",
      })
      .returning();
    const token = await signIn(hub, officer!.id);
    expectCode(
      await gql(
        hub,
        `mutation($id: ID!) { exportPersonData(personId: $id) { json } }`,
        { id: persons.Linda },
        token,
      ),
      "NOT_FOUND",
    );
    expectCode(
      await gql(
        hub,
        `query($id: ID!) { processingLog(caseId: $id) { edges { cursor } } }`,
        { id: CASE },
        token,
      ),
      "NOT_FOUND",
    );
    const reviews: any = await gql(hub, `{ breakGlassReviews(includeReviewed: true) { caseId } }`, {}, token);
    expect(reviews.data.breakGlassReviews.filter((r: any) => r.caseId === CASE)).toEqual([]);
  });
});

describe("long-lived WebSocket sessions", () => {
  it("applies a change of role to the next operation on an open socket", async () => {
    const client = wsClient(hub, await signIn(hub, P.wijkteamProfessional));
    try {
      const before = await wsRequest(client, `query($id: ID!) { case(id: $id) { id } }`, { id: CASE });
      expect(before.data?.case).toEqual({ id: CASE });
      await hub.database.db
        .update(tables.professionals)
        .set({ role: "ADMIN" })
        .where(eq(tables.professionals.id, P.wijkteamProfessional));
      const after = await wsRequest(client, `query($id: ID!) { case(id: $id) { id } }`, { id: CASE });
      expect(after.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    } finally {
      await hub.database.db
        .update(tables.professionals)
        .set({ role: "PROFESSIONAL" })
        .where(eq(tables.professionals.id, P.wijkteamProfessional));
      await client.dispose();
    }
  });
});
