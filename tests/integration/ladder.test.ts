import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DEMO, resultRows } from "@regiehub/db";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { dutchDaysFromToday, dutchToday } from "../support/dates";

// The escalation ladder (opschalen en afschalen) and the framework state machine, through the API: named tables,
// steps with reasons and decisions kept as history, a framework that changes only by a table's decision, and —
// into the compulsory framework — a certified institution that takes over case direction while the
// procesregisseur's role ends. Refusals change nothing.

const P = DEMO.professionals;
const T = DEMO.escalationTables;
const VEENSTRA = DEMO.cases.separatedParents; // VOLUNTARY, level 1 (wijkteamoverleg); Youssef directs, Marloes oversees
const KOOPMANS = DEMO.cases.multiProblem; // DRANG, level 2 (Jeugdbeschermingsplein); Sanne directs, Marloes oversees

const CASE = `query($id: ID!) { case(id: $id) {
  id version framework escalationLevel escalationTable { id name level }
  casusregisseur { id } procesregisseur { id } allowedFrameworkTransitions viewerCan
  escalationHistory { id direction fromLevel toLevel table { id } reason decision decidedOn by { id } }
  frameworkHistory { from to decision decidedOn table { id } newCasusregisseur { id }
    previousCasusregisseur { id } previousProcesregisseur { id } by { id } }
} }`;
const ESCALATE = `mutation($input: EscalateCaseInput!) { escalateCase(input: $input) { id version escalationLevel escalationTable { id } } }`;
const DEESCALATE = `mutation($input: DeescalateCaseInput!) { deescalateCase(input: $input) { id version escalationLevel escalationTable { id } } }`;
const DECISION = `mutation($input: RecordTableDecisionInput!) { recordTableDecision(input: $input) { id decision decidedOn } }`;
const FRAMEWORK = `mutation($input: DecideFrameworkInput!) { decideFramework(input: $input) { id version framework casusregisseur { id } procesregisseur { id } } }`;

const today = dutchToday();
const tomorrow = dutchDaysFromToday(1);

describe("the escalation ladder and the framework", () => {
  let hub: TestHub;
  let marloes: string;
  let sanne: string;
  let youssef: string;

  const read = async (id: string, token: string) => {
    const res = await gql(hub, CASE, { id }, token);
    expect(res.errors).toBeUndefined();
    return res.data.case;
  };
  const counts = async () =>
    resultRows<{ steps: number; decisions: number; cases: string }>(
      await hub.database.db.execute(sql`select
        (select count(*)::int from case_escalations) as steps,
        (select count(*)::int from case_framework_decisions) as decisions,
        (select string_agg(id || ':' || version || ':' || escalation_level || ':' || framework, ',' order by id) from cases) as cases`),
    )[0]!;
  const code = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    hub = await startTestHub();
    marloes = await signIn(hub, P.procesregisseur);
    sanne = await signIn(hub, P.casusregisseur);
    youssef = await signIn(hub, P.casusregisseurYoussef);
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it("lists the region's tables by level", async () => {
    const res = await gql(
      hub,
      `{ escalationTables { id name level decidesFramework active organisation { id } chair { id } } }`,
      {},
      sanne,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.escalationTables.map((t: any) => [t.id, t.level, t.decidesFramework])).toEqual([
      [T.wijkteamoverleg, 1, false],
      [T.jeugdbeschermingsplein, 2, true],
      [T.zorgEnVeiligheidshuis, 3, true],
    ]);
  });

  it("shows where a case stands on the ladder and how it got there", async () => {
    const koopmans = await read(KOOPMANS, marloes);
    expect(koopmans.escalationLevel).toBe(2);
    expect(koopmans.escalationTable).toMatchObject({ id: T.jeugdbeschermingsplein, level: 2 });
    expect(
      koopmans.escalationHistory.map((s: any) => [s.direction, s.fromLevel, s.toLevel, s.table?.id]),
    ).toEqual([
      ["UP", 0, 1, T.wijkteamoverleg],
      ["UP", 1, 2, T.jeugdbeschermingsplein],
    ]);
    expect(koopmans.allowedFrameworkTransitions).toEqual(["VOLUNTARY", "COMPULSORY"]);
    expect(koopmans.viewerCan).toEqual(expect.arrayContaining(["ESCALATE", "DECIDE_FRAMEWORK"]));
  });

  it("escalates to a higher table with a reason, notifies the team, and records the table's decision once", async () => {
    let veenstra = await read(VEENSTRA, marloes);
    const steps = veenstra.escalationHistory.length;
    const up = await gql(
      hub,
      ESCALATE,
      {
        input: {
          caseId: VEENSTRA,
          version: veenstra.version,
          tableId: T.jeugdbeschermingsplein,
          reason: "Ouders blijven strijden over de omgang; de kinderen raken klem.",
        },
      },
      marloes,
    );
    expect(up.errors).toBeUndefined();
    expect(up.data.escalateCase).toMatchObject({
      escalationLevel: 2,
      escalationTable: { id: T.jeugdbeschermingsplein },
    });

    veenstra = await read(VEENSTRA, marloes);
    const step = veenstra.escalationHistory.at(-1);
    expect(veenstra.escalationHistory).toHaveLength(steps + 1);
    expect(step).toMatchObject({
      direction: "UP",
      fromLevel: 1,
      toLevel: 2,
      decision: null,
      by: { id: P.procesregisseur },
    });

    // The casusregisseur hears of it, with no content in the message.
    const notes = await gql(hub, `{ myNotifications { kind message case { id } } }`, {}, youssef);
    const told = notes.data.myNotifications.find(
      (n: any) => n.kind === "ESCALATION" && n.case.id === VEENSTRA,
    );
    expect(told).toBeDefined();
    expect(told.message).not.toMatch(/omgang|kinderen/);

    // Once the table has met: its decision, once.
    const decided = await gql(
      hub,
      DECISION,
      {
        input: {
          escalationId: step.id,
          decision: "Drang: doelen en monitoring voor drie maanden.",
          decidedOn: today,
        },
      },
      youssef,
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data.recordTableDecision).toMatchObject({ decidedOn: today });
    const again = await gql(
      hub,
      DECISION,
      { input: { escalationId: step.id, decision: "Iets anders", decidedOn: today } },
      youssef,
    );
    expect(code(again)).toBe("CONFLICT");
  });

  it("refuses steps that are not up or down the ladder, and bad input, changing nothing", async () => {
    const veenstra = await read(VEENSTRA, marloes); // at level 2 now
    const before = await counts();
    const base = { caseId: VEENSTRA, version: veenstra.version, reason: "Reden" };
    const cases: [string, string, Record<string, unknown>, string, string?][] = [
      [
        "up to a lower table",
        ESCALATE,
        { ...base, tableId: T.wijkteamoverleg },
        "BAD_USER_INPUT",
        "input.tableId",
      ],
      [
        "up to the same level",
        ESCALATE,
        { ...base, tableId: T.jeugdbeschermingsplein },
        "BAD_USER_INPUT",
        "input.tableId",
      ],
      [
        "down to a higher table",
        DEESCALATE,
        { ...base, tableId: T.zorgEnVeiligheidshuis },
        "BAD_USER_INPUT",
        "input.tableId",
      ],
      [
        "an unknown table",
        ESCALATE,
        { ...base, tableId: "00000000-0000-4000-8000-000000000000" },
        "BAD_USER_INPUT",
        "input.tableId",
      ],
      ["a malformed table id", ESCALATE, { ...base, tableId: "zvh" }, "BAD_USER_INPUT", "input.tableId"],
      [
        "no reason",
        ESCALATE,
        { ...base, tableId: T.zorgEnVeiligheidshuis, reason: "  " },
        "BAD_USER_INPUT",
        "input.reason",
      ],
      [
        "a NUL byte",
        ESCALATE,
        { ...base, tableId: T.zorgEnVeiligheidshuis, reason: "a\u0000b" },
        "BAD_USER_INPUT",
        "input.reason",
      ],
      [
        "a decision without its date",
        ESCALATE,
        { ...base, tableId: T.zorgEnVeiligheidshuis, decision: "Besluit" },
        "BAD_USER_INPUT",
        "input.decidedOn",
      ],
      [
        "a decision in the future",
        ESCALATE,
        { ...base, tableId: T.zorgEnVeiligheidshuis, decision: "Besluit", decidedOn: tomorrow },
        "BAD_USER_INPUT",
        "input.decidedOn",
      ],
      [
        "a stale version",
        ESCALATE,
        { ...base, version: veenstra.version - 1, tableId: T.zorgEnVeiligheidshuis },
        "CONFLICT",
      ],
      [
        "an unknown case",
        ESCALATE,
        { ...base, caseId: "00000000-0000-4000-8000-000000000000", tableId: T.zorgEnVeiligheidshuis },
        "NOT_FOUND",
      ],
      [
        "a malformed case id",
        ESCALATE,
        { ...base, caseId: "RH-1", tableId: T.zorgEnVeiligheidshuis },
        "NOT_FOUND",
      ],
    ];
    for (const [what, mutation, input, expected, path] of cases) {
      const res = await gql(hub, mutation, { input }, marloes);
      expect(code(res), what).toBe(expected);
      if (path) expect(res.errors?.[0]?.extensions?.field, what).toBe(path);
    }
    expect(await counts()).toEqual(before);
  });

  it("decides the framework only by a table that decides it, along the state machine", async () => {
    let veenstra = await read(VEENSTRA, marloes); // VOLUNTARY, at the Jeugdbeschermingsplein
    const before = await counts();
    const decide = (input: Record<string, unknown>) =>
      gql(
        hub,
        FRAMEWORK,
        {
          input: {
            caseId: VEENSTRA,
            version: veenstra.version,
            tableId: T.jeugdbeschermingsplein,
            decision: "Drang met doelen en monitoring",
            decidedOn: today,
            ...input,
          },
        },
        marloes,
      );
    expect(code(await decide({ to: "VOLUNTARY" }))).toBe("BAD_USER_INPUT"); // unchanged
    expect(code(await decide({ to: "DRANG", tableId: T.zorgEnVeiligheidshuis }))).toBe("BAD_USER_INPUT"); // not at that table
    expect(code(await decide({ to: "DRANG", casusregisseurId: P.casusregisseurJeugdbescherming }))).toBe(
      "BAD_USER_INPUT",
    );
    expect(code(await decide({ to: "DRANG", decidedOn: tomorrow }))).toBe("BAD_USER_INPUT");
    expect(await counts()).toEqual(before);

    const drang = await decide({ to: "DRANG" });
    expect(drang.errors).toBeUndefined();
    expect(drang.data.decideFramework).toMatchObject({
      framework: "DRANG",
      procesregisseur: { id: P.procesregisseur },
    });
    veenstra = await read(VEENSTRA, marloes);
    expect(veenstra.frameworkHistory.at(-1)).toMatchObject({
      from: "VOLUNTARY",
      to: "DRANG",
      table: { id: T.jeugdbeschermingsplein },
      newCasusregisseur: null,
      previousProcesregisseur: null,
      by: { id: P.procesregisseur },
    });
  });

  it("never changes the framework by editing the case, and the bare level is gone", async () => {
    const veenstra = await read(VEENSTRA, marloes);
    const before = await counts();
    const edit = await gql(
      hub,
      `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { framework } }`,
      { input: { id: VEENSTRA, version: veenstra.version, framework: "VOLUNTARY" } },
      youssef,
    );
    expect(code(edit)).toBe("BAD_USER_INPUT");
    const level = await gql(
      hub,
      `mutation($input: SetEscalationLevelInput!) { setEscalationLevel(input: $input) { id } }`,
      { input: { caseId: VEENSTRA, version: veenstra.version, level: 3, reason: "Oud" } },
      marloes,
    );
    expect(code(level)).toBe("BAD_USER_INPUT");
    expect(level.errors?.[0]?.message).toMatch(/escalateCase/);
    expect(await counts()).toEqual(before);
  });

  it("into the compulsory framework: the certified institution takes over and the procesregisseur's role ends", async () => {
    const koopmans = await read(KOOPMANS, marloes); // DRANG, at the Jeugdbeschermingsplein
    const input = {
      caseId: KOOPMANS,
      version: koopmans.version,
      tableId: T.jeugdbeschermingsplein,
      to: "COMPULSORY",
      decision: "Verzoek tot onderzoek aan de Raad; de kinderrechter sprak een ondertoezichtstelling uit.",
      decidedOn: today,
    };
    const before = await counts();
    expect(code(await gql(hub, FRAMEWORK, { input }, marloes))).toBe("BAD_USER_INPUT"); // nobody takes over
    expect(
      code(
        await gql(
          hub,
          FRAMEWORK,
          { input: { ...input, casusregisseurId: P.casusregisseurYoussef } },
          marloes,
        ),
      ),
    ).toBe("BAD_USER_INPUT"); // a wijkteam casusregisseur is no certified institution
    expect(await counts()).toEqual(before);

    const res = await gql(
      hub,
      FRAMEWORK,
      { input: { ...input, casusregisseurId: P.casusregisseurJeugdbescherming } },
      marloes,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.decideFramework).toMatchObject({
      framework: "COMPULSORY",
      casusregisseur: { id: P.casusregisseurJeugdbescherming },
      procesregisseur: null,
    });

    const anouk = await signIn(hub, P.casusregisseurJeugdbescherming);
    const after = await read(KOOPMANS, anouk);
    expect(after.frameworkHistory.at(-1)).toMatchObject({
      from: "DRANG",
      to: "COMPULSORY",
      newCasusregisseur: { id: P.casusregisseurJeugdbescherming },
      previousCasusregisseur: { id: P.casusregisseur },
      previousProcesregisseur: { id: P.procesregisseur },
    });
    expect(after.allowedFrameworkTransitions).toEqual(["VOLUNTARY"]);
    // The former procesregisseur (whose organisation is not on the team) no longer sees the case.
    expect(code(await gql(hub, CASE, { id: KOOPMANS }, marloes))).toBe("NOT_FOUND");
    // Nobody can put a procesregisseur on it while it is compulsory.
    const put = await gql(
      hub,
      `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }`,
      { input: { id: KOOPMANS, version: after.version, procesregisseurId: P.procesregisseur } },
      anouk,
    );
    expect(code(put)).toBe("BAD_USER_INPUT");
    // The former casusregisseur is told.
    const notes = await gql(hub, `{ myNotifications { kind case { id } } }`, {}, sanne);
    expect(
      notes.data.myNotifications.some((n: any) => n.kind === "FRAMEWORK_DECISION" && n.case.id === KOOPMANS),
    ).toBe(true);
  });

  it("de-escalates to a lower table or off the ladder", async () => {
    let veenstra = await read(VEENSTRA, youssef);
    const down = await gql(
      hub,
      DEESCALATE,
      {
        input: {
          caseId: VEENSTRA,
          version: veenstra.version,
          tableId: T.wijkteamoverleg,
          reason: "Afspraken over omgang staan.",
        },
      },
      youssef,
    );
    expect(down.errors).toBeUndefined();
    expect(down.data.deescalateCase).toMatchObject({
      escalationLevel: 1,
      escalationTable: { id: T.wijkteamoverleg },
    });
    veenstra = await read(VEENSTRA, youssef);
    const off = await gql(
      hub,
      DEESCALATE,
      {
        input: { caseId: VEENSTRA, version: veenstra.version, reason: "Het gezin voert weer zelf de regie." },
      },
      youssef,
    );
    expect(off.errors).toBeUndefined();
    expect(off.data.deescalateCase).toMatchObject({ escalationLevel: 0, escalationTable: null });
    veenstra = await read(VEENSTRA, youssef);
    expect(
      veenstra.escalationHistory.slice(-2).map((s: any) => [s.direction, s.fromLevel, s.toLevel]),
    ).toEqual([
      ["DOWN", 2, 1],
      ["DOWN", 1, 0],
    ]);
    const again = await gql(
      hub,
      DEESCALATE,
      { input: { caseId: VEENSTRA, version: veenstra.version, reason: "Nog lager" } },
      youssef,
    );
    expect(code(again)).toBe("BAD_USER_INPUT");
  });

  it("refuses anyone who does not direct the case, and changes nothing", async () => {
    const veenstra = await read(VEENSTRA, youssef);
    const before = await counts();
    const refusals: Record<string, string> = {
      secondarySchoolProfessional: "FORBIDDEN", // on the team, does not direct it
      ggzBehandelaar: "FORBIDDEN",
      casusregisseurFemke: "NOT_FOUND", // casusregisseur of another case
      procesregisseurHanneke: "NOT_FOUND",
      privacyOfficer: "NOT_FOUND",
    };
    for (const [who, expected] of Object.entries(refusals)) {
      const token = await signIn(hub, P[who as keyof typeof P]);
      const up = await gql(
        hub,
        ESCALATE,
        {
          input: {
            caseId: VEENSTRA,
            version: veenstra.version,
            tableId: T.zorgEnVeiligheidshuis,
            reason: "Reden",
          },
        },
        token,
      );
      expect(code(up), who).toBe(expected);
      const framework = await gql(
        hub,
        FRAMEWORK,
        {
          input: {
            caseId: VEENSTRA,
            version: veenstra.version,
            tableId: T.jeugdbeschermingsplein,
            to: "VOLUNTARY",
            decision: "Vrijwillig volstaat",
            decidedOn: today,
          },
        },
        token,
      );
      expect(code(framework), who).toBe(expected);
      const step = veenstra.escalationHistory.at(-1);
      const decision = await gql(
        hub,
        DECISION,
        { input: { escalationId: step.id, decision: "Besluit", decidedOn: today } },
        token,
      );
      expect(code(decision), who).toBe(expected);
    }
    expect(await counts()).toEqual(before);
  });
});
