import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from "jose";
import { DEMO, resultRows, sealProcessingLog, tables } from "@regiehub/db";
import { expectCode, gql, signIn, startTestHub, wsClient, type TestHub } from "../support/hub";
import { casePersons, grant, recordObservation } from "../support/dossier";
import { collect } from "../support/live";
import {
  ALL_SCOPES,
  adminOf,
  assertionToken,
  basic,
  clientToken,
  partnerKeys,
  registerClient,
  tokenRequest,
} from "../support/api-clients";

// Partner systems (issue 15): an ADMIN registers an API client of their own organisation; the system gets
// short-lived access tokens at POST /oauth/token (client_secret_basic, client_secret_post, private_key_jwt) and
// calls the API as its organisation — the same consent rules as a professional there, narrowed by its scopes —
// through a service account that is never offered where people are chosen. Refusals: api-clients-refusals.

const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.multiProblem;

let hub: TestHub;
let director: string;
let schoolAdmin: { id: string; token: string };
let school: { id: string; secret: string; serviceAccountId: string };
const items = {} as Record<"education" | "mentalHealth", string>;

beforeAll(async () => {
  hub = await startTestHub();
  director = await signIn(hub, P.casusregisseur);
  const persons = Object.fromEntries(
    (await casePersons(hub, director, CASE)).map((p) => [p.givenName, p.id]),
  );
  const observe = (domain: string, dataClass: string, subject: string, statement: string) =>
    recordObservation(hub, director, {
      caseId: CASE,
      domain,
      dataClass,
      subjectPersonIds: [subject],
      statement,
    });
  items.education = (await observe("EDUCATION", "GENERAL", persons.Kim!, "SYS-EDU Kim mist lessen.")).id;
  items.mentalHealth = (
    await observe("MENTAL_HEALTH", "SPECIAL_CATEGORY", persons.Linda!, "SYS-MH Moeder in behandeling.")
  ).id;
  await grant(hub, director, {
    caseId: CASE,
    granteeOrganisationId: O.secondarySchool,
    subjectPersonIds: [persons.Kim!],
    domains: ["EDUCATION"],
    dataClasses: ["GENERAL"],
  });
  schoolAdmin = await adminOf(hub, O.secondarySchool);
  const registered = await registerClient(hub, schoolAdmin.token, {
    name: "Leerlingvolgsysteem Lindecollege",
  });
  school = {
    id: registered.id,
    secret: registered.secret!,
    serviceAccountId: registered.client.serviceAccount.id,
  };
}, 60_000);

afterAll(async () => {
  await hub?.stop();
});

/** The processing log's entries of an actor (client or professional), oldest first. */
async function logOf(actorId: string) {
  await sealProcessingLog(hub.database.db, { wait: true });
  return hub.database.db
    .select()
    .from(tables.processingLog)
    .where(eq(tables.processingLog.actorId, actorId))
    .orderBy(tables.processingLog.id);
}

describe("registering a partner system", () => {
  it("shows the secret once and stores only its argon2id hash", async () => {
    expect(school.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const secrets = await hub.database.db
      .select()
      .from(tables.apiClientSecrets)
      .where(eq(tables.apiClientSecrets.clientId, school.id));
    expect(secrets).toHaveLength(1);
    expect(secrets[0]!.secretHash).toMatch(/^\$argon2id\$v=19\$/);
    // Nowhere in the database in clear: not the client row, not the log, not the secrets table.
    const dump = JSON.stringify(
      resultRows(
        await hub.database.db.execute(sql`select
          (select json_agg(c) from api_clients c) as clients,
          (select json_agg(s) from api_client_secrets s) as secrets,
          (select json_agg(l) from processing_log l) as log,
          (select json_agg(e) from dossier_events e) as events`),
      ),
    );
    expect(dump).not.toContain(school.secret);

    // Listed for the ADMIN without it; the API has no field that could show it again.
    const listed = await gql<any>(
      hub,
      `{ apiClients { id name scopes authMethod secrets { active expiresAt } serviceAccount { id role organisation { id } } createdBy { id } } }`,
      {},
      schoolAdmin.token,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data.apiClients).toEqual([
      {
        id: school.id,
        name: "Leerlingvolgsysteem Lindecollege",
        scopes: [...ALL_SCOPES],
        authMethod: "CLIENT_SECRET",
        secrets: [{ active: true, expiresAt: null }],
        serviceAccount: {
          id: school.serviceAccountId,
          role: "PROFESSIONAL",
          organisation: { id: O.secondarySchool },
        },
        createdBy: { id: schoolAdmin.id },
      },
    ]);
    expect(JSON.stringify(listed)).not.toContain(school.secret);
  });

  it("logs the registration as a change of the ADMIN, outside any case", async () => {
    const entries = (await logOf(schoolAdmin.id)).filter((e) => e.operation === "CREATE");
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      caseId: null,
      actorType: "PROFESSIONAL",
      organisationId: O.secondarySchool,
      fields: ["ApiClient"],
      processingActivityId: "RH-PA-07",
    });
    expect(entries[0]!.detail).toContain(school.id);
  });
});

describe("the token endpoint", () => {
  it("issues a short-lived, signed access token with client_secret_basic", async () => {
    const answer = await tokenRequest(
      hub,
      { grant_type: "client_credentials" },
      basic(school.id, school.secret),
    );
    expect(answer.status).toBe(200);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(answer.body).toEqual({
      access_token: expect.any(String),
      token_type: "Bearer",
      expires_in: 600,
      scope: ALL_SCOPES.join(" "),
    });
    const claims = decodeJwt(answer.body.access_token);
    expect(decodeProtectedHeader(answer.body.access_token)).toMatchObject({ alg: "ES256", typ: "at+jwt" });
    expect(claims).toMatchObject({
      iss: hub.url,
      aud: "regiehub",
      sub: school.id,
      client_id: school.id,
      scope: ALL_SCOPES.join(" "),
      jti: expect.any(String),
    });
    expect(claims.exp! - claims.iat!).toBe(600);
    // Verifiable by anyone with the published keys.
    const jwks = createRemoteJWKSet(new URL(`${hub.url}/oauth/jwks`));
    await expect(
      jwtVerify(answer.body.access_token, jwks, { issuer: hub.url, audience: "regiehub" }),
    ).resolves.toBeTruthy();
  });

  it("issues one with client_secret_post, narrowed to the asked scope", async () => {
    const answer = await tokenRequest(hub, {
      grant_type: "client_credentials",
      client_id: school.id,
      client_secret: school.secret,
      scope: "dossier:read cases:read",
    });
    expect(answer.status).toBe(200);
    expect(answer.body.scope).toBe("cases:read dossier:read");
    expect(decodeJwt(answer.body.access_token).scope).toBe("cases:read dossier:read");
  });

  it("issues one with private_key_jwt, for a client that registered its public keys", async () => {
    const keys = await partnerKeys("ES256");
    const registered = await registerClient(hub, schoolAdmin.token, {
      jwks: keys.jwks,
      scopes: ["cases:read"],
    });
    expect(registered.secret).toBeNull();
    expect(registered.client).toMatchObject({
      authMethod: "PRIVATE_KEY_JWT",
      keyIds: [keys.kid],
      secrets: [],
    });
    const answer = await assertionToken(hub, registered.id, keys);
    expect(answer.status).toBe(200);
    expect(answer.body.scope).toBe("cases:read");
    const me = await gql<any>(hub, `{ me { id role organisation { id } } }`, {}, answer.body.access_token);
    expect(me.data.me).toEqual({
      id: registered.client.serviceAccount.id,
      role: "PROFESSIONAL",
      organisation: { id: O.secondarySchool },
    });
    // An RSA key works the same way (RS256).
    const rsa = await partnerKeys("RS256");
    const rsaClient = await registerClient(hub, schoolAdmin.token, {
      jwks: rsa.jwks,
      scopes: ["cases:read"],
    });
    expect((await assertionToken(hub, rsaClient.id, rsa)).status).toBe(200);
  });

  it("logs every token issued as the system's, naming its client", async () => {
    await clientToken(hub, school.id, school.secret, { scope: "cases:read" });
    const issued = (await logOf(school.id)).filter((e) => e.fields.includes("AccessToken"));
    expect(issued.length).toBeGreaterThanOrEqual(3);
    for (const entry of issued) {
      expect(entry).toMatchObject({
        actorType: "PARTNER_SYSTEM",
        actorId: school.id,
        organisationId: O.secondarySchool,
        operation: "CREATE",
        outcome: "SUCCESS",
        caseId: null,
        processingActivityId: "RH-PA-07",
      });
    }
    expect(issued.map((e) => e.detail!.split(";")[0])).toEqual(
      expect.arrayContaining([
        "access token issued (client_secret_basic",
        "access token issued (client_secret_post",
      ]),
    );
    expect(JSON.stringify(issued)).not.toContain(school.secret);
  });

  it("publishes its metadata (RFC 8414) and keys", async () => {
    const res = await fetch(`${hub.url}/.well-known/oauth-authorization-server`);
    expect(res.status).toBe(200);
    const metadata = (await res.json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      issuer: hub.url,
      token_endpoint: `${hub.url}/oauth/token`,
      token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post", "private_key_jwt"],
      token_endpoint_auth_signing_alg_values_supported: expect.arrayContaining(["ES256", "RS256"]),
      jwks_uri: `${hub.url}/oauth/jwks`,
      grant_types_supported: ["client_credentials"],
      scopes_supported: [...ALL_SCOPES, "references:manage"],
    });
    const keys = (await (await fetch(`${hub.url}/oauth/jwks`)).json()) as { keys: Record<string, unknown>[] };
    expect(keys.keys).toHaveLength(1);
    expect(keys.keys[0]).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig" });
    expect(keys.keys[0]).not.toHaveProperty("d");
  });
});

describe("a partner system acting as its organisation", () => {
  const CASES = `{ cases(first: 100) { totalCount edges { node { id } } } }`;
  const TIMELINE = `query($id: ID!) { case(id: $id) { timeline(first: 100) { edges { node { id ... on Observation { statement } } } } } }`;
  const BY_ID = `query($id: ID!) { dossierItem(id: $id) { id redacted ... on Observation { statement } } }`;

  it("sees exactly what a professional of its organisation sees: cases, items, content", async () => {
    const system = await clientToken(hub, school.id, school.secret);
    const person = await signIn(hub, P.secondarySchoolProfessional);
    const both = async (query: string, variables: Record<string, unknown> = {}) => {
      const [s, p] = await Promise.all([
        gql(hub, query, variables, system),
        gql(hub, query, variables, person),
      ]);
      return { s, p };
    };
    const cases = await both(CASES);
    expect(cases.s.errors).toBeUndefined();
    expect(cases.s.data).toEqual(cases.p.data);
    expect((cases.s.data as any).cases.totalCount).toBeGreaterThan(0);

    const timeline = await both(TIMELINE, { id: CASE });
    expect(timeline.s).toEqual(timeline.p);
    const text = JSON.stringify(timeline.s);
    expect(text).toContain("SYS-EDU"); // granted to the school
    expect(text).not.toContain("SYS-MH"); // not granted

    for (const id of Object.values(items)) {
      const byId = await both(BY_ID, { id });
      expect(byId.s).toEqual(byId.p);
    }
    const hidden = await gql<any>(hub, BY_ID, { id: items.mentalHealth }, system);
    expect(hidden.data.dossierItem).toMatchObject({ redacted: true, statement: null });
    expectCode(hidden, "CONSENT_REQUIRED");

    // A case outside the organisation's reach: NOT_FOUND for both.
    const other = await both(`query($id: ID!) { case(id: $id) { id } }`, {
      id: DEMO.cases.veiligThuisMonitoring,
    });
    expect(other.s.data).toEqual(other.p.data);
  });

  it("is logged as the partner system, naming its client, for every read and change", async () => {
    const system = await clientToken(hub, school.id, school.secret);
    await gql(
      hub,
      `query($id: ID!) { dossierItem(id: $id) { ... on Observation { statement } } }`,
      { id: items.education },
      system,
    );
    const recorded = await recordObservation(hub, system, {
      caseId: CASE,
      domain: "EDUCATION",
      dataClass: "GENERAL",
      subjectPersonIds: [(await casePersons(hub, system, CASE)).find((p) => p.givenName === "Kim")!.id],
      statement: "SYS-WRITE Verzuim gemeld door het leerlingvolgsysteem.",
    });
    const entries = await logOf(school.id);
    const reads = entries.filter((e) => e.operation === "READ" && e.itemIds.includes(items.education));
    expect(reads.length).toBeGreaterThan(0);
    const created = entries.filter((e) => e.operation === "CREATE" && e.itemIds.includes(recorded.id));
    expect(created).toHaveLength(1);
    for (const entry of [...reads, ...created]) {
      expect(entry).toMatchObject({
        actorType: "PARTNER_SYSTEM",
        actorId: school.id,
        organisationId: O.secondarySchool,
      });
    }
    // Nothing of the system is logged as a professional.
    expect(await logOf(school.serviceAccountId)).toEqual([]);
    // The item's author is the service account; its event names it too.
    const item = await gql<any>(
      hub,
      `query($id: ID!) { dossierItem(id: $id) { author { id } authorOrganisation { id } } }`,
      { id: recorded.id },
      director,
    );
    expect(item.data.dossierItem).toEqual({
      author: { id: school.serviceAccountId },
      authorOrganisation: { id: O.secondarySchool },
    });
    const [event] = await hub.database.db
      .select()
      .from(tables.dossierEvents)
      .where(eq(tables.dossierEvents.itemId, recorded.id));
    expect(event?.actorProfessionalId).toBe(school.serviceAccountId);
    // The case's log, as its casusregisseur reads it, names the client.
    const log = await gql<any>(
      hub,
      `query($id: ID!) { processingLog(caseId: $id, first: 100) { edges { node { actorType apiClientId actor { id } itemIds } } } }`,
      { id: CASE },
      director,
    );
    const mine = log.data.processingLog.edges
      .map((e: any) => e.node)
      .filter((n: any) => n.itemIds.includes(recorded.id));
    expect(mine).toContainEqual({
      actorType: "PARTNER_SYSTEM",
      apiClientId: school.id,
      actor: null,
      itemIds: [recorded.id],
    });
  });

  it("is refused what its token's scopes leave out", async () => {
    const cases = await clientToken(hub, school.id, school.secret, { scope: "cases:read" });
    // Without dossier:read the items are hidden as outside consent: absent from the list, redacted by id.
    const timeline = await gql<any>(hub, TIMELINE, { id: CASE }, cases);
    expect(timeline.errors).toBeUndefined();
    expect(JSON.stringify(timeline)).not.toContain("SYS-EDU");
    const byId = await gql<any>(hub, BY_ID, { id: items.education }, cases);
    expect(byId.data.dossierItem).toMatchObject({ redacted: true, statement: null });
    expectCode(byId, "CONSENT_REQUIRED");
    // Without dossier:write nothing is recorded.
    const write = await gql<any>(
      hub,
      `mutation($input: RecordObservationInput!) { recordObservation(input: $input) { id } }`,
      {
        input: {
          caseId: CASE,
          domain: "EDUCATION",
          dataClass: "GENERAL",
          subjectPersonIds: [],
          observationKind: "FACT",
          statement: "Niet toegestaan",
          legalBasis: "LEGAL_TASK",
          sourceKind: "OWN_OBSERVATION",
        },
      },
      cases,
    );
    expectCode(write, "FORBIDDEN");
    // Without cases:read no case at all (the global gate refuses the list; one case is NOT_FOUND).
    const readsOnly = await clientToken(hub, school.id, school.secret, { scope: "dossier:read" });
    expectCode(await gql(hub, CASES, {}, readsOnly), "FORBIDDEN");
    expectCode(
      await gql(hub, `query($id: ID!) { case(id: $id) { id } }`, { id: CASE }, readsOnly),
      "NOT_FOUND",
    );
    // Without events:subscribe no subscription.
    const client = wsClient(hub, cases);
    const events = collect(client, `subscription($id: ID!) { caseEvents(caseId: $id) { seq } }`, {
      id: CASE,
    });
    await events.until(() => events.error !== undefined || events.results.length > 0).catch(() => []);
    const errors = (events.error as any[] | undefined) ?? events.results[0]?.errors;
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    events.stop();
    await client.dispose();
    // Never what no scope covers: the inzage export, break-glass, registering clients.
    const full = await clientToken(hub, school.id, school.secret);
    const kim = (await casePersons(hub, full, CASE)).find((p) => p.givenName === "Kim")!.id;
    const exported = await gql(
      hub,
      `mutation($id: ID!) { exportPersonData(personId: $id) { json } }`,
      { id: kim },
      full,
    );
    expectCode(exported, "FORBIDDEN");
    const glass = await gql(
      hub,
      `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { id } }`,
      {
        input: {
          caseId: CASE,
          itemId: items.mentalHealth,
          justification: "Acute onveiligheid, direct zicht nodig.",
        },
      },
      full,
    );
    expectCode(glass, "FORBIDDEN");
    expectCode(
      await gql(
        hub,
        `mutation { registerApiClient(input: { name: "x", scopes: ["cases:read"] }) { clientSecret } }`,
        {},
        full,
      ),
      "FORBIDDEN",
    );
  });

  it("follows live events with events:subscribe, within the same consent", async () => {
    const token = await clientToken(hub, school.id, school.secret);
    const seq = (await gql<any>(hub, `{ lastEventSeq }`, {}, token)).data.lastEventSeq as number;
    const client = wsClient(hub, token);
    const events = collect(
      client,
      `subscription($id: ID!, $after: Seq) { caseEvents(caseId: $id, afterSeq: $after) { seq itemId item { ... on Observation { statement } } } }`,
      { id: CASE, after: seq },
    );
    const persons = await casePersons(hub, director, CASE);
    const kim = persons.find((p) => p.givenName === "Kim")!.id;
    const linda = persons.find((p) => p.givenName === "Linda")!.id;
    const mh = await recordObservation(hub, director, {
      caseId: CASE,
      domain: "MENTAL_HEALTH",
      dataClass: "SPECIAL_CATEGORY",
      subjectPersonIds: [linda],
      statement: "SYS-LIVE-MH",
    });
    const edu = await recordObservation(hub, director, {
      caseId: CASE,
      domain: "EDUCATION",
      dataClass: "GENERAL",
      subjectPersonIds: [kim],
      statement: "SYS-LIVE-EDU",
    });
    try {
      await events.until((r) => r.some((e) => e.data?.caseEvents?.itemId === edu.id));
      expect(JSON.stringify(events.results)).toContain("SYS-LIVE-EDU");
      expect(events.results.some((e) => e.data?.caseEvents?.itemId === mh.id)).toBe(false);
      expect(JSON.stringify(events.results)).not.toContain("SYS-LIVE-MH");
    } finally {
      events.stop();
      await client.dispose();
    }
    const delivered = (await logOf(school.id)).filter(
      (e) => e.itemIds.includes(edu.id) && e.operation === "READ",
    );
    expect(delivered.length).toBeGreaterThan(0);
    expect(delivered[0]).toMatchObject({ actorType: "PARTNER_SYSTEM", actorId: school.id });
  });
});

describe("service accounts are no people", () => {
  it("are never offered where people are chosen or sign in", async () => {
    const person = await signIn(hub, P.casusregisseur);
    const listed = await gql<any>(
      hub,
      `query($o: ID) { professionals(organisationId: $o) { id } }`,
      { o: O.secondarySchool },
      person,
    );
    expect(listed.data.professionals.map((p: any) => p.id)).not.toContain(school.serviceAccountId);
    expect(listed.data.professionals.length).toBeGreaterThan(0);
    const options = await gql<any>(hub, `{ devSignInOptions { professionalId } }`);
    expect(options.data.devSignInOptions.map((o: any) => o.professionalId)).not.toContain(
      school.serviceAccountId,
    );
    const signInAs = await gql(hub, `mutation($id: ID!) { devSignIn(professionalId: $id) { token } }`, {
      id: school.serviceAccountId,
    });
    expectCode(signInAs, "BAD_USER_INPUT");
    // Not a team member, nor an action's owner, nor a casusregisseur.
    const team = await gql(
      hub,
      `mutation($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`,
      { input: { caseId: CASE, organisationId: O.secondarySchool, professionalId: school.serviceAccountId } },
      person,
    );
    expectCode(team, "BAD_USER_INPUT");
    const version = (
      await gql<any>(hub, `query($id: ID!) { case(id: $id) { version } }`, { id: CASE }, person)
    ).data.case.version;
    const named = await gql(
      hub,
      `mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }`,
      { input: { id: CASE, version, casusregisseurId: school.serviceAccountId } },
      person,
    );
    expectCode(named, "BAD_USER_INPUT");
    // Its row says what it is.
    const [row] = await hub.database.db
      .select()
      .from(tables.professionals)
      .where(
        and(
          eq(tables.professionals.id, school.serviceAccountId),
          eq(tables.professionals.apiClientId, school.id),
        ),
      );
    expect(row).toMatchObject({ role: "PROFESSIONAL", registrationNumber: null, oidcSubject: null });
  });
});
