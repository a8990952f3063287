import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DEMO, resultRows } from "@regiehub/db";
import { casePersons, planWithOverdueAction } from "../support/dossier";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";
import { dutchDaysFromToday, dutchToday } from "../support/dates";

// A doorbraak (doorzettingsmacht): the procesregisseur of a stalled case decides what must happen, by whom and
// by when, on a stated authority, after hearing those involved. It becomes an action of the current plan
// marked as doorbraak, the carrying organisation's team members and the casusregisseur are notified, the
// portfolio follows it until done — and nobody but the case's procesregisseur may record one.

const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.multiProblem;
const RECORD = `mutation($input: RecordDoorbraakInput!) { recordDoorbraak(input: $input) {
  id kind title dueOn status ownerOrganisation { id } doorbraak { authority heard decidedOn } } }`;

describe("doorbraak", () => {
  let hub: TestHub;
  let marloes: string;
  let sanne: string;
  let goalId: string;
  let kim: string;
  const today = dutchToday();
  const inTwoWeeks = dutchDaysFromToday(14);
  const doorbraak = () => ({
    goalId,
    title: "Leerplicht en school maken binnen twee weken een terugkeerplan met Kim",
    ownerOrganisationId: O.wijkteamNoord,
    dueOn: inTwoWeeks,
    authority: "Mandaat wethouder Jeugd, gemeente Lindehaven",
    heard: ["Sanne Bakker (casusregisseur)", "Moeder", "Lindecollege"],
  });
  const actionCount = async () =>
    resultRows<{ n: number }>(await hub.database.db.execute(sql`select count(*)::int as n from actions`))[0]!
      .n;

  beforeAll(async () => {
    hub = await startTestHub();
    marloes = await signIn(hub, P.procesregisseur);
    sanne = await signIn(hub, P.casusregisseur);
    kim = (await casePersons(hub, sanne, CASE)).find((p) => p.givenName === "Kim")!.id;
    goalId = (
      await planWithOverdueAction(hub, sanne, {
        caseId: CASE,
        personId: kim,
        ownerOrganisationId: O.wijkteamNoord,
        title: "Gesprek met de leerplichtambtenaar",
        daysAgo: 60,
      })
    ).goal;
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it("is offered to the case's procesregisseur only", async () => {
    const can = async (token: string) =>
      (await gql(hub, `query($id: ID!) { case(id: $id) { viewerCan } }`, { id: CASE }, token)).data.case
        .viewerCan;
    expect(await can(marloes)).toContain("RECORD_DOORBRAAK");
    expect(await can(sanne)).not.toContain("RECORD_DOORBRAAK");
  });

  it("records the decision as a doorbraak action, notifies, and shows in the portfolio until done", async () => {
    const res = await gql(hub, RECORD, { input: doorbraak() }, marloes);
    expect(res.errors).toBeUndefined();
    const action = res.data.recordDoorbraak;
    expect(action).toMatchObject({
      kind: "ACTION",
      status: "OPEN",
      dueOn: inTwoWeeks,
      ownerOrganisation: { id: O.wijkteamNoord },
      doorbraak: {
        authority: "Mandaat wethouder Jeugd, gemeente Lindehaven",
        heard: ["Sanne Bakker (casusregisseur)", "Moeder", "Lindecollege"],
        decidedOn: today,
      },
    });
    // The casusregisseur is told, with no content in the message.
    const notes = await gql(hub, `{ myNotifications { kind itemId message case { id } } }`, {}, sanne);
    const told = notes.data.myNotifications.find((n: any) => n.kind === "DOORBRAAK");
    expect(told).toMatchObject({ itemId: action.id, case: { id: CASE } });
    expect(told.message).not.toMatch(/terugkeerplan|Kim/);
    // The portfolio counts it, with the reason in words.
    const portfolio = await gql(
      hub,
      `{ portfolio(first: 100) { edges { node { caseId openDoorbraak reasons } } } }`,
      {},
      marloes,
    );
    const entry = portfolio.data.portfolio.edges.find((e: any) => e.node.caseId === CASE).node;
    expect(entry.openDoorbraak).toBe(1);
    expect(entry.reasons).toContain("doorbraak open");
    // Done: no longer open in the portfolio.
    const done = await gql(
      hub,
      `mutation($input: ChangeActionStatusInput!) { changeActionStatus(input: $input) { status } }`,
      { input: { actionId: action.id, version: 1, status: "DONE" } },
      sanne,
    );
    expect(done.errors).toBeUndefined();
    const after = await gql(
      hub,
      `{ portfolio(first: 100) { edges { node { caseId openDoorbraak } } } }`,
      {},
      marloes,
    );
    expect(after.data.portfolio.edges.find((e: any) => e.node.caseId === CASE).node.openDoorbraak).toBe(0);
  });

  it("refuses everyone but the case's procesregisseur, and changes nothing", async () => {
    const before = await actionCount();
    const refusals: Record<string, string> = {
      casusregisseur: "FORBIDDEN",
      secondarySchoolProfessional: "FORBIDDEN",
      procesregisseurHanneke: "NOT_FOUND",
      privacyOfficer: "NOT_FOUND",
      huisarts: "NOT_FOUND",
    };
    for (const [who, code] of Object.entries(refusals)) {
      const token = await signIn(hub, P[who as keyof typeof P]);
      const res = await gql(hub, RECORD, { input: doorbraak() }, token);
      expect(res.errors?.[0]?.extensions.code, who).toBe(code);
      expect(res.data ?? null, who).toBeNull();
    }
    expect(await actionCount()).toBe(before);
  });

  it("refuses bad input with the field named, and changes nothing", async () => {
    const before = await actionCount();
    const cases: [Record<string, unknown>, string][] = [
      [{ heard: [] }, "input.heard"],
      [{ authority: "  " }, "input.authority"],
      [{ dueOn: "2020-01-01" }, "input.dueOn"],
      [{ title: "" }, "input.title"],
      // The school may not see a goal about Kim's education without a grant: it cannot carry it.
      [{ ownerOrganisationId: O.secondarySchool }, "input.ownerOrganisationId"],
      // Not on the team.
      [{ ownerOrganisationId: O.huisarts }, "input.ownerOrganisationId"],
    ];
    for (const [change, field] of cases) {
      const res = await gql(hub, RECORD, { input: { ...doorbraak(), ...change } }, marloes);
      expect(res.errors?.[0]?.extensions.code, field).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.extensions.field, JSON.stringify(change)).toBe(field);
    }
    expect(await actionCount()).toBe(before);
  });
});
