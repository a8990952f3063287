import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { DEMO, lastEventSeq, tables } from "@regiehub/db";
import { gql, signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { casePersons, grant, recordObservation } from "../support/dossier";
import { collect } from "../support/live";
import { ALL_SCOPES, adminOf, clientToken, registerClient } from "../support/api-clients";

// The authorization matrix (OpenCRVS-style): every row is an actor (role × organisation kind × grant
// state); every column an item (domain / data class); every cell is checked on every path: the timeline
// list, the item by id, the content field, the live events of the case (replayed from before the items were
// recorded), and the inzage export. One more column: the team's roles (`CaseTeamMember.responsibility`, why
// each member is involved) — every role for the directing side, the own organisation's for other team
// members whatever their grants — on the case and in its live events (team.readRole).
// Partner systems are rows too: an API client of an organisation, registered by an ADMIN there, signed in with
// an access token of the hub's token endpoint — the same outcome as a professional of its organisation, and
// narrower where its scopes leave something out (no `dossier:read`: every item hidden).

const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.multiProblem;
const HOUR = 3600_000;

type Item = "education" | "mentalHealth" | "justice" | "childSafety";
type Outcome = "visible" | "hidden" | "notFound";
type ExportOutcome = "included" | "FORBIDDEN" | "NOT_FOUND";
/** The team's roles: every one, only the own organisation's (the rest null with CONSENT_REQUIRED), or none. */
type TeamOutcome = "all" | "own" | "notFound";

interface Row {
  /** A professional of the demo region, or (with `system`) a name for the partner-system row. */
  who: keyof typeof P | string;
  /** A partner system: an API client of this organisation with these scopes. */
  system?: { organisation: keyof typeof O; scopes: readonly string[] };
  role: string;
  orgKind: string;
  grantState: string;
  items: Record<Item, Outcome>;
  exportKim: ExportOutcome;
  teamRoles: TeamOutcome;
}

const hidden = {
  education: "hidden",
  mentalHealth: "hidden",
  justice: "hidden",
  childSafety: "hidden",
} as const;
const visible = {
  education: "visible",
  mentalHealth: "visible",
  justice: "visible",
  childSafety: "visible",
} as const;
const notFound = {
  education: "notFound",
  mentalHealth: "notFound",
  justice: "notFound",
  childSafety: "notFound",
} as const;

const MATRIX: Row[] = [
  {
    who: "casusregisseur",
    role: "CASUSREGISSEUR",
    orgKind: "WIJKTEAM (directing)",
    grantState: "n/a: whole case",
    items: visible,
    exportKim: "included",
    teamRoles: "all",
  },
  {
    who: "wijkteamProfessional",
    role: "PROFESSIONAL",
    orgKind: "WIJKTEAM (directing)",
    grantState: "n/a: whole case",
    items: visible,
    exportKim: "FORBIDDEN",
    teamRoles: "all",
  },
  {
    who: "procesregisseur",
    role: "PROCESREGISSEUR",
    orgKind: "GEMEENTE",
    grantState: "n/a: directs the case",
    items: visible,
    exportKim: "FORBIDDEN",
    teamRoles: "all",
  },
  {
    who: "secondarySchoolProfessional",
    role: "PROFESSIONAL",
    orgKind: "SCHOOL",
    grantState: "valid: EDUCATION/GENERAL/Kim",
    items: { ...hidden, education: "visible" },
    exportKim: "FORBIDDEN",
    teamRoles: "own",
  },
  {
    who: "woonconsulent",
    role: "PROFESSIONAL",
    orgKind: "WONINGCORPORATIE",
    grantState: "other domain: HOUSING",
    items: hidden,
    exportKim: "FORBIDDEN",
    teamRoles: "own",
  },
  {
    who: "schuldhulpverlener",
    role: "PROFESSIONAL",
    orgKind: "SCHULDHULP",
    grantState: "other data class: SPECIAL_CATEGORY",
    items: hidden,
    exportKim: "FORBIDDEN",
    teamRoles: "own",
  },
  {
    who: "verslavingszorgProfessional",
    role: "PROFESSIONAL",
    orgKind: "VERSLAVINGSZORG",
    grantState: "expired",
    items: hidden,
    exportKim: "FORBIDDEN",
    teamRoles: "own",
  },
  {
    who: "casusregisseurJeugdbescherming",
    role: "CASUSREGISSEUR",
    orgKind: "JEUGDBESCHERMING",
    grantState: "withdrawn (education); valid SAFETY/CHILD_SAFETY",
    items: { ...hidden, childSafety: "visible" },
    exportKim: "FORBIDDEN",
    teamRoles: "own",
  },
  {
    who: "wijkagent",
    role: "PROFESSIONAL",
    orgKind: "POLITIE",
    grantState: "none (a forged JUSTICE grant on CONSENT is ignored)",
    items: hidden,
    exportKim: "FORBIDDEN",
    teamRoles: "own",
  },
  {
    who: "huisarts",
    role: "PROFESSIONAL",
    orgKind: "HUISARTS (not on the team)",
    grantState: "none",
    items: notFound,
    exportKim: "NOT_FOUND",
    teamRoles: "notFound",
  },
  {
    who: "privacyOfficer",
    role: "PRIVACY_OFFICER",
    orgKind: "GEMEENTE",
    grantState: "n/a",
    items: notFound,
    exportKim: "included",
    teamRoles: "notFound",
  },
  {
    who: "admin",
    role: "ADMIN",
    orgKind: "GEMEENTE",
    grantState: "n/a",
    items: notFound,
    exportKim: "NOT_FOUND",
    teamRoles: "notFound",
  },
  {
    who: "wijkteam system",
    system: { organisation: "wijkteamNoord", scopes: ALL_SCOPES },
    role: "PARTNER_SYSTEM",
    orgKind: "WIJKTEAM (directing)",
    grantState: "n/a: whole case; every scope",
    items: visible,
    exportKim: "FORBIDDEN",
    teamRoles: "all",
  },
  {
    who: "school system",
    system: { organisation: "secondarySchool", scopes: ALL_SCOPES },
    role: "PARTNER_SYSTEM",
    orgKind: "SCHOOL",
    grantState: "valid: EDUCATION/GENERAL/Kim; every scope",
    items: { ...hidden, education: "visible" },
    exportKim: "FORBIDDEN",
    teamRoles: "own",
  },
  {
    who: "school system without dossier:read",
    system: { organisation: "secondarySchool", scopes: ["cases:read", "events:subscribe"] },
    role: "PARTNER_SYSTEM",
    orgKind: "SCHOOL",
    grantState: "valid: EDUCATION/GENERAL/Kim; no dossier:read",
    items: hidden,
    exportKim: "FORBIDDEN",
    teamRoles: "own",
  },
  {
    who: "huisarts system",
    system: { organisation: "huisarts", scopes: ALL_SCOPES },
    role: "PARTNER_SYSTEM",
    orgKind: "HUISARTS (not on the team)",
    grantState: "none; every scope",
    items: notFound,
    exportKim: "NOT_FOUND",
    teamRoles: "notFound",
  },
];

/** The token of a row: a professional signed in, or a partner system's access token (client credentials). */
async function tokenOf(row: Row): Promise<string> {
  if (!row.system) return signIn(hub, P[row.who as keyof typeof P]);
  const admin = await adminOf(hub, O[row.system.organisation]);
  const client = await registerClient(hub, admin.token, { name: row.who, scopes: row.system.scopes });
  return clientToken(hub, client.id, client.secret!);
}

const TEXT: Record<Item, string> = {
  education: "MATRIX-EDU Kim verzuimt structureel.",
  mentalHealth: "MATRIX-MH Moeder volgt een behandeling.",
  justice: "MATRIX-JUS Dylan heeft een strafzaak lopen.",
  childSafety: "MATRIX-SAFE Melding over onveiligheid van Kim.",
};

let hub: TestHub;
const ids = {} as Record<Item, string>;
/** The case team's roles in the database: organisation id → role text. */
let teamRoles: Map<string, string>;
let kim: string;
/** The outbox before and after the setup: live events of the setup are replayed from `startSeq`. */
let startSeq: number;
let endSeq: number;

beforeAll(async () => {
  hub = await startTestHub();
  startSeq = await lastEventSeq(hub.database.db);
  const director = await signIn(hub, P.casusregisseur);
  const persons = Object.fromEntries(
    (await casePersons(hub, director, CASE)).map((p) => [p.givenName, p.id]),
  );
  kim = persons.Kim!;
  const make = async (
    item: Item,
    domain: string,
    dataClass: string,
    subject: string,
    legalBasis = "LEGAL_TASK",
  ) =>
    (ids[item] = (
      await recordObservation(hub, director, {
        caseId: CASE,
        domain,
        dataClass,
        subjectPersonIds: [subject],
        statement: TEXT[item],
        legalBasis,
      })
    ).id);
  await make("education", "EDUCATION", "GENERAL", kim);
  await make("mentalHealth", "MENTAL_HEALTH", "SPECIAL_CATEGORY", persons.Linda!);
  await make("justice", "JUSTICE", "JUSTICE", persons.Dylan!, "JUSTICE");
  await make("childSafety", "SAFETY", "CHILD_SAFETY", kim);

  const kimEdu = { caseId: CASE, subjectPersonIds: [kim], domains: ["EDUCATION"], dataClasses: ["GENERAL"] };
  await grant(hub, director, { ...kimEdu, granteeOrganisationId: O.secondarySchool });
  await grant(hub, director, { ...kimEdu, granteeOrganisationId: O.woningcorporatie, domains: ["HOUSING"] });
  await grant(hub, director, {
    ...kimEdu,
    granteeOrganisationId: O.schuldhulp,
    dataClasses: ["SPECIAL_CATEGORY"],
  });
  await grant(hub, director, {
    ...kimEdu,
    granteeOrganisationId: O.verslavingszorg,
    validFrom: new Date(Date.now() - 48 * HOUR).toISOString(),
    validUntil: new Date(Date.now() - HOUR).toISOString(),
  });
  const toWithdraw = await grant(hub, director, { ...kimEdu, granteeOrganisationId: O.jeugdbescherming });
  await gql(
    hub,
    `mutation($input: WithdrawAccessInput!) { withdrawAccess(input: $input) { id } }`,
    { input: { id: toWithdraw.id, reason: "Niet meer nodig" } },
    director,
  );
  await grant(hub, director, {
    caseId: CASE,
    subjectPersonIds: [kim],
    domains: ["SAFETY"],
    dataClasses: ["CHILD_SAFETY"],
    granteeOrganisationId: O.jeugdbescherming,
    legalBasis: "LEGAL_TASK",
    evidenceReference: null,
  });
  // A grant the API refuses (JUSTICE data on plain consent), written straight into the database: the
  // decision at read time must ignore it too.
  await hub.database.db.insert(tables.consentGrants).values({
    caseId: CASE,
    granteeOrganisationId: O.politie,
    subjectPersonIds: [persons.Dylan!],
    domains: ["JUSTICE"],
    dataClasses: ["JUSTICE"],
    purpose: "vervalst",
    legalBasis: "CONSENT",
    validFrom: new Date(Date.now() - HOUR),
    recordedByProfessionalId: P.casusregisseur,
  });
  endSeq = await lastEventSeq(hub.database.db);
  const team = await hub.database.db
    .select({
      organisationId: tables.caseTeamMembers.organisationId,
      role: tables.caseTeamMembers.responsibility,
    })
    .from(tables.caseTeamMembers)
    .where(eq(tables.caseTeamMembers.caseId, CASE));
  teamRoles = new Map(team.map((m) => [m.organisationId, m.role ?? ""]));
});
afterAll(async () => {
  await hub?.stop();
});

async function observe(token: string, item: Item) {
  const list: any = await gql(
    hub,
    `query($id: ID!) { case(id: $id) { timeline(first: 100) { edges { node { id ... on Observation { statement } } } } } }`,
    { id: CASE },
    token,
  );
  const byId: any = await gql(
    hub,
    `query($id: ID!) { dossierItem(id: $id) { id redacted } }`,
    { id: ids[item] },
    token,
  );
  const field: any = await gql(
    hub,
    `query($id: ID!) { dossierItem(id: $id) { ... on Observation { statement } } }`,
    { id: ids[item] },
    token,
  );
  return { list, byId, field };
}

function outcomeOf(r: Awaited<ReturnType<typeof observe>>, item: Item): Outcome | string {
  const codes = (res: any) => (res.errors ?? []).map((e: any) => e.extensions.code).join(",");
  if (codes(r.list) === "NOT_FOUND" && codes(r.byId) === "NOT_FOUND" && codes(r.field) === "NOT_FOUND")
    return "notFound";
  const inList = r.list.data?.case?.timeline.edges.some((e: any) => e.node.id === ids[item]);
  const listText = JSON.stringify(r.list).includes(TEXT[item]);
  if (
    inList &&
    listText &&
    r.byId.data?.dossierItem?.redacted === false &&
    r.field.data?.dossierItem?.statement === TEXT[item]
  ) {
    return "visible";
  }
  if (
    !inList &&
    !listText &&
    r.byId.data?.dossierItem?.redacted === true &&
    r.field.data?.dossierItem?.statement === null &&
    codes(r.field) === "CONSENT_REQUIRED"
  ) {
    return "hidden";
  }
  return `inconsistent: ${JSON.stringify({ inList, listText, byId: r.byId, field: r.field })}`;
}

const TEAM_FIELDS = `team { organisation { id } responsibility responsibilityRedacted }`;

/** What one answer shows of the team's roles (`team` at `path` of the answer), for an actor of `ownOrg`. */
function teamOutcomeOf(
  answer: { data?: any; errors?: any[] },
  team: any[] | undefined,
  path: string,
  ownOrg: string,
): TeamOutcome | string {
  const codes = (answer.errors ?? []).map((e: any) => e.extensions?.code);
  if (!team) return codes.length === 1 && codes[0] === "NOT_FOUND" ? "notFound" : `no team: ${codes}`;
  if (team.length !== teamRoles.size) return `inconsistent: ${team.length} members`;
  const refused = (n: number) =>
    (answer.errors ?? []).some(
      (e: any) =>
        e.path?.join(".") === `${path}.${n}.responsibility` && e.extensions?.code === "CONSENT_REQUIRED",
    );
  const shown = team.map(
    (m: any) => m.responsibilityRedacted === false && m.responsibility === teamRoles.get(m.organisation.id),
  );
  const withheld = team.map(
    (m: any, n: number) => m.responsibilityRedacted === true && m.responsibility === null && refused(n),
  );
  if (shown.every(Boolean) && !answer.errors) return "all";
  // No withheld role text anywhere in the answer, and exactly the own organisation's entries shown.
  const json = JSON.stringify(answer);
  const leaked = [...teamRoles].some(([org, text]) => org !== ownOrg && json.includes(text));
  const own = (n: number) => team[n].organisation.id === ownOrg;
  if (!leaked && team.every((_m, n) => (own(n) ? shown[n] : withheld[n]))) return "own";
  return `inconsistent: ${json}`;
}

describe("authorization matrix", () => {
  for (const row of MATRIX) {
    describe(`${row.role} at ${row.orgKind}, grant ${row.grantState}`, () => {
      let token: string;
      beforeAll(async () => {
        token = await tokenOf(row);
      });
      for (const item of Object.keys(TEXT) as Item[]) {
        it(`${item}: ${row.items[item]} on list, by id and field`, async () => {
          expect(outcomeOf(await observe(token, item), item)).toBe(row.items[item]);
        });
      }
      it(`live events: the same outcome for every item`, async () => {
        const client = wsClient(hub, token);
        const events = collect(
          client,
          `subscription($caseId: ID!, $afterSeq: Seq) { caseEvents(caseId: $caseId, afterSeq: $afterSeq) {
            seq itemId item { id redacted ... on Observation { statement } } } }`,
          { caseId: CASE, afterSeq: startSeq },
        );
        try {
          if (Object.values(row.items).every((o) => o === "notFound")) {
            await events.until(() => events.error !== undefined || events.results.length > 0).catch(() => []);
            await new Promise((r) => setTimeout(r, 100));
            const errors = (events.error as any[] | undefined) ?? events.results[0]?.errors;
            expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
            expect(JSON.stringify(events.results)).not.toContain("MATRIX-");
            return;
          }
          // The last setup change is a grant (a case-level event every team member receives).
          await events.until((r) => r.some((e) => e.data?.caseEvents?.seq === endSeq));
          expect(events.results.every((e) => e.errors === undefined)).toBe(true);
          for (const item of Object.keys(TEXT) as Item[]) {
            const delivered = events.results.filter((e) => e.data.caseEvents.itemId === ids[item]);
            const outcome =
              delivered.length === 1 && delivered[0]!.data.caseEvents.item.statement === TEXT[item]
                ? "visible"
                : delivered.length === 0 && !JSON.stringify(events.results).includes(TEXT[item])
                  ? "hidden"
                  : `inconsistent: ${JSON.stringify(delivered)}`;
            expect(`${item}: ${outcome}`).toBe(`${item}: ${row.items[item]}`);
          }
        } finally {
          events.stop();
          await client.dispose();
        }
      });
      it(`team roles: ${row.teamRoles} on the case and in its live events`, async () => {
        const me: any = await gql(hub, `{ me { organisation { id } } }`, {}, token);
        const ownOrg = me.data.me.organisation.id as string;
        const one: any = await gql(
          hub,
          `query($id: ID!) { case(id: $id) { ${TEAM_FIELDS} } }`,
          { id: CASE },
          token,
        );
        expect(teamOutcomeOf(one, one.data?.case?.team, "case.team", ownOrg)).toBe(row.teamRoles);
        // Live: the last setup change (a grant, a case-level event every team member receives) with the case.
        const client = wsClient(hub, token);
        const events = collect(
          client,
          `subscription($caseId: ID!, $afterSeq: Seq) { caseEvents(caseId: $caseId, afterSeq: $afterSeq) {
            seq case { ${TEAM_FIELDS} } } }`,
          { caseId: CASE, afterSeq: endSeq - 1 },
        );
        try {
          if (row.teamRoles === "notFound") {
            await events.until(() => events.error !== undefined || events.results.length > 0).catch(() => []);
            const errors = (events.error as any[] | undefined) ?? events.results[0]?.errors;
            expect(teamOutcomeOf({ errors }, undefined, "", ownOrg)).toBe("notFound");
            return;
          }
          await events.until((r) => r.some((e) => e.data?.caseEvents?.seq === endSeq));
          const delivered = events.results.find((e) => e.data?.caseEvents?.seq === endSeq)!;
          expect(
            teamOutcomeOf(delivered, delivered.data.caseEvents.case.team, "caseEvents.case.team", ownOrg),
          ).toBe(row.teamRoles);
        } finally {
          events.stop();
          await client.dispose();
        }
      });
      it(`export of Kim: ${row.exportKim}`, async () => {
        const res: any = await gql(
          hub,
          `mutation($id: ID!) { exportPersonData(personId: $id) { json } }`,
          { id: kim },
          token,
        );
        if (row.exportKim === "included") {
          expect(res.errors).toBeUndefined();
          const json = res.data.exportPersonData.json as string;
          expect(json).toContain(TEXT.education);
          expect(json).toContain(TEXT.childSafety);
          // only Kim's items: nothing that concerns only her mother or brother
          expect(json).not.toContain(TEXT.mentalHealth);
          expect(json).not.toContain(TEXT.justice);
        } else {
          expect(res.errors?.[0]?.extensions.code).toBe(row.exportKim);
          expect(JSON.stringify(res)).not.toContain("MATRIX-");
        }
      });
    });
  }

  it("prints the matrix (reviewed as a permission change)", () => {
    const lines = MATRIX.map((r) =>
      [
        r.role.padEnd(16),
        r.orgKind.padEnd(24),
        r.grantState.padEnd(50),
        ...Object.values(r.items).map((o) => o.padEnd(9)),
        r.exportKim.padEnd(10),
        r.teamRoles,
      ].join(" "),
    );
    expect(
      [
        "role             organisation             grant state                                        edu       mh        justice   safety    export    team roles",
        ...lines,
      ].join("\n"),
    ).toMatchSnapshot();
  });
});
