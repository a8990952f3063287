import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "@regiehub/db";
import { expectCode, gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { ITEM_FIELDS, casePersons, grant, recordObservation, timeline } from "../support/dossier";

// Consent-scoped access to dossier items, through the API: grants, withdrawal, stubs, JUSTICE rule,
// break-glass, corrections and own statements.

const P = DEMO.professionals;
const CASE = DEMO.cases.multiProblem;
let hub: TestHub;
let director: string;
let school: string;
let police: string;
let youthProtection: string;
let persons: Record<string, string>;
const items: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestHub();
  director = await signIn(hub, P.casusregisseur);
  school = await signIn(hub, P.secondarySchoolProfessional);
  police = await signIn(hub, P.wijkagent);
  youthProtection = await signIn(hub, P.jeugdreclasseerder);
  const list = await casePersons(hub, director, CASE);
  persons = Object.fromEntries(list.map((p) => [p.givenName, p.id]));
  const kim = persons.Kim!;
  const linda = persons.Linda!;
  const dylan = persons.Dylan!;
  items.kimEducation = (
    await recordObservation(hub, director, {
      caseId: CASE,
      domain: "EDUCATION",
      dataClass: "GENERAL",
      subjectPersonIds: [kim],
      statement: "Kim is sinds september niet op school geweest.",
    })
  ).id;
  items.kimAndMother = (
    await recordObservation(hub, director, {
      caseId: CASE,
      domain: "EDUCATION",
      dataClass: "GENERAL",
      subjectPersonIds: [kim, linda],
      statement: "Moeder brengt Kim niet naar school omdat zij 's ochtends niet op gang komt.",
    })
  ).id;
  items.motherHealth = (
    await recordObservation(hub, director, {
      caseId: CASE,
      domain: "MENTAL_HEALTH",
      dataClass: "SPECIAL_CATEGORY",
      subjectPersonIds: [linda],
      statement: "Moeder is in behandeling voor verslaving.",
      observationKind: "FACT",
    })
  ).id;
  items.dylanJustice = (
    await recordObservation(hub, director, {
      caseId: CASE,
      domain: "JUSTICE",
      dataClass: "JUSTICE",
      subjectPersonIds: [dylan],
      statement: "Dylan verblijft in een justitiële jeugdinrichting.",
      legalBasis: "JUSTICE",
    })
  ).id;
});
afterAll(async () => {
  await hub?.stop();
});

const statements = (res: any): string[] =>
  (res.data?.case?.timeline?.edges ?? []).map((e: any) => e.node.statement).filter(Boolean);

describe("grants decide what a partner sees", () => {
  it("a partner without a grant sees no items, and a stub when asking for one directly", async () => {
    const res = await timeline(hub, school, CASE);
    expect(res.errors).toBeUndefined();
    expect(res.data.case.timeline.edges).toEqual([]);
    const stub: any = await gql(
      hub,
      `query($id: ID!) { dossierItem(id: $id) { ${ITEM_FIELDS} authorOrganisation { name } } }`,
      { id: items.kimEducation },
      school,
    );
    expect(stub.data.dossierItem).toMatchObject({
      id: items.kimEducation,
      redacted: true,
      domain: "EDUCATION",
      statement: null,
      accessVia: null,
    });
    expect(stub.data.dossierItem.authorOrganisation.name).toMatch(/Wijkteam/);
    expectCode(stub, "CONSENT_REQUIRED");
    expect(JSON.stringify(stub)).not.toContain("niet op school");
  });

  it("a grant for one child's education shows exactly the items it covers", async () => {
    const g = await grant(hub, director, {
      caseId: CASE,
      granteeOrganisationId: DEMO.organisations.secondarySchool,
      subjectPersonIds: [persons.Kim],
      domains: ["EDUCATION"],
      dataClasses: ["GENERAL"],
    });
    const res = await timeline(hub, school, CASE);
    expect(statements(res)).toEqual(["Kim is sinds september niet op school geweest."]);
    expect(res.data.case.timeline.totalCount).toBe(1);
    expect(res.data.case.timeline.edges[0].node.accessVia).toBe("GRANT");
    // the item about Kim AND her mother is not covered: the grant does not name the mother
    expect(JSON.stringify(res)).not.toContain("Moeder");

    const withdrawn: any = await gql(
      hub,
      `mutation($input: WithdrawAccessInput!) { withdrawAccess(input: $input) { isActive withdrawalReason } }`,
      { input: { id: g.id, reason: "Moeder trekt toestemming in" } },
      director,
    );
    expect(withdrawn.data.withdrawAccess).toEqual({
      isActive: false,
      withdrawalReason: "Moeder trekt toestemming in",
    });
    // the very next request no longer shows it
    expect(statements(await timeline(hub, school, CASE))).toEqual([]);
    const again: any = await gql(
      hub,
      `query($id: ID!) { dossierItem(id: $id) { ... on Observation { statement } redacted } }`,
      { id: items.kimEducation },
      school,
    );
    expect(again.data.dossierItem).toEqual({ statement: null, redacted: true });
    expectCode(
      await gql(
        hub,
        `mutation($input: WithdrawAccessInput!) { withdrawAccess(input: $input) { id } }`,
        { input: { id: g.id, reason: "nogmaals" } },
        director,
      ),
      "CONFLICT",
    );
  });

  it("expired and not-yet-valid grants count as absent", async () => {
    const hour = 3600_000;
    await grant(hub, director, {
      caseId: CASE,
      granteeOrganisationId: DEMO.organisations.secondarySchool,
      subjectPersonIds: [persons.Kim],
      domains: ["EDUCATION"],
      dataClasses: ["GENERAL"],
      validFrom: new Date(Date.now() - 48 * hour).toISOString(),
      validUntil: new Date(Date.now() - hour).toISOString(),
    });
    await grant(hub, director, {
      caseId: CASE,
      granteeOrganisationId: DEMO.organisations.secondarySchool,
      subjectPersonIds: [persons.Kim],
      domains: ["EDUCATION"],
      dataClasses: ["GENERAL"],
      validFrom: new Date(Date.now() + hour).toISOString(),
    });
    expect(statements(await timeline(hub, school, CASE))).toEqual([]);
  });

  it("JUSTICE data only under a JUSTICE or LEGAL_TASK basis", async () => {
    const wrong = await gql(
      hub,
      `mutation($input: GrantAccessInput!) { grantAccess(input: $input) { id } }`,
      {
        input: {
          caseId: CASE,
          granteeOrganisationId: DEMO.organisations.politie,
          subjectPersonIds: [persons.Dylan],
          domains: ["JUSTICE"],
          dataClasses: ["JUSTICE"],
          purpose: "Afstemming",
          legalBasis: "CONSENT",
          evidenceReference: "x",
        },
      },
      director,
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.legalBasis",
    });
    expect(statements(await timeline(hub, police, CASE))).toEqual([]);
    await grant(hub, director, {
      caseId: CASE,
      granteeOrganisationId: DEMO.organisations.politie,
      subjectPersonIds: [persons.Dylan],
      domains: ["JUSTICE"],
      dataClasses: ["JUSTICE"],
      legalBasis: "JUSTICE",
      evidenceReference: null,
    });
    expect(statements(await timeline(hub, police, CASE))).toEqual([
      "Dylan verblijft in een justitiële jeugdinrichting.",
    ]);
  });

  it("refuses grants that cannot hold: consent without evidence, partners off the team, persons of other cases", async () => {
    const base = {
      caseId: CASE,
      subjectPersonIds: [persons.Kim],
      domains: ["EDUCATION"],
      dataClasses: ["GENERAL"],
      purpose: "Afstemming",
      legalBasis: "CONSENT",
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, granteeOrganisationId: DEMO.organisations.secondarySchool }, "input.evidenceReference"],
      [
        { ...base, granteeOrganisationId: DEMO.organisations.huisarts, evidenceReference: "x" },
        "input.granteeOrganisationId",
      ],
      [
        {
          ...base,
          granteeOrganisationId: DEMO.organisations.secondarySchool,
          evidenceReference: "x",
          subjectPersonIds: ["00000000-0000-4000-8000-000000000001"],
        },
        "input.subjectPersonIds",
      ],
      [
        {
          ...base,
          granteeOrganisationId: DEMO.organisations.secondarySchool,
          evidenceReference: "x",
          domains: [],
        },
        "input.domains",
      ],
    ];
    for (const [input, field] of cases) {
      const res = await gql(
        hub,
        `mutation($input: GrantAccessInput!) { grantAccess(input: $input) { id } }`,
        { input },
        director,
      );
      expect(res.errors?.[0]?.extensions, field).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    expectCode(
      await gql(
        hub,
        `mutation($input: GrantAccessInput!) { grantAccess(input: $input) { id } }`,
        {
          input: {
            ...base,
            granteeOrganisationId: DEMO.organisations.secondarySchool,
            evidenceReference: "x",
          },
        },
        school,
      ),
      "FORBIDDEN",
    );
  });

  it("lists grants for directors, and only its own for a partner", async () => {
    const all: any = await gql(
      hub,
      `query($id: ID!) { case(id: $id) { grants(includeInactive: true) { grantee { id } isActive } } }`,
      { id: CASE },
      director,
    );
    const grantees = new Set(all.data.case.grants.map((g: any) => g.grantee.id));
    expect(grantees.has(DEMO.organisations.politie) && grantees.has(DEMO.organisations.secondarySchool)).toBe(
      true,
    );
    const own: any = await gql(
      hub,
      `query($id: ID!) { case(id: $id) { grants(includeInactive: true) { grantee { id } } } }`,
      { id: CASE },
      police,
    );
    expect(own.data.case.grants.every((g: any) => g.grantee.id === DEMO.organisations.politie)).toBe(true);
    const access: any = await gql(
      hub,
      `query($id: ID!, $org: ID!) { case(id: $id) { accessFor(organisationId: $org) { wholeCase visibleItemCount totalItemCount activeGrants { id } } } }`,
      { id: CASE, org: DEMO.organisations.politie },
      director,
    );
    expect(access.data.case.accessFor).toMatchObject({
      wholeCase: false,
      visibleItemCount: 1,
      totalItemCount: 4,
    });
    expectCode(
      await gql(
        hub,
        `query($id: ID!, $org: ID!) { case(id: $id) { accessFor(organisationId: $org) { wholeCase } } }`,
        { id: CASE, org: DEMO.organisations.politie },
        police,
      ),
      "FORBIDDEN",
    );
  });
});

describe("authors, corrections and own statements", () => {
  it("a partner sees its own items and may correct them; the previous version is kept", async () => {
    const own = await recordObservation(hub, school, {
      caseId: CASE,
      domain: "MENTAL_HEALTH",
      dataClass: "SPECIAL_CATEGORY",
      subjectPersonIds: [persons.Kim!],
      statement: "Kim lijkt somber in de klas.",
      observationKind: "OPINION",
    });
    const res = await timeline(hub, school, CASE);
    expect(statements(res)).toContain("Kim lijkt somber in de klas.");
    const upd = `mutation($input: UpdateObservationInput!) { updateObservation(input: $input) { version ... on Observation { statement } } }`;
    const ok: any = await gql(
      hub,
      upd,
      {
        input: {
          id: own.id,
          version: 1,
          reason: "Preciezer geformuleerd",
          statement: "Kim oogt somber en trekt zich terug in de klas.",
        },
      },
      school,
    );
    expect(ok.data.updateObservation).toEqual({
      version: 2,
      statement: "Kim oogt somber en trekt zich terug in de klas.",
    });
    expectCode(
      await gql(
        hub,
        upd,
        { input: { id: own.id, version: 1, reason: "Nogmaals", statement: "x y z" } },
        school,
      ),
      "CONFLICT",
    );
    expectCode(
      await gql(
        hub,
        upd,
        { input: { id: items.kimEducation, version: 1, reason: "Niet van mij", statement: "x y z" } },
        police,
      ),
      "FORBIDDEN",
    );

    const history: any = await gql(
      hub,
      `query($id: ID!) { dossierItemHistory(id: $id) { version reason snapshot supersededBy { id } } }`,
      { id: own.id },
      director,
    );
    expect(history.data.dossierItemHistory).toHaveLength(1);
    expect(history.data.dossierItemHistory[0]).toMatchObject({
      version: 1,
      reason: "Preciezer geformuleerd",
      supersededBy: { id: P.secondarySchoolProfessional },
    });
    expect(JSON.parse(history.data.dossierItemHistory[0].snapshot).statement).toBe(
      "Kim lijkt somber in de klas.",
    );
    const privacy = await signIn(hub, P.privacyOfficer);
    const forPrivacy: any = await gql(
      hub,
      `query($id: ID!) { dossierItemHistory(id: $id) { version } }`,
      { id: own.id },
      privacy,
    );
    expect(forPrivacy.data.dossierItemHistory).toHaveLength(1);
    expectCode(
      await gql(hub, `query($id: ID!) { dossierItemHistory(id: $id) { version } }`, { id: own.id }, school),
      "FORBIDDEN",
    );
  });

  it("records a family member's own statement with the item", async () => {
    const res: any = await gql(
      hub,
      `mutation($input: AddOwnStatementInput!) { addOwnStatement(input: $input) { id ... on Observation { statements { statement person { givenName } recordedBy { id } } } } }`,
      {
        input: {
          itemId: items.kimAndMother,
          personId: persons.Linda,
          statement: "Ik sta 's ochtends op, maar Kim wil zelf niet.",
        },
      },
      director,
    );
    expect(res.data.addOwnStatement.statements).toEqual([
      {
        statement: "Ik sta 's ochtends op, maar Kim wil zelf niet.",
        person: { givenName: "Linda" },
        recordedBy: { id: P.casusregisseur },
      },
    ]);
  });

  it("shows who can see an item (zichtbaar voor)", async () => {
    const res: any = await gql(
      hub,
      `query($id: ID!) { dossierItem(id: $id) { visibleTo { id } } }`,
      { id: items.dylanJustice },
      director,
    );
    const ids = res.data.dossierItem.visibleTo.map((o: any) => o.id);
    expect(ids).toContain(DEMO.organisations.wijkteamNoord);
    expect(ids).toContain(DEMO.organisations.politie);
    expect(ids).not.toContain(DEMO.organisations.secondarySchool);
  });
});

describe("break-glass", () => {
  it("opens an item outside the grants for a limited time, and only for that professional", async () => {
    const before: any = await gql(
      hub,
      `query($id: ID!) { dossierItem(id: $id) { redacted viewerCan } }`,
      { id: items.motherHealth },
      youthProtection,
    );
    expect(before.data.dossierItem).toEqual({ redacted: true, viewerCan: ["BREAK_GLASS"] });
    const opened: any = await gql(
      hub,
      `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { id expiresAt } }`,
      {
        input: {
          caseId: CASE,
          itemId: items.motherHealth,
          justification: "Acute zorg om veiligheid van Kim: moeder onder invloed aangetroffen.",
        },
      },
      youthProtection,
    );
    expect(opened.errors).toBeUndefined();
    const after: any = await gql(
      hub,
      `query($id: ID!) { dossierItem(id: $id) { redacted accessVia ... on Observation { statement } } }`,
      { id: items.motherHealth },
      youthProtection,
    );
    expect(after.data.dossierItem).toEqual({
      redacted: false,
      accessVia: "BREAK_GLASS",
      statement: "Moeder is in behandeling voor verslaving.",
    });
    // a colleague of the same organisation does not inherit it
    const colleague = await signIn(hub, P.casusregisseurJoost);
    const other: any = await gql(
      hub,
      `query($id: ID!) { dossierItem(id: $id) { redacted } }`,
      { id: items.motherHealth },
      colleague,
    );
    expect(other.data.dossierItem.redacted).toBe(true);
  });
});

describe("one statement per page", () => {
  it("serves a page of 50 items with as many SQL statements as a page of 5", async () => {
    const counted: string[] = [];
    // Live delivery's own reads (the outbox poll, the overdue check) run on timers: kept out of the count.
    const counting = await startTestHub(
      { LIVE_POLL_MS: "60000", OVERDUE_CHECK_MS: "3600000" },
      { onQuery: (q) => counted.push(q) },
    );
    try {
      const token = await signIn(counting, P.casusregisseur);
      const kim = (await casePersons(counting, token, CASE)).find((p) => p.givenName === "Kim")!.id;
      for (let i = 0; i < 60; i++) {
        await recordObservation(counting, token, {
          caseId: CASE,
          domain: i % 2 ? "EDUCATION" : "HOUSING",
          dataClass: "GENERAL",
          subjectPersonIds: [kim],
          statement: `Waarneming nummer ${i}`,
        });
      }
      const measure = async (first: number) => {
        counted.length = 0;
        const res: any = await gql(
          counting,
          `query($id: ID!, $first: Int) { case(id: $id) { timeline(first: $first) { edges { node { ${ITEM_FIELDS} subjects { id } author { id } authorOrganisation { id } visibleTo { id } viewerCan } } } } }`,
          { id: CASE, first },
          token,
        );
        expect(res.errors).toBeUndefined();
        expect(res.data.case.timeline.edges).toHaveLength(first);
        // The log writes and the sealer's statements (it runs after each request) are not the page's.
        return counted.filter((q) => !/processing_log|dossier_events|advisory_xact_lock/.test(q)).length;
      };
      const five = await measure(5);
      const fifty = await measure(50);
      console.log(
        `SQL statements per timeline request (excluding log writes): first=5 → ${five}, first=50 → ${fifty}`,
      );
      expect(fifty).toBe(five);
      expect(fifty).toBeLessThanOrEqual(8);
      const itemSelects = counted.filter((q) => /from "dossier_items"/.test(q) && /\) "page"/.test(q));
      expect(itemSelects).toHaveLength(1);
    } finally {
      await counting.stop();
    }
  });
});
