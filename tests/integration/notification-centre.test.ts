import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { DEMO, tables } from "@regiehub/db";
import { adminOf, clientToken, registerClient } from "../support/api-clients";
import { expectCode, gql, signIn, startTestHub, type TestHub } from "../support/hub";

// The notification centre (issue 16, item 5): `unreadNotificationCount` for the badge in the header and
// `markAllNotificationsRead` — each only over the recipient's own notifications in cases they can still read.

const P = DEMO.professionals;
/** Petra van Leeuwen (school) is on the team of (a) separatedParents, not of (b) veiligThuisMonitoring. */
const READABLE = DEMO.cases.separatedParents;
const OUT_OF_REACH = DEMO.cases.veiligThuisMonitoring;

const COUNT = `query { unreadNotificationCount }`;
const LIST = `query($unreadOnly: Boolean) { myNotifications(unreadOnly: $unreadOnly) { id createdAt readAt case { id } } }`;
const MARK_ALL = `mutation($upTo: DateTime) { markAllNotificationsRead(upTo: $upTo) { marked unreadCount } }`;
const MARK_ONE = `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;

let hub: TestHub;
let petra: string;
let sanne: string;

/** Inserts notifications for a recipient, one minute apart from `from` (oldest first); returns their ids. */
async function raise(
  recipient: string,
  caseId: string,
  n: number,
  from = new Date(Date.now() - 86_400_000),
  readAt: Date | null = null,
): Promise<string[]> {
  const rows = await hub.database.db
    .insert(tables.notifications)
    .values(
      Array.from({ length: n }, (_, i) => ({
        recipientProfessionalId: recipient,
        caseId,
        kind: "CASE_STALLED" as const,
        createdAt: new Date(from.getTime() + i * 60_000),
        readAt,
      })),
    )
    .returning({ id: tables.notifications.id });
  return rows.map((r) => r.id);
}

/** Unread rows of a recipient in the database, whatever the case. */
async function unreadRows(recipient: string) {
  const n = tables.notifications;
  return hub.database.db
    .select({ id: n.id, caseId: n.caseId })
    .from(n)
    .where(and(eq(n.recipientProfessionalId, recipient), isNull(n.readAt)));
}

async function count(token: string): Promise<number> {
  const res = await gql(hub, COUNT, {}, token);
  expect(res.errors).toBeUndefined();
  return res.data.unreadNotificationCount as number;
}

beforeAll(async () => {
  hub = await startTestHub();
  petra = await signIn(hub, P.schoolProfessional);
  sanne = await signIn(hub, P.casusregisseur);
});

afterAll(async () => {
  await hub?.stop();
});

describe("unreadNotificationCount", () => {
  it("counts the viewer's unread notifications in cases they can read, beyond the list's cap of 200", async () => {
    const before = await count(petra);
    const sanneBefore = await count(sanne);
    await raise(P.schoolProfessional, READABLE, 205);
    await raise(P.schoolProfessional, READABLE, 3, new Date(Date.now() - 3_600_000), new Date());
    await raise(P.schoolProfessional, OUT_OF_REACH, 4);

    await expect(count(petra)).resolves.toBe(before + 205);
    const listed = await gql(hub, LIST, { unreadOnly: true }, petra);
    expect(listed.data.myNotifications).toHaveLength(200);
    expect(listed.data.myNotifications.every((n: any) => n.case.id === READABLE)).toBe(true);
    // someone else's count is not touched
    await expect(count(sanne)).resolves.toBe(sanneBefore);
  });

  it("drops the notifications of a case once the viewer's organisation leaves its team", async () => {
    const kevin = await signIn(hub, P.jeugdreclasseerder);
    const before = await count(kevin);
    await raise(P.jeugdreclasseerder, DEMO.cases.multiProblem, 2);
    await expect(count(kevin)).resolves.toBe(before + 2);
    // Sanne directs (c): she takes the youth protection organisation off the team
    const team = await gql(
      hub,
      `query($id: ID!) { case(id: $id) { team { id organisation { id } } } }`,
      { id: DEMO.cases.multiProblem },
      sanne,
    );
    const theirs = team.data.case.team.filter(
      (m: any) => m.organisation.id === DEMO.organisations.jeugdbescherming,
    );
    expect(theirs.length).toBeGreaterThan(0);
    for (const member of theirs) {
      const removed = await gql(
        hub,
        `mutation($id: ID!) { removeTeamMember(id: $id) { id } }`,
        { id: member.id },
        sanne,
      );
      expect(removed.errors).toBeUndefined();
    }
    await expect(count(kevin)).resolves.toBe(before);
  });

  it("asks for a sign-in and takes no arguments", async () => {
    expectCode(await gql(hub, COUNT, {}), "UNAUTHENTICATED");
    expectCode(
      await gql(hub, `query { unreadNotificationCount(unreadOnly: true) }`, {}, petra),
      "BAD_USER_INPUT",
    );
  });
});

describe("markAllNotificationsRead", () => {
  it("marks those raised up to the moment given, in readable cases only, and answers what is left", async () => {
    const from = new Date(Date.now() - 2 * 86_400_000);
    const mine = await raise(P.wijkteamProfessional, READABLE, 5, from);
    const outside = await raise(P.wijkteamProfessional, DEMO.cases.veiligThuisMonitoring, 2, from);
    const lotte = await signIn(hub, P.wijkteamProfessional);
    const sanneUnread = await unreadRows(P.casusregisseur);
    const total = await count(lotte);
    expect(total).toBeGreaterThanOrEqual(5);

    // up to the third of the five (inclusive): the first three and anything older
    const listed = await gql(hub, LIST, {}, lotte);
    const third = listed.data.myNotifications.find((n: any) => n.id === mine[2]);
    const res = await gql(hub, MARK_ALL, { upTo: third.createdAt }, lotte);
    expect(res.errors).toBeUndefined();
    const olderThanMine = total - 5;
    expect(res.data.markAllNotificationsRead).toEqual({ marked: olderThanMine + 3, unreadCount: 2 });
    await expect(count(lotte)).resolves.toBe(2);
    const unread = (await unreadRows(P.wijkteamProfessional)).map((r) => r.id).sort();
    expect(unread).toEqual([mine[3]!, mine[4]!, ...outside].sort());

    // without upTo: all the rest; the case out of reach is left as it is
    const rest = await gql(hub, MARK_ALL, {}, lotte);
    expect(rest.data.markAllNotificationsRead).toEqual({ marked: 2, unreadCount: 0 });
    expect((await unreadRows(P.wijkteamProfessional)).map((r) => r.id).sort()).toEqual([...outside].sort());
    // someone else's notifications are untouched
    expect(await unreadRows(P.casusregisseur)).toEqual(sanneUnread);

    // again: nothing to mark, and the first moment each was read is kept
    const readAt = (await gql(hub, LIST, {}, lotte)).data.myNotifications.map((n: any) => [n.id, n.readAt]);
    const again = await gql(hub, MARK_ALL, {}, lotte);
    expect(again.data.markAllNotificationsRead).toEqual({ marked: 0, unreadCount: 0 });
    const after = (await gql(hub, LIST, {}, lotte)).data.myNotifications.map((n: any) => [n.id, n.readAt]);
    expect(after).toEqual(readAt);
    expect(after.every(([, at]: [string, string | null]) => at !== null)).toBe(true);
  });

  it("includes the newest one shown when its own createdAt is passed back (microseconds in the database)", async () => {
    const youssef = await signIn(hub, P.casusregisseurYoussef);
    await gql(hub, MARK_ALL, {}, youssef);
    // created by the database's clock, with microseconds
    const [row] = await hub.database.db
      .insert(tables.notifications)
      .values({ recipientProfessionalId: P.casusregisseurYoussef, caseId: READABLE, kind: "ESCALATION" })
      .returning({ id: tables.notifications.id });
    const shown = (await gql(hub, LIST, { unreadOnly: true }, youssef)).data.myNotifications;
    expect(shown.map((n: any) => n.id)).toEqual([row!.id]);
    const res = await gql(hub, MARK_ALL, { upTo: shown[0].createdAt }, youssef);
    expect(res.data.markAllNotificationsRead).toEqual({ marked: 1, unreadCount: 0 });
  });

  it("refuses a bad moment as BAD_USER_INPUT and changes nothing", async () => {
    const ahmed = await signIn(hub, P.secondarySchoolProfessional);
    await raise(P.secondarySchoolProfessional, READABLE, 2);
    const before = await unreadRows(P.secondarySchoolProfessional);
    for (const upTo of ["gisteren", "2025-13-45T00:00:00Z", "2025-06-01", "", 20250601, true]) {
      expectCode(await gql(hub, MARK_ALL, { upTo }, ahmed), "BAD_USER_INPUT");
    }
    expectCode(
      await gql(hub, `mutation { markAllNotificationsRead(upTo: "morgen") { marked } }`, {}, ahmed),
      "BAD_USER_INPUT",
    );
    expect(await unreadRows(P.secondarySchoolProfessional)).toEqual(before);
  });

  it("asks for a sign-in; a partner system may not (no scope carries notifications)", async () => {
    const rows = await unreadRows(P.schoolProfessional);
    expectCode(await gql(hub, MARK_ALL, {}), "UNAUTHENTICATED");
    const admin = await adminOf(hub, DEMO.organisations.school);
    const client = await registerClient(hub, admin.token, {});
    const system = await clientToken(hub, client.id, client.secret!);
    expectCode(await gql(hub, MARK_ALL, {}, system), "FORBIDDEN");
    expectCode(await gql(hub, COUNT, {}, system), "FORBIDDEN");
    expect(await unreadRows(P.schoolProfessional)).toEqual(rows);
  });

  it("leaves the notifications of a case out of reach alone, which marking one by one cannot reach either", async () => {
    const erik = await signIn(hub, P.wijkagent);
    await gql(hub, MARK_ALL, {}, erik);
    const [outside] = await raise(P.wijkagent, READABLE, 1);
    // the police are not on the team of (a)
    const res = await gql(hub, MARK_ALL, {}, erik);
    expect(res.data.markAllNotificationsRead).toEqual({ marked: 0, unreadCount: 0 });
    expectCode(await gql(hub, MARK_ONE, { id: outside }, erik), "NOT_FOUND");
    expect((await unreadRows(P.wijkagent)).map((r) => r.id)).toContain(outside);
  });
});
