import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO } from "@regiehub/db";
import { expectCode, gql, signIn, startTestHub, type TestHub } from "../support/hub";

let hub: TestHub;
const tokens: Record<string, string> = {};
const P = DEMO.professionals;
const C = DEMO.cases;

beforeAll(async () => {
  hub = await startTestHub();
  for (const key of [
    "casusregisseur",
    "procesregisseur",
    "schoolProfessional",
    "huisarts",
    "admin",
    "privacyOfficer",
    "casusregisseurFemke",
  ] as const) {
    tokens[key] = await signIn(hub, P[key]);
  }
});
afterAll(async () => {
  await hub?.stop();
});

const CASE = `query($id: ID!) { case(id: $id) { id reference title phase version viewerCan allowedPhaseTransitions
  persons { id fullName householdRole hasBsn version } team { id isDirecting organisation { id kind } professional { id } domains } } }`;

async function listAll(token: string, filter: Record<string, unknown> = {}, first = 7) {
  const ids: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (let page = 0; page < 50; page++) {
    const res: any = await gql(
      hub,
      `query($f: CaseFilter, $first: Int, $after: String) { cases(filter: $f, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id phase title reference openedOn } } } }`,
      { f: filter, first, after },
      token,
    );
    expect(res.errors).toBeUndefined();
    total = res.data.cases.totalCount;
    ids.push(...res.data.cases.edges.map((e: any) => e.node.id));
    if (!res.data.cases.pageInfo.hasNextPage) break;
    after = res.data.cases.pageInfo.endCursor;
  }
  return { ids, total };
}

describe("who sees which case", () => {
  it("shows a partner the cases its organisation is on, and NOT_FOUND for the others", async () => {
    const school = tokens.schoolProfessional!;
    const seen = await gql(hub, CASE, { id: C.separatedParents }, school);
    expect(seen.data?.case).toMatchObject({
      id: C.separatedParents,
      viewerCan: ["RECORD_ITEM", "BREAK_GLASS", "MANAGE_REFERENCES"],
    });
    for (const id of [
      C.veiligThuisMonitoring,
      C.multiProblem,
      "00000000-0000-4000-8000-000000000000",
      "not-a-uuid",
    ]) {
      const res = await gql(hub, CASE, { id }, school);
      expectCode(res, "NOT_FOUND");
      expect(res.data?.case ?? null).toBeNull();
    }
  });

  it("lists exactly the visible cases, over pages without gaps or duplicates", async () => {
    for (const key of [
      "casusregisseur",
      "procesregisseur",
      "schoolProfessional",
      "huisarts",
      "admin",
    ] as const) {
      const { ids, total } = await listAll(tokens[key]!);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(total);
      for (const [family, caseId] of Object.entries(C)) {
        const expected = (DEMO.visibility[key] as readonly string[]).includes(family);
        expect({ key, family, visible: ids.includes(caseId) }).toEqual({ key, family, visible: expected });
      }
    }
  });

  it("admins and privacy officers see no case content", async () => {
    expect((await listAll(tokens.admin!)).total).toBe(0);
    expect((await listAll(tokens.privacyOfficer!)).total).toBe(0);
    expectCode(await gql(hub, CASE, { id: C.multiProblem }, tokens.privacyOfficer), "NOT_FOUND");
  });

  it("filters by phase and searches title or reference", async () => {
    const token = tokens.procesregisseur!;
    const all = await listAll(token);
    const execution = await listAll(token, { phases: ["EXECUTION"] });
    expect(execution.total).toBeGreaterThan(0);
    expect(execution.total).toBeLessThan(all.total);
    const page: any = await gql(
      hub,
      `{ cases(filter: { phases: [EXECUTION] }, first: 100) { edges { node { phase } } } }`,
      {},
      token,
    );
    expect(page.data.cases.edges.every((e: any) => e.node.phase === "EXECUTION")).toBe(true);

    const multi: any = await gql(hub, CASE, { id: C.multiProblem }, token);
    const byTitle = await listAll(token, { search: multi.data.case.title.slice(6).toLowerCase() });
    expect(byTitle.ids).toContain(C.multiProblem);
    const byRef = await listAll(token, { search: multi.data.case.reference });
    expect(byRef.ids).toEqual([C.multiProblem]);
    expect((await listAll(token, { search: "%_" })).total).toBe(0);
  });

  it("rejects a bad page size or cursor as BAD_USER_INPUT", async () => {
    expectCode(
      await gql(hub, `{ cases(first: 1000) { totalCount } }`, {}, tokens.casusregisseur),
      "BAD_USER_INPUT",
    );
    const res = await gql(hub, `{ cases(after: "bm9wZQ") { totalCount } }`, {}, tokens.casusregisseur);
    expectCode(res, "BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions.field).toBe("after");
  });
});

describe("opening and editing a case", () => {
  let caseId: string;

  it("opens a case in SIGNAL with a reference, the casusregisseur's organisation directing", async () => {
    const res: any = await gql(
      hub,
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { id reference phase framework version openedOn
        casusregisseur { id } procesregisseur { id } team { isDirecting organisation { id } professional { id } } viewerCan } }`,
      {
        input: {
          title: "Gezin Testfamilie",
          municipality: "Lindehaven",
          procesregisseurId: P.procesregisseur,
        },
      },
      tokens.casusregisseur,
    );
    expect(res.errors).toBeUndefined();
    const c = res.data.openCase;
    caseId = c.id;
    expect(c.reference).toMatch(/^RH-\d{4}-\d{4}$/);
    expect(c).toMatchObject({
      phase: "SIGNAL",
      framework: "VOLUNTARY",
      version: 1,
      casusregisseur: { id: P.casusregisseur },
      procesregisseur: { id: P.procesregisseur },
    });
    expect(c.team).toEqual([
      {
        isDirecting: true,
        organisation: { id: DEMO.organisations.wijkteamNoord },
        professional: { id: P.casusregisseur },
      },
    ]);
    expect(c.viewerCan).toContain("ADD_PERSON");
  });

  it("logs the changes it made in the processing log, in the same transaction", async () => {
    const log: any = await gql(
      hub,
      `query($id: ID!) { processingLog(caseId: $id, filter: { operations: [CREATE, UPDATE] }) { edges { node { operation fields actor { id } } } } }`,
      { id: caseId },
      tokens.casusregisseur,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data.processingLog.edges.map((e: any) => e.node)).toContainEqual({
      operation: "CREATE",
      fields: ["Case.title", "Case.municipality", "Case.framework"],
      actor: { id: P.casusregisseur },
    });
  });

  it("refuses bad input with the field path, and changes nothing", async () => {
    const before = (await listAll(tokens.casusregisseur!)).total;
    const res = await gql(
      hub,
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`,
      { input: { title: " ", municipality: "Lindehaven" } },
      tokens.casusregisseur,
    );
    expectCode(res, "BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions.field).toBe("input.title");
    const wrongRole = await gql(
      hub,
      `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`,
      { input: { title: "Gezin X", municipality: "Lindehaven", procesregisseurId: P.schoolProfessional } },
      tokens.casusregisseur,
    );
    expect(wrongRole.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.procesregisseurId",
    });
    expect((await listAll(tokens.casusregisseur!)).total).toBe(before);
  });

  it("only lets casusregisseurs and procesregisseurs open cases", async () => {
    const res = await gql(
      hub,
      `mutation { openCase(input: { title: "Gezin Y", municipality: "Lindehaven" }) { id } }`,
      {},
      tokens.schoolProfessional,
    );
    expectCode(res, "FORBIDDEN");
  });

  it("updates with the current version and refuses a stale one with CONFLICT, changing nothing", async () => {
    const update = `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { title version framework } }`;
    const ok: any = await gql(
      hub,
      update,
      { input: { id: caseId, version: 1, title: "Gezin Testfamilie-de Vries" } },
      tokens.casusregisseur,
    );
    expect(ok.data.updateCase).toEqual({
      title: "Gezin Testfamilie-de Vries",
      version: 2,
      framework: "VOLUNTARY",
    });
    // The framework changes only by a table's decision (decideFramework), never by editing the case.
    const framework = await gql(
      hub,
      update,
      { input: { id: caseId, version: 2, framework: "DRANG" } },
      tokens.casusregisseur,
    );
    expectCode(framework, "BAD_USER_INPUT");
    const stale = await gql(
      hub,
      update,
      { input: { id: caseId, version: 1, title: "Overschreven" } },
      tokens.casusregisseur,
    );
    expectCode(stale, "CONFLICT");
    const now: any = await gql(hub, CASE, { id: caseId }, tokens.casusregisseur);
    expect(now.data.case).toMatchObject({ title: "Gezin Testfamilie-de Vries", version: 2 });
  });

  it("moves phases only as the domain allows, asks reasons where needed, and records them", async () => {
    const move = `mutation($input: MoveCasePhaseInput!) { moveCasePhase(input: $input) { phase version allowedPhaseTransitions } }`;
    const skip = await gql(
      hub,
      move,
      { input: { id: caseId, version: 2, to: "PLAN" } },
      tokens.casusregisseur,
    );
    expect(skip.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.to" });
    const ok: any = await gql(
      hub,
      move,
      { input: { id: caseId, version: 2, to: "INVENTORY" } },
      tokens.casusregisseur,
    );
    expect(ok.data.moveCasePhase).toMatchObject({
      phase: "INVENTORY",
      version: 3,
      allowedPhaseTransitions: ["ANALYSIS", "CLOSED"],
    });
    const noReason = await gql(
      hub,
      move,
      { input: { id: caseId, version: 3, to: "CLOSED" } },
      tokens.casusregisseur,
    );
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.reason" });
    const stale = await gql(
      hub,
      move,
      { input: { id: caseId, version: 2, to: "ANALYSIS" } },
      tokens.casusregisseur,
    );
    expectCode(stale, "CONFLICT");
    const procesregisseur: any = await gql(
      hub,
      move,
      { input: { id: caseId, version: 3, to: "ANALYSIS" } },
      tokens.procesregisseur,
    );
    expect(procesregisseur.data.moveCasePhase.phase).toBe("ANALYSIS");
  });

  it("answers FORBIDDEN to a team partner and NOT_FOUND to an outsider", async () => {
    const add = `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`;
    const res: any = await gql(
      hub,
      add,
      {
        input: {
          caseId,
          organisationId: DEMO.organisations.school,
          professionalId: P.schoolProfessional,
          domains: ["EDUCATION"],
        },
      },
      tokens.casusregisseur,
    );
    expect(res.errors).toBeUndefined();
    const update = `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }`;
    expectCode(
      await gql(
        hub,
        update,
        { input: { id: caseId, version: 4, title: "Gezin Z" } },
        tokens.schoolProfessional,
      ),
      "FORBIDDEN",
    );
    expectCode(
      await gql(hub, update, { input: { id: caseId, version: 4, title: "Gezin Z" } }, tokens.huisarts),
      "NOT_FOUND",
    );
    expectCode(
      await gql(
        hub,
        update,
        { input: { id: caseId, version: 4, title: "Gezin Z" } },
        tokens.casusregisseurFemke,
      ),
      "NOT_FOUND",
    );
  });
});

describe("family members", () => {
  const add = `mutation($input: AddPersonInput!) { addPerson(input: $input) { id fullName age householdRole hasBsn version } }`;

  it("adds a person, validates BSN and dates, and keeps the BSN from partners", async () => {
    const bad = await gql(
      hub,
      add,
      {
        input: { caseId: C.separatedParents, givenName: "Mila", familyName: "Test", householdRole: "CHILD" },
      },
      tokens.procesregisseur,
    );
    // the procesregisseur does not add family members (content is the casusregisseur's work)
    expectCode(bad, "FORBIDDEN");

    const caseRes: any = await gql(hub, CASE, { id: C.multiProblem }, tokens.casusregisseur);
    const before = caseRes.data.case.persons.length;
    const invalid = await gql(
      hub,
      add,
      {
        input: {
          caseId: C.multiProblem,
          givenName: "Mila",
          familyName: "Koopmans",
          householdRole: "CHILD",
          bsn: "123456789",
        },
      },
      tokens.casusregisseur,
    );
    expect(invalid.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.bsn" });
    const future = await gql(
      hub,
      add,
      {
        input: {
          caseId: C.multiProblem,
          givenName: "Mila",
          familyName: "Koopmans",
          householdRole: "CHILD",
          birthDate: "2999-01-01",
        },
      },
      tokens.casusregisseur,
    );
    expect(future.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.birthDate",
    });
    const badDate = await gql(
      hub,
      add,
      {
        input: {
          caseId: C.multiProblem,
          givenName: "Mila",
          familyName: "Koopmans",
          householdRole: "CHILD",
          birthDate: "2020-02-30",
        },
      },
      tokens.casusregisseur,
    );
    expectCode(badDate, "BAD_USER_INPUT");
    const after: any = await gql(hub, CASE, { id: C.multiProblem }, tokens.casusregisseur);
    expect(after.data.case.persons.length).toBe(before);

    const ok: any = await gql(
      hub,
      add,
      {
        input: {
          caseId: C.multiProblem,
          givenName: "Mila",
          familyName: "Koopmans",
          householdRole: "CHILD",
          birthDate: "2023-03-01",
          bsn: "123456782",
        },
      },
      tokens.casusregisseur,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.addPerson).toMatchObject({
      fullName: "Mila Koopmans",
      hasBsn: true,
      householdRole: "CHILD",
      version: 1,
    });

    const bsnQuery = `query($id: ID!) { case(id: $id) { persons { id bsn } } }`;
    const own: any = await gql(hub, bsnQuery, { id: C.multiProblem }, tokens.casusregisseur);
    expect(own.data.case.persons.find((p: any) => p.id === ok.data.addPerson.id).bsn).toBe("123456782");
    const partner: any = await gql(hub, bsnQuery, { id: C.multiProblem }, tokens.procesregisseur);
    expect(JSON.stringify(partner.data)).not.toContain("123456782");
    expectCode(partner, "CONSENT_REQUIRED");
  });

  it("updates a person with version checking", async () => {
    const res: any = await gql(hub, CASE, { id: C.multiProblem }, tokens.casusregisseur);
    const person = res.data.case.persons[0];
    const upd = `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { givenName version } }`;
    const ok: any = await gql(
      hub,
      upd,
      { input: { id: person.id, version: person.version, givenName: "Henk" } },
      tokens.casusregisseur,
    );
    expect(ok.data.updatePerson).toEqual({ givenName: "Henk", version: person.version + 1 });
    expectCode(
      await gql(
        hub,
        upd,
        { input: { id: person.id, version: person.version, givenName: "Kees" } },
        tokens.casusregisseur,
      ),
      "CONFLICT",
    );
    expectCode(
      await gql(
        hub,
        upd,
        { input: { id: person.id, version: person.version + 1, givenName: "Kees" } },
        tokens.schoolProfessional,
      ),
      "NOT_FOUND",
    );
  });

  it("warns when a child under 4 has no JGZ on the team", async () => {
    const res: any = await gql(
      hub,
      `query($id: ID!) { case(id: $id) { teamWarnings { code person { fullName } } } }`,
      { id: C.multiProblem },
      tokens.casusregisseur,
    );
    expect(res.data.case.teamWarnings).toContainEqual({
      code: "CHILD_UNDER_4_WITHOUT_JGZ",
      person: { fullName: "Mila Koopmans" },
    });
  });
});

describe("case team", () => {
  const add = `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id isDirecting domains organisation { kind } } }`;
  const remove = `mutation($id: ID!) { removeTeamMember(id: $id) { team { id } } }`;

  it("adds a partner, refuses duplicates and mismatches, removes it, and keeps the directing organisation", async () => {
    const ok: any = await gql(
      hub,
      add,
      {
        input: {
          caseId: C.multiProblem,
          organisationId: DEMO.organisations.jgz,
          professionalId: P.jeugdverpleegkundige,
          domains: ["PHYSICAL_HEALTH", "PARENTING", "PARENTING"],
        },
      },
      tokens.procesregisseur,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.addTeamMember).toMatchObject({
      isDirecting: false,
      domains: ["PHYSICAL_HEALTH", "PARENTING"],
      organisation: { kind: "JGZ" },
    });

    const nurse = await signIn(hub, P.jeugdverpleegkundige);
    expect(((await gql(hub, CASE, { id: C.multiProblem }, nurse)) as any).data.case.id).toBe(C.multiProblem);

    expectCode(
      await gql(
        hub,
        add,
        {
          input: {
            caseId: C.multiProblem,
            organisationId: DEMO.organisations.jgz,
            professionalId: P.jeugdverpleegkundige,
          },
        },
        tokens.procesregisseur,
      ),
      "CONFLICT",
    );
    const mismatch = await gql(
      hub,
      add,
      {
        input: { caseId: C.multiProblem, organisationId: DEMO.organisations.jgz, professionalId: P.huisarts },
      },
      tokens.procesregisseur,
    );
    expect(mismatch.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.professionalId",
    });

    const removed: any = await gql(hub, remove, { id: ok.data.addTeamMember.id }, tokens.casusregisseur);
    expect(removed.data.removeTeamMember.team.map((m: any) => m.id)).not.toContain(ok.data.addTeamMember.id);
    expectCode(await gql(hub, CASE, { id: C.multiProblem }, nurse), "NOT_FOUND");

    const team: any = await gql(hub, CASE, { id: C.multiProblem }, tokens.casusregisseur);
    const directing = team.data.case.team.find(
      (m: any) => m.isDirecting && m.professional?.id === P.casusregisseur,
    );
    expectCode(await gql(hub, remove, { id: directing.id }, tokens.casusregisseur), "CONFLICT");
  });
});

describe("request limits", () => {
  it("refuses malformed and too deep queries as BAD_USER_INPUT", async () => {
    expectCode(await gql(hub, `{ me { `, {}, tokens.casusregisseur), "BAD_USER_INPUT");
    expectCode(await gql(hub, `{ nope }`, {}, tokens.casusregisseur), "BAD_USER_INPUT");
    const deep = `{ me { organisation { id } } ${"x: me { organisation { id } } ".repeat(0)} }`;
    expect((await gql(hub, deep, {}, tokens.casusregisseur)).errors).toBeUndefined();
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: me { id }`).join(" ");
    expectCode(await gql(hub, `{ ${aliases} }`, {}, tokens.casusregisseur), "BAD_USER_INPUT");
    const depth = `{ cases { edges { node { team { professional { organisation { id } } } casusregisseur { organisation { id } } } } } }`;
    expect((await gql(hub, depth, {}, tokens.casusregisseur)).errors).toBeUndefined();
  });
});
