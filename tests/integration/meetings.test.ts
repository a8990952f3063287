import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DEMO, resultRows } from "@regiehub/db";
import { expectCode, gql, signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { casePersons, grant } from "../support/dossier";
import { collect, lastSeq, sleep } from "../support/live";
import { readPdf } from "../support/pdf";
import { dutchToday } from "../support/dates";

// Case meetings (issue 17): question → image forming → judgement → decision as the chair moves it, typed
// contributions that are dossier items (consent decides who sees each, in queries and over the subscription),
// a judgement or proposal during image forming accepted but flagged, and a decision that puts actions in the
// plan in one step. Every refusal is typed and changes nothing.

const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.separatedParents; // Youssef directs (wijkteam Noord); school, GGZ and wijkteam on the team

const MEETING = `id caseId question heldOn phase version decidedAt allowedPhaseMoves viewerCan
  chair { id } participants { professional { id } person { id } }
  summary { information judgements proposals premature }
  contributions { id redacted contributionKind body phase premature domain authorOrganisation { id } }
  decision { decision presentProfessionals { id } presentPersons { id } decidedBy { id }
    actions { id ... on Action { title ownerOrganisation { id } dueOn } } }`;
const PLAN = `mutation($input: PlanMeetingInput!) { planMeeting(input: $input) { ${MEETING} } }`;
const MOVE = `mutation($input: MoveMeetingPhaseInput!) { moveMeetingPhase(input: $input) { ${MEETING} } }`;
const CONTRIBUTE = `mutation($input: ContributeToMeetingInput!) { contributeToMeeting(input: $input) {
  id kind redacted contributionKind body phase premature } }`;
const DECIDE = `mutation($input: RecordMeetingDecisionInput!) { recordMeetingDecision(input: $input) { ${MEETING} } }`;
const READ = `query($id: ID!) { meeting(id: $id) { ${MEETING} } }`;

const today = dutchToday();
const HIDDEN = "Noor vertelt in de behandeling over paniekaanvallen";

let hub: TestHub;
let youssef: string; // casusregisseur: plans and chairs
let petra: string; // school (De Regenboog): participant, grant on EDUCATION for Sem only
let karin: string; // GGZ: participant
let lotte: string; // wijkteam Noord: on the team, not invited
let huisarts: string; // on no team of this case
let persons: Record<string, string>;

const counts = async () =>
  resultRows<{
    meetings: number;
    participants: number;
    contributions: number;
    decisions: number;
    items: number;
    log: number;
  }>(
    await hub.database.db.execute(sql`select
      (select count(*)::int from meetings) as meetings,
      (select count(*)::int from meeting_participants) as participants,
      (select count(*)::int from meeting_contributions) as contributions,
      (select count(*)::int from meeting_decisions) as decisions,
      (select count(*)::int from dossier_items) as items,
      (select string_agg(id || ':' || version || ':' || phase, ',' order by id) from meetings) as log`),
  )[0]!;

async function unchanged(run: () => Promise<unknown>): Promise<void> {
  const before = await counts();
  await run();
  expect(await counts()).toEqual(before);
}

beforeAll(async () => {
  hub = await startTestHub();
  [youssef, petra, karin, lotte, huisarts] = await Promise.all([
    signIn(hub, P.casusregisseurYoussef),
    signIn(hub, P.schoolProfessional),
    signIn(hub, P.ggzBehandelaar),
    signIn(hub, P.wijkteamProfessional),
    signIn(hub, P.huisarts),
  ]);
  persons = Object.fromEntries((await casePersons(hub, youssef, CASE)).map((p) => [p.givenName, p.id]));
  await grant(hub, youssef, {
    caseId: CASE,
    granteeOrganisationId: O.school,
    subjectPersonIds: [persons.Sem],
    domains: ["EDUCATION"],
    dataClasses: ["GENERAL"],
  });
}, 60_000);
afterAll(async () => {
  await hub?.stop();
});

const plan = (token: string, input: Record<string, unknown>) =>
  gql(
    hub,
    PLAN,
    {
      input: {
        caseId: CASE,
        question: "Hoe krijgen Noor en Sem rust tussen beide huizen?",
        heldOn: today,
        participantProfessionalIds: [P.schoolProfessional, P.ggzBehandelaar],
        familyPersonIds: [persons.Miriam, persons.Noor],
        ...input,
      },
    },
    token,
  );

describe("a meeting from question to decision", () => {
  let meeting: any;

  it("is planned by a director with its question, participants and the family present", async () => {
    const res = await plan(youssef, {});
    expect(res.errors).toBeUndefined();
    meeting = res.data.planMeeting;
    expect(meeting).toMatchObject({
      phase: "QUESTION",
      chair: { id: P.casusregisseurYoussef },
      allowedPhaseMoves: ["IMAGE_FORMING"],
      viewerCan: ["CONTRIBUTE", "CHAIR"],
      decision: null,
    });
    expect(meeting.participants).toHaveLength(4);
    const listed = await gql(
      hub,
      `query($id: ID!) { case(id: $id) { meetings { id question } viewerCan } }`,
      { id: CASE },
      youssef,
    );
    expect(listed.data.case.meetings.map((m: any) => m.id)).toContain(meeting.id);
    expect(listed.data.case.viewerCan).toContain("PLAN_MEETING");
  });

  it("refuses a bad plan with a typed error and changes nothing", async () => {
    await unchanged(async () => {
      expectCode(await plan(youssef, { familyPersonIds: [persons.Sem] }), "BAD_USER_INPUT"); // 9 years old
      expectCode(await plan(youssef, { question: " " }), "BAD_USER_INPUT");
      expectCode(await plan(youssef, { heldOn: "2026-02-30" }), "BAD_USER_INPUT");
      expectCode(await plan(youssef, { participantProfessionalIds: [P.huisarts] }), "BAD_USER_INPUT"); // not on the team
      expectCode(await plan(youssef, { participantProfessionalIds: [] }), "BAD_USER_INPUT");
      expectCode(await plan(youssef, { chairProfessionalId: P.schoolProfessional }), "BAD_USER_INPUT");
      expectCode(await plan(petra, {}), "FORBIDDEN"); // on the team, not a director
      expectCode(await plan(huisarts, {}), "NOT_FOUND"); // may not see the case
      expectCode(await plan(youssef, { caseId: "not-a-case" }), "NOT_FOUND");
    });
  });

  it("moves one phase at a time, by its chair only", async () => {
    const move = (token: string, phase: string, version = meeting.version) =>
      gql(hub, MOVE, { input: { meetingId: meeting.id, version, phase } }, token);
    await unchanged(async () => {
      expectCode(await move(youssef, "JUDGEMENT"), "BAD_USER_INPUT"); // skips image forming
      expectCode(await move(youssef, "QUESTION"), "BAD_USER_INPUT"); // already there
      expectCode(await move(petra, "IMAGE_FORMING"), "FORBIDDEN"); // a participant, not the chair
      expectCode(await move(huisarts, "IMAGE_FORMING"), "NOT_FOUND");
      expectCode(await move(youssef, "IMAGE_FORMING", meeting.version + 5), "CONFLICT");
    });
    const res = await move(youssef, "IMAGE_FORMING");
    expect(res.errors).toBeUndefined();
    meeting = res.data.moveMeetingPhase;
    expect(meeting.phase).toBe("IMAGE_FORMING");
    expect(meeting.allowedPhaseMoves.sort()).toEqual(["JUDGEMENT", "QUESTION"]);
  });

  it("takes contributions as dossier items: each participant sees what consent covers, live too", async () => {
    const after = await lastSeq(hub, petra);
    const client = wsClient(hub, petra);
    const live = collect(
      client,
      `subscription($caseId: ID!, $afterSeq: Seq) { caseEvents(caseId: $caseId, afterSeq: $afterSeq) {
        seq itemKind itemId item { id redacted ... on MeetingContribution { body } } } }`,
      { caseId: CASE, afterSeq: after },
    );
    const contribute = (token: string, input: Record<string, unknown>) =>
      gql(hub, CONTRIBUTE, { input: { meetingId: meeting.id, ...input } }, token);

    const school = await contribute(petra, {
      contributionKind: "INFORMATION",
      body: "Sem is op maandag na het wisselen vaak moe in de klas.",
      domain: "EDUCATION",
      subjectPersonIds: [persons.Sem],
    });
    expect(school.errors).toBeUndefined();
    expect(school.data.contributeToMeeting).toMatchObject({
      kind: "CONTRIBUTION",
      phase: "IMAGE_FORMING",
      premature: false,
    });

    const ggz = await contribute(karin, {
      contributionKind: "PROPOSAL",
      body: HIDDEN,
      domain: "MENTAL_HEALTH",
      dataClass: "SPECIAL_CATEGORY",
      subjectPersonIds: [persons.Noor],
    });
    expect(ggz.errors).toBeUndefined();
    // A proposal while the picture is still being formed: accepted, and flagged to the chair.
    expect(ggz.data.contributeToMeeting.premature).toBe(true);

    await unchanged(async () => {
      const bad = { contributionKind: "INFORMATION", body: "Iets", domain: "EDUCATION" };
      expectCode(await contribute(lotte, bad), "FORBIDDEN"); // on the team, not invited
      expectCode(await contribute(huisarts, bad), "NOT_FOUND");
      expectCode(await contribute(petra, { ...bad, body: "" }), "BAD_USER_INPUT");
      expectCode(
        await contribute(petra, { ...bad, subjectPersonIds: ["00000000-0000-4000-8000-000000000000"] }),
        "BAD_USER_INPUT",
      );
      expectCode(await contribute(petra, { ...bad, domain: "NOT_A_DOMAIN" }), "BAD_USER_INPUT");
    });

    const chairView = (await gql(hub, READ, { id: meeting.id }, youssef)).data.meeting;
    expect(chairView.summary).toEqual({ information: 1, judgements: 0, proposals: 1, premature: 1 });
    expect(chairView.contributions.map((c: any) => c.body)).toEqual([
      "Sem is op maandag na het wisselen vaak moe in de klas.",
      HIDDEN,
    ]);

    const schoolRead = await gql(hub, READ, { id: meeting.id }, petra);
    expect(schoolRead.errors).toBeUndefined();
    expect(schoolRead.data.meeting.contributions.map((c: any) => c.body)).toEqual([
      "Sem is op maandag na het wisselen vaak moe in de klas.",
    ]);
    expect(JSON.stringify(schoolRead)).not.toContain("paniekaanvallen");
    expect(schoolRead.data.meeting.viewerCan).toEqual(["CONTRIBUTE"]);
    expect(schoolRead.data.meeting.allowedPhaseMoves).toEqual([]);

    // The GGZ's contribution reaches the school's subscription neither as content nor as a stub.
    const gp = await gql(hub, READ, { id: meeting.id }, huisarts);
    expectCode(gp, "NOT_FOUND");
    await live.until((r) => r.some((e) => e.data?.caseEvents?.itemId === school.data.contributeToMeeting.id));
    await sleep(300);
    expect(JSON.stringify(live.results)).not.toContain("paniekaanvallen");
    expect(live.results.some((e) => e.data?.caseEvents?.itemId === ggz.data.contributeToMeeting.id)).toBe(
      false,
    );
    live.stop();
    await client.dispose();
  });

  it("records the decision in the decision phase, with actions in the plan in one step", async () => {
    const draft = await gql(
      hub,
      `mutation($input: DraftPlanInput!) { draftPlan(input: $input) { id } }`,
      {
        input: {
          caseId: CASE,
          perspective: "Rust en regelmaat voor Noor en Sem",
          subjectPersonIds: [persons.Noor, persons.Sem],
        },
      },
      youssef,
    );
    expect(draft.errors).toBeUndefined();
    const goal = await gql(
      hub,
      `mutation($input: AddGoalInput!) { addGoal(input: $input) { id } }`,
      {
        input: {
          planId: draft.data.draftPlan.id,
          domain: "EDUCATION",
          subjectPersonIds: [persons.Sem],
          familyWording: "Sem is na het wisselen uitgerust op school",
          professionalWording: "Overdracht tussen ouders en school op wisseldagen",
        },
      },
      youssef,
    );
    expect(goal.errors).toBeUndefined();
    const goalId = goal.data.addGoal.id;
    const decide = (token: string, input: Record<string, unknown>) =>
      gql(
        hub,
        DECIDE,
        {
          input: {
            meetingId: meeting.id,
            version: meeting.version,
            decision: "Wisseldag naar vrijdag; school en ouders stemmen af.",
            ...input,
          },
        },
        token,
      );
    const action = {
      goalId,
      title: "Wisseldag met beide ouders naar vrijdag verplaatsen",
      ownerOrganisationId: O.school,
      dueOn: today,
    };

    await unchanged(async () => {
      expectCode(await decide(youssef, {}), "BAD_USER_INPUT"); // still image forming
    });
    for (const phase of ["JUDGEMENT", "DECISION"]) {
      const res = await gql(
        hub,
        MOVE,
        { input: { meetingId: meeting.id, version: meeting.version, phase } },
        youssef,
      );
      expect(res.errors).toBeUndefined();
      meeting = res.data.moveMeetingPhase;
    }
    await unchanged(async () => {
      expectCode(await decide(petra, { actions: [action] }), "FORBIDDEN");
      expectCode(await decide(youssef, { decision: "" }), "BAD_USER_INPUT");
      expectCode(await decide(youssef, { presentPersonIds: [persons.Sem] }), "BAD_USER_INPUT"); // not invited
      // An owner who cannot see the action under consent: refused at that action, and no decision is left.
      const refused = await decide(youssef, { actions: [action, { ...action, ownerOrganisationId: O.ggz }] });
      expectCode(refused, "BAD_USER_INPUT");
      expect(JSON.stringify(refused.errors)).toContain("input.actions.1.ownerOrganisationId");
    });

    const second = { ...action, title: "Schoolrapport met beide ouders bespreken" };
    const res = await decide(youssef, { actions: [action, second] });
    expect(res.errors).toBeUndefined();
    meeting = res.data.recordMeetingDecision;
    expect(meeting.decidedAt).not.toBeNull();
    expect(meeting.viewerCan).toEqual([]);
    expect(meeting.allowedPhaseMoves).toEqual([]);
    expect(meeting.decision.presentProfessionals.map((p: any) => p.id).sort()).toEqual(
      [P.casusregisseurYoussef, P.schoolProfessional, P.ggzBehandelaar].sort(),
    );
    expect(meeting.decision.presentPersons.map((p: any) => p.id).sort()).toEqual(
      [persons.Miriam, persons.Noor].sort(),
    );
    expect(meeting.decision.actions).toHaveLength(2);
    expect(meeting.decision.actions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: action.title, ownerOrganisation: { id: O.school }, dueOn: today }),
        expect.objectContaining({ title: second.title, ownerOrganisation: { id: O.school }, dueOn: today }),
      ]),
    );
    // The school carries the actions and sees them on the decision too.
    const schoolRead = await gql(hub, READ, { id: meeting.id }, petra);
    expect(schoolRead.data.meeting.decision.actions.map((a: any) => a.title).sort()).toEqual(
      [action.title, second.title].sort(),
    );
    const ggzRead: any = await gql(hub, READ, { id: meeting.id }, karin);
    // GGZ sat at the meeting but its grant does not cover Sem's schooling: the decision, not its actions.
    expect(ggzRead.errors).toBeUndefined();
    expect(ggzRead.data.meeting.decision.decision).toBe(meeting.decision.decision);
    expect(ggzRead.data.meeting.decision.actions).toEqual([]);

    // Closed: no further move, contribution or decision.
    await unchanged(async () => {
      expectCode(
        await gql(
          hub,
          MOVE,
          { input: { meetingId: meeting.id, version: meeting.version, phase: "JUDGEMENT" } },
          youssef,
        ),
        "CONFLICT",
      );
      expectCode(
        await gql(
          hub,
          CONTRIBUTE,
          {
            input: {
              meetingId: meeting.id,
              contributionKind: "INFORMATION",
              body: "Nog iets",
              domain: "EDUCATION",
            },
          },
          petra,
        ),
        "CONFLICT",
      );
      expectCode(await decide(youssef, {}), "CONFLICT");
    });
  });
  it("gives minutes for the team and the family, each with only what the reader may see, logged as EXPORT", async () => {
    const MINUTES = `query($id: ID!, $audience: MinutesAudience!) {
      meetingMinutes(meetingId: $id, audience: $audience) { fileName mediaType contentBase64 } }`;
    const minutes = async (token: string, audience: string) => {
      const res = await gql(hub, MINUTES, { id: meeting.id, audience }, token);
      expect(res.errors).toBeUndefined();
      expect(res.data.meetingMinutes.mediaType).toBe("application/pdf");
      return (await readPdf(res.data.meetingMinutes.contentBase64)).text;
    };
    const chairTeam = await minutes(youssef, "TEAM");
    expect(chairTeam).toContain("Verslag overleg");
    expect(chairTeam).toContain("paniekaanvallen");
    expect(chairTeam).toContain("voorstel tijdens beeldvorming");
    expect(chairTeam).toContain("Wisseldag met beide ouders naar vrijdag verplaatsen");

    const schoolTeam = await minutes(petra, "TEAM");
    expect(schoolTeam).not.toContain("paniekaanvallen");
    expect(schoolTeam).toContain("Sem is op maandag na het wisselen vaak moe in de klas.");
    expect(schoolTeam).toContain("1 bijdrage valt buiten uw toestemming");

    // Miriam and Noor were there: the family version says what was said (as far as the reader may see).
    const family = await minutes(youssef, "FAMILY");
    expect(family).toContain("Verslag van het overleg");
    expect(family).toContain("Wat is er gezegd");
    expect(family).toContain("Sem is op maandag na het wisselen vaak moe in de klas.");

    const exported = resultRows<{ n: number }>(
      await hub.database.db.execute(
        sql`select count(*)::int as n from processing_log where operation = 'EXPORT' and detail like ${`meeting minutes%${meeting.id}`}`,
      ),
    )[0]!;
    expect(exported.n).toBeGreaterThanOrEqual(3);
    expectCode(await gql(hub, MINUTES, { id: meeting.id, audience: "TEAM" }, huisarts), "NOT_FOUND");
  });
});
