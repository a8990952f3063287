import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, tables, verifyProcessingLog } from "@regiehub/db";
import { purgeExpiredCases } from "../../apps/server/src/retention";
import { expectCode, gql, signIn, startTestHub, type TestHub } from "../support/hub";

// Inzage (AVG art. 15): everything about one person, never about others, never the melder; logged as
// EXPORT. Retention: closing a case sets retainUntil; after it the purge deletes the case and logs that.

let hub: TestHub;
const tokens: Record<string, string> = {};
const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.multiProblem; // casusregisseur: Sanne Bakker; Lindewonen (woonconsulent) on the team
let subject: { id: string; givenName: string; familyName: string };
let other: { id: string; givenName: string };
const items: Record<string, string> = {};

const RECORD = `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { id } }`;
const EXPORT = `mutation($id: ID!) { exportPersonData(personId: $id) { json generatedAt } }`;

async function record(input: Record<string, unknown>): Promise<string> {
  const res = await gql(
    hub,
    RECORD,
    {
      input: {
        caseId: CASE,
        domain: "HOUSING",
        dataClass: "GENERAL",
        observationKind: "FACT",
        legalBasis: "LEGAL_TASK",
        ...input,
      },
    },
    tokens.casusregisseur,
  );
  expect(res.errors).toBeUndefined();
  return res.data.recordObservation.id;
}

beforeAll(async () => {
  hub = await startTestHub();
  for (const key of ["casusregisseur", "privacyOfficer", "woonconsulent", "schoolProfessional"] as const) {
    tokens[key] = await signIn(hub, P[key]);
  }
  const persons = await hub.database.db
    .select()
    .from(tables.persons)
    .where(eq(tables.persons.caseId, CASE))
    .orderBy(tables.persons.id);
  subject = persons[0]!;
  other = persons[1]!;

  items.own = await record({
    subjectPersonIds: [subject.id],
    statement: "Huurachterstand van drie maanden, bevestigd door Lindewonen.",
    sourceKind: "PARTNER",
    sourceDescription: "Woonconsulent Lindewonen",
  });
  items.reported = await record({
    subjectPersonIds: [subject.id],
    observationKind: "CONCERN",
    dataClass: "CHILD_SAFETY",
    domain: "SAFETY",
    statement: "Melding van geschreeuw in de woning, 's avonds laat.",
    sourceKind: "REPORTER",
    sourceDescription: "Buurvrouw van nummer 12, mevrouw De Melder",
  });
  items.others = await record({
    subjectPersonIds: [other.id],
    statement: "Alleen over de ander: heeft een nieuwe baan.",
    sourceKind: "FAMILY",
    sourceDescription: "Eigen vertelling",
  });

  const statement = await gql(
    hub,
    `mutation($input: AddOwnStatementInput!) { addOwnStatement(input: $input) { id } }`,
    {
      input: { itemId: items.own, personId: subject.id, statement: "Ik betaal sinds vorige maand weer af." },
    },
    tokens.casusregisseur,
  );
  expect(statement.errors).toBeUndefined();

  for (const [persons, purpose] of [
    [[subject.id], "Afstemming over de huurachterstand"],
    [[other.id], "Alleen over de ander"],
  ] as const) {
    const grant = await gql(
      hub,
      `mutation($input: GrantAccessInput!) { grantAccess(input: $input) { id } }`,
      {
        input: {
          caseId: CASE,
          granteeOrganisationId: O.woningcorporatie,
          subjectPersonIds: persons,
          domains: ["HOUSING"],
          dataClasses: ["GENERAL"],
          purpose,
          legalBasis: "LEGAL_TASK",
        },
      },
      tokens.casusregisseur,
    );
    expect(grant.errors).toBeUndefined();
  }

  // A partner reads the family members: these reads concern the subject and belong in the export.
  const read = await gql(
    hub,
    `query($id: ID!) { case(id: $id) { persons { givenName } } }`,
    { id: CASE },
    tokens.woonconsulent,
  );
  expect(read.errors).toBeUndefined();
});
afterAll(async () => {
  await hub?.stop();
});

describe("inzage export", () => {
  it("exports the person's own data, items, statements, grants and processing — nothing of others", async () => {
    const res = await gql(hub, EXPORT, { id: subject.id }, tokens.casusregisseur);
    expect(res.errors).toBeUndefined();
    const { json, generatedAt } = res.data.exportPersonData;
    expect(json).toContain("\n  "); // pretty
    const doc = JSON.parse(json);
    expect(doc.generatedAt).toBe(generatedAt);

    expect(doc.person).toMatchObject({ givenName: subject.givenName, familyName: subject.familyName });
    expect(doc.case).toMatchObject({ title: expect.any(String), reference: expect.stringMatching(/^RH-/) });

    // Items about the person (also those about others too), never those only about others.
    expect(doc.items.map((i: { id: string }) => i.id).sort()).toEqual([items.own, items.reported].sort());
    expect(json).not.toContain("Alleen over de ander");
    const own = doc.items.find((i: { id: string }) => i.id === items.own);
    expect(own).toMatchObject({
      domain: "HOUSING",
      dataClass: "GENERAL",
      legalBasis: "LEGAL_TASK",
      authorOrganisation: "Wijkteam Lindehaven-Noord",
      author: "Sanne Bakker",
      source: { kind: "PARTNER", description: "Woonconsulent Lindewonen" },
      observation: { kind: "FACT", statement: expect.stringContaining("Huurachterstand") },
    });
    // The melder is never disclosed: no source description and no author.
    const reported = doc.items.find((i: { id: string }) => i.id === items.reported);
    expect(reported.source).toEqual({ kind: "REPORTER" });
    expect(reported).not.toHaveProperty("author");
    expect(reported).not.toHaveProperty("authorOrganisation");
    expect(reported.observation.statement).toContain("geschreeuw");
    expect(json).not.toContain("De Melder");

    expect(doc.ownStatements).toEqual([
      expect.objectContaining({ itemId: items.own, statement: "Ik betaal sinds vorige maand weer af." }),
    ]);

    expect(doc.grants).toEqual([
      expect.objectContaining({
        granteeOrganisation: "Woonstichting Lindewonen",
        domains: ["HOUSING"],
        dataClasses: ["GENERAL"],
        purpose: "Afstemming over de huurachterstand",
        legalBasis: "LEGAL_TASK",
        withdrawn: false,
      }),
    ]);

    // Processing: the partner's read is listed with its organisation, never the professional's name.
    const reads = doc.processing.filter(
      (p: { operation: string; recipientOrganisation: string }) =>
        p.operation === "READ" && p.recipientOrganisation === "Woonstichting Lindewonen",
    );
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({
      purpose: expect.any(String),
      legalBasis: "LEGAL_TASK",
      processingActivityId: "RH-PA-01",
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(doc.processing.some((p: { operation: string }) => p.operation === "CREATE")).toBe(true);
    expect(json).not.toContain("Nicole van den Berg");
    expect(JSON.stringify(doc.processing)).not.toContain("Sanne Bakker");
  });

  it("logs the export as EXPORT about the person (RH-PA-04)", async () => {
    const log = await gql(
      hub,
      `query($id: ID!) { processingLog(caseId: $id, filter: { operations: [EXPORT] }) {
        edges { node { operation subjects { id } fields legalBasis processingActivityId actor { id } } } } }`,
      { id: CASE },
      tokens.privacyOfficer,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data.processingLog.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        operation: "EXPORT",
        subjects: [{ id: subject.id }],
        fields: ["PersonDataExport"],
        legalBasis: "LEGAL_TASK",
        processingActivityId: "RH-PA-04",
        actor: { id: P.casusregisseur },
      },
    ]);
  });

  it("lets the privacy officer export too; a partner is FORBIDDEN, an outsider NOT_FOUND", async () => {
    expect((await gql(hub, EXPORT, { id: subject.id }, tokens.privacyOfficer)).errors).toBeUndefined();
    expectCode(await gql(hub, EXPORT, { id: subject.id }, tokens.woonconsulent), "FORBIDDEN");

    const outsider = await gql(hub, EXPORT, { id: subject.id }, tokens.schoolProfessional);
    expectCode(outsider, "NOT_FOUND");
    expect(outsider.data).toBeNull();
    // On a case where the school is on the team, it is still not theirs to export.
    const [veenstra] = await hub.database.db
      .select({ id: tables.persons.id })
      .from(tables.persons)
      .where(eq(tables.persons.caseId, DEMO.cases.separatedParents))
      .limit(1);
    expectCode(await gql(hub, EXPORT, { id: veenstra!.id }, tokens.schoolProfessional), "FORBIDDEN");
    expectCode(await gql(hub, EXPORT, { id: "not-a-person" }, tokens.casusregisseur), "NOT_FOUND");

    const exports = await hub.database.db
      .select()
      .from(tables.processingLog)
      .where(and(eq(tables.processingLog.caseId, CASE), eq(tables.processingLog.operation, "EXPORT")));
    expect(exports).toHaveLength(2);
  });
});

describe("retention", () => {
  const CASE_FIELDS = `id reference phase version closedOn retainUntil`;
  let closed: { id: string; reference: string; version: number; closedOn: string; retainUntil: string };

  async function move(c: { id: string; version: number }, to: string) {
    const res = await gql(
      hub,
      `mutation($input: MoveCasePhaseInput!) { moveCasePhase(input: $input) { ${CASE_FIELDS} } }`,
      { input: { id: c.id, version: c.version, to, reason: "Doelen bereikt; afgesloten met het gezin" } },
      tokens.casusregisseur,
    );
    expect(res.errors).toBeUndefined();
    return res.data.moveCasePhase;
  }

  it("sets retainUntil to the closing date plus 20 years, and clears it on reopening", async () => {
    const opened = await gql(
      hub,
      `mutation { openCase(input: { title: "Gezin Bewaartermijn", municipality: "Lindehaven" }) { ${CASE_FIELDS} } }`,
      {},
      tokens.casusregisseur,
    );
    expect(opened.errors).toBeUndefined();
    expect(opened.data.openCase.retainUntil).toBeNull();
    const person = await gql(
      hub,
      `mutation($input: AddPersonInput!) { addPerson(input: $input) { id } }`,
      {
        input: {
          caseId: opened.data.openCase.id,
          givenName: "Bo",
          familyName: "Bewaar",
          householdRole: "CHILD",
          birthDate: "2015-03-01",
        },
      },
      tokens.casusregisseur,
    );
    expect(person.errors).toBeUndefined();

    const first = await move(opened.data.openCase, "CLOSED");
    expect(hub.config.retentionYears).toBe(20);
    const [y, m, d] = first.closedOn.split("-");
    const expected = `${Number(y) + 20}-${m}-${d === "29" && m === "02" ? "28" : d}`;
    expect(first).toMatchObject({ phase: "CLOSED", retainUntil: expected });

    const reopened = await move(first, "INVENTORY");
    expect(reopened).toMatchObject({ closedOn: null, retainUntil: null });

    closed = await move(reopened, "CLOSED");
    expect(closed.retainUntil).toBe(expected);
    const read = await gql(
      hub,
      `query($id: ID!) { case(id: $id) { retainUntil } }`,
      { id: closed.id },
      tokens.casusregisseur,
    );
    expect(read.data.case.retainUntil).toBe(expected);
  });

  it("purges a case after its retention and logs the deletion in a chain that still verifies", async () => {
    const db = hub.database.db;
    const eventsOfCase = () =>
      db.select().from(tables.dossierEvents).where(eq(tables.dossierEvents.caseId, closed.id));
    expect((await eventsOfCase()).length).toBeGreaterThan(0);
    const dry = await purgeExpiredCases(db, "2100-01-01", { dryRun: true });
    expect(dry.cases.map((c) => c.reference)).toEqual([closed.reference]);
    expect(await db.select().from(tables.cases).where(eq(tables.cases.id, closed.id))).toHaveLength(1);

    // Not yet due on the day itself.
    expect((await purgeExpiredCases(db, closed.retainUntil)).cases).toEqual([]);

    const result = await purgeExpiredCases(db, "2100-01-01");
    expect(result.cases).toEqual([
      { id: closed.id, reference: closed.reference, retainUntil: closed.retainUntil },
    ]);
    expect(await db.select().from(tables.cases).where(eq(tables.cases.id, closed.id))).toEqual([]);
    expect(await db.select().from(tables.persons).where(eq(tables.persons.caseId, closed.id))).toEqual([]);
    // Its dossier events (which name its items and persons) go with it.
    expect(await eventsOfCase()).toEqual([]);
    // Other cases (demo cases closed without a retention date among them) stay.
    expect((await db.select({ id: tables.cases.id }).from(tables.cases)).length).toBe(DEMO.counts.cases);

    const entries = await db
      .select()
      .from(tables.processingLog)
      .where(and(eq(tables.processingLog.caseId, closed.id), eq(tables.processingLog.operation, "DELETE")));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorType: "SYSTEM",
      actorId: null,
      fields: ["Case"],
      processingActivityId: "RH-PA-06",
      legalBasis: "LEGAL_TASK",
      outcome: "SUCCESS",
      detail: `retention expired: ${closed.reference}`,
    });
    expect(entries[0]!.traceId).toMatch(/^[0-9a-f]{32}$/);

    expect(await verifyProcessingLog(db)).toMatchObject({ ok: true });
    expectCode(
      await gql(hub, `query($id: ID!) { case(id: $id) { id } }`, { id: closed.id }, tokens.casusregisseur),
      "NOT_FOUND",
    );
    expect((await purgeExpiredCases(db, "2100-01-01")).cases).toEqual([]);
  });
});
