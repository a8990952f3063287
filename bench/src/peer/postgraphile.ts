import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import pg from "pg";
import postgres from "postgres";
import type { Viewer } from "../floors/read-page";
import { visibleSql } from "../floors/visible";

// The peer: PostGraphile 5 on the same database, with row-level-security policies that express the hub's
// visibility rule (`itemVisibleCondition`, packages/db/src/access.ts) over the viewer's organisation and
// professional id, passed as session settings (`pgSettings`) under a role of its own that RLS applies to.
// It serves the equivalent page: the 50 newest visible items of the case with their observation/note content.
// It writes no processing log and checks no token: the figure compares serving the page, nothing more.

export interface Peer {
  url: string;
  /** The GraphQL request body of the page (for the load generator). */
  pageBody(caseId: string): string;
  /** The item ids of the page as the peer serves it (to check that it is the same page as the hub's). */
  pageIds(caseId: string): Promise<string[]>;
  version: string;
  close(): Promise<void>;
}

/** PostGraphile 5 declares node >= 22; on Node 20 its server needs this one ES2024 function (TC39 semantics). */
function polyfillPromiseWithResolvers(): void {
  const P = Promise as unknown as { withResolvers?: unknown };
  if (P.withResolvers) return;
  P.withResolvers = function withResolvers<T>() {
    let resolve!: (value: T | PromiseLike<T>) => void;
    let reject!: (reason?: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

/** The version of an installed package (its package.json sits above its main module's dist/ folder). */
function installedVersion(name: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  for (let i = 0; i < 4; i++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        name?: string;
        version: string;
      };
      if (pkg.name === name) return pkg.version;
    } catch {
      // not here; one folder up
    }
  }
  return "unknown";
}

const { Pool } = pg;

const VISIBLE = visibleSql(
  "dossier_items",
  "current_setting('regiehub.organisation_id')::uuid",
  "current_setting('regiehub.professional_id')::uuid",
);

/** The role and policies (the role is cluster-wide: named per run, dropped by `dropPeerRole`). */
async function installPolicies(databaseUrl: string, role: string): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`
      create role ${role} nologin;
      grant usage on schema public to ${role};
      grant select on all tables in schema public to ${role};
      alter table dossier_items enable row level security;
      alter table observations enable row level security;
      alter table notes enable row level security;
      create policy bench_peer_visible on dossier_items for select to ${role} using ${VISIBLE};
      create policy bench_peer_visible on observations for select to ${role}
        using (exists (select 1 from dossier_items i where i.id = observations.item_id));
      create policy bench_peer_visible on notes for select to ${role}
        using (exists (select 1 from dossier_items i where i.id = notes.item_id));
    `);
  } finally {
    await sql.end();
  }
}

const PAGE_QUERY = `query($caseId: UUID!) {
  allDossierItems(condition: { caseId: $caseId }, orderBy: [CREATED_AT_DESC, PRIMARY_KEY_DESC], first: 50) {
    pageInfo { hasNextPage endCursor }
    nodes {
      rowId kind domain dataClass createdAt
      observationByItemId { observationKind statement }
      noteByItemId { title body occurredOn }
    }
  }
}`;

/** A name for the peer's role, unique per run (roles are cluster-wide). */
export function peerRoleName(): string {
  return `regiehub_bench_peer_${randomBytes(4).toString("hex")}`;
}

/** Starts the peer under `role` (created here; the caller drops it with `dropPeerRole`, also on failure). */
export async function startPeer(databaseUrl: string, viewer: Viewer, role: string): Promise<Peer> {
  polyfillPromiseWithResolvers();
  await installPolicies(databaseUrl, role);
  const { postgraphile } = await import("postgraphile");
  const { PostGraphileAmberPreset } = await import("postgraphile/presets/amber");
  const { makePgService } = await import("postgraphile/adaptors/pg");
  const { grafserv } = await import("postgraphile/grafserv/node");
  const version = installedVersion("postgraphile");
  // The pool is the bench's, so it is ended with the peer (PostGraphile leaves a pool it was given open).
  const pool = new Pool({ connectionString: databaseUrl, max: 10 });
  const pgSettings = {
    role,
    "regiehub.organisation_id": viewer.organisationId,
    "regiehub.professional_id": viewer.professionalId,
  };
  const pgl = postgraphile({
    extends: [PostGraphileAmberPreset],
    pgServices: [
      // No pubsub: it would hold a LISTEN connection of its own (the page needs no subscriptions).
      makePgService({ pool, schemas: ["public"], pubsub: false }),
    ],
    grafast: { context: () => ({ pgSettings }) },
    grafserv: { graphqlPath: "/graphql", graphiql: false },
  });
  const serv = pgl.createServ(grafserv);
  const server: Server = createServer();
  serv.addTo(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pageBody = (caseId: string) => JSON.stringify({ query: PAGE_QUERY, variables: { caseId } });
  return {
    url,
    version,
    pageBody,
    async pageIds(caseId) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: pageBody(caseId),
      });
      const body = (await res.json()) as {
        data?: { allDossierItems: { nodes: { rowId: string }[] } };
        errors?: unknown;
      };
      if (!body.data) throw new Error(`PostGraphile: ${JSON.stringify(body.errors).slice(0, 500)}`);
      return body.data.allDossierItems.nodes.map((n) => n.rowId);
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await pgl.release();
      await pool.end();
    },
  };
}

/** Drops the peer's role (after its database is gone, nothing depends on it any more). */
export async function dropPeerRole(adminUrl: string, role: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`drop role if exists ${role}`);
  } finally {
    await sql.end();
  }
}
