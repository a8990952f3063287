import { randomBytes } from "node:crypto";
import { HubClient, type TokenProvider } from "./graphql";
import { ATTACH_REFERENCE, CLIENT_OPERATIONS } from "./operations";
import { ClientCredentials } from "./token";

// Prepares a hub in DEVELOPMENT mode (`AUTH_MODE=dev`, the seeded demo region) for the walk-through in main.ts,
// and prints its configuration as shell `export` lines on stdout (everything else goes to stderr):
//
//   eval "$(REGIEHUB_URL=http://localhost:4000 pnpm --silent run setup:dev)" && pnpm start
//
// It uses the development sign-in (`devSignIn`: sign in as any seeded person, no password), which a hub in
// production refuses. On a real hub an ADMIN of your organisation registers the client in the web app
// ("Koppelingen") and gives you its id and secret; the references are your system's own.
//
// 1. An ADMIN of an organisation signs in (a school's or a wijkteam's if the demo region has one, else the
//    municipality's).
// 2. A case that organisation is on the team of, with a family member: one a colleague of the ADMIN sees, or
//    else a casusregisseur adds the organisation to the team of one of their cases.
// 3. The ADMIN registers an API client with the scopes the walk-through needs, and its operations
//    (src/operations.ts) as trusted documents, so that it also runs on a hub with `TRUSTED_DOCUMENTS=clients`.
// 4. The client itself (scope `references:manage`) attaches a new reference of its own to the family member.

const SCOPES = ["cases:read", "dossier:read", "dossier:write", "events:subscribe", "references:manage"];
/** Whose ADMIN to prefer: the walk-through is a school's system; a wijkteam's will do. */
const PREFERRED_KINDS = ["SCHOOL", "WIJKTEAM"];

const say = (line: string) => console.error(line);

interface Option {
  professionalId: string;
  name: string;
  role: string;
  organisationName: string;
  organisationKind: string;
}

interface CaseNode {
  id: string;
  reference: string;
  title: string;
  phase: string;
  viewerCan: string[];
  team: { organisation: { id: string } }[];
  persons: { id: string; fullName: string; householdRole: string }[];
}

const CASES = /* GraphQL */ `
  query SetupCases {
    cases(first: 50) {
      edges {
        node {
          id
          reference
          title
          phase
          viewerCan
          team {
            organisation {
              id
            }
          }
          persons {
            id
            fullName
            householdRole
          }
        }
      }
    }
  }
`;

function staticToken(token: string): TokenProvider {
  return { get: async () => token, invalidate: () => {} };
}

/** A case still running, with a family member: a child if it has one. */
function usable(c: CaseNode): { c: CaseNode; person: CaseNode["persons"][number] } | undefined {
  if (c.phase === "CLOSED") return undefined;
  const person = c.persons.find((p) => p.householdRole === "CHILD") ?? c.persons[0];
  return person ? { c, person } : undefined;
}

async function main(): Promise<void> {
  const hubUrl = (process.env.REGIEHUB_URL ?? "http://localhost:4000").replace(/\/+$/, "");
  const anonymous = new HubClient({ hubUrl, tokens: staticToken("") });
  const signIn = async (option: Option): Promise<HubClient> => {
    const res = await anonymous.mutate<{ devSignIn: { token: string } }>(
      `mutation SetupSignIn($id: ID!) { devSignIn(professionalId: $id) { token } }`,
      { id: option.professionalId },
    );
    return new HubClient({ hubUrl, tokens: staticToken(res.data.devSignIn.token) });
  };

  const { data: config } = await anonymous.query<{ authConfig: { mode: string } }>(
    `query SetupAuthConfig { authConfig { mode } }`,
  );
  if (config.authConfig.mode !== "DEV") {
    throw new Error(
      `${hubUrl} signs people in with OIDC: this setup needs a hub in development mode (dev sign-in)`,
    );
  }
  const { data: options } = await anonymous.query<{ devSignInOptions: Option[] }>(
    `query SetupOptions { devSignInOptions { professionalId name role organisationName organisationKind } }`,
  );
  const people = options.devSignInOptions;
  const rank = (o: Option) => {
    const i = PREFERRED_KINDS.indexOf(o.organisationKind);
    return i === -1 ? PREFERRED_KINDS.length : i;
  };
  const admin = people.filter((o) => o.role === "ADMIN").sort((a, b) => rank(a) - rank(b))[0];
  if (!admin) throw new Error("the demo region has no ADMIN to register a client");
  const asAdmin = await signIn(admin);
  const { data: me } = await asAdmin.query<{
    me: { organisation: { id: string; name: string; kind: string } };
  }>(`query SetupMe { me { organisation { id name kind } } }`);
  const organisation = me.me.organisation;
  say(`1. ADMIN ${admin.name} of ${organisation.name} (dev sign-in)`);

  // 2. A case with the organisation on its team: as a colleague sees it …
  let chosen: ReturnType<typeof usable>;
  const colleagues = people.filter(
    (o) =>
      o.organisationName === organisation.name && (o.role === "PROFESSIONAL" || o.role === "CASUSREGISSEUR"),
  );
  for (const colleague of colleagues) {
    const { data } = await (await signIn(colleague)).query<{ cases: { edges: { node: CaseNode }[] } }>(CASES);
    chosen = data.cases.edges
      .map((e) => e.node)
      .filter((c) => c.team.some((m) => m.organisation.id === organisation.id))
      .map(usable)
      .find(Boolean);
    if (chosen) break;
  }
  // … or else a casusregisseur (a wijkteam's first) adds the organisation to one of their cases.
  if (!chosen) {
    const directors = people
      .filter((o) => o.role === "CASUSREGISSEUR")
      .sort((a, b) => Number(b.organisationKind === "WIJKTEAM") - Number(a.organisationKind === "WIJKTEAM"));
    for (const director of directors) {
      const hub = await signIn(director);
      const { data } = await hub.query<{ cases: { edges: { node: CaseNode }[] } }>(CASES);
      const theirs = data.cases.edges.map((e) => e.node).filter((c) => c.viewerCan.includes("MANAGE_TEAM"));
      // Already added by an earlier run of this setup?
      chosen = theirs
        .filter((c) => c.team.some((m) => m.organisation.id === organisation.id))
        .map(usable)
        .find(Boolean);
      if (chosen) break;
      chosen = theirs.map(usable).find(Boolean);
      if (!chosen) continue;
      await hub.mutate(
        `mutation SetupJoin($input: AddTeamMemberInput!) { addTeamMember(input: $input) { id } }`,
        {
          input: {
            caseId: chosen.c.id,
            organisationId: organisation.id,
            responsibility: "Koppeling met het eigen systeem (voorbeeld)",
          },
        },
      );
      say(`   ${director.name} (casusregisseur) added ${organisation.name} to the team`);
      break;
    }
  }
  if (!chosen) throw new Error(`no case to put ${organisation.name} on`);
  const { c, person } = chosen;
  say(`2. case ${c.reference} "${c.title}", family member ${person.fullName}`);

  // 3. The API client.
  const suffix = randomBytes(3).toString("hex");
  const { data: registered } = await asAdmin.mutate<{
    registerApiClient: { clientSecret: string; client: { id: string; scopes: string[] } };
  }>(
    `mutation SetupRegister($input: RegisterApiClientInput!) {
      registerApiClient(input: $input) { clientSecret client { id scopes } }
    }`,
    { input: { name: `Voorbeeldkoppeling ${suffix}`, scopes: SCOPES } },
  );
  const { client, clientSecret } = registered.registerApiClient;
  await asAdmin.mutate(
    `mutation SetupTrust($id: ID!, $documents: [String!]!) {
      registerTrustedDocuments(apiClientId: $id, documents: $documents) { sha256 }
    }`,
    { id: client.id, documents: CLIENT_OPERATIONS },
  );
  say(
    `3. API client ${client.id}: ${client.scopes.join(" ")}; ${CLIENT_OPERATIONS.length} trusted documents`,
  );

  // 4. The client attaches its own reference: a school its student number, others their client number.
  const school = organisation.kind === "SCHOOL";
  const label = school ? "leerlingnummer" : "cliëntnummer";
  const reference = `${school ? "LLN" : "CL"}-${suffix.toUpperCase()}`;
  const tokens = new ClientCredentials({ hubUrl, clientId: client.id, clientSecret });
  const asClient = new HubClient({ hubUrl, tokens });
  await asClient.mutate(ATTACH_REFERENCE, {
    input: { personId: person.id, reference, label },
  });
  say(`4. reference ${reference} attached to ${person.fullName} by the client itself`);

  const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;
  console.log(`export REGIEHUB_URL=${quote(hubUrl)}`);
  console.log(`export REGIEHUB_CLIENT_ID=${quote(client.id)}`);
  console.log(`export REGIEHUB_CLIENT_SECRET=${quote(clientSecret)}`);
  console.log(`export REGIEHUB_REFERENCE=${quote(reference)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`setup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
