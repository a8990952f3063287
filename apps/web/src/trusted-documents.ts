import { ApolloLink, type DocumentNode } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { print } from "@apollo/client/utilities";
import { Kind } from "graphql";
import { from, mergeMap } from "rxjs";

// The web app's operations are its trusted documents: `pnpm codegen` (and every build) writes them to
// src/generated/persisted-query-manifest.json (@apollo/generate-persisted-query-manifest), the build copies the
// manifest next to the app, and the hub loads it at start. With TRUSTED_DOCUMENTS=all the hub runs, for people,
// only these operations.
//
// Each query and mutation goes by its manifest id alone (Apollo Client's PersistedQueryLink: the
// persisted-query protocol, `extensions.persistedQuery` without the text) when it is in the manifest. The build
// writes the manifest from the same sources first, and keeps only names and ids in the bundle; while
// developing, the manifest may be older than the code, so there an operation goes by id only when the manifest
// holds it exactly as the app sends it (its text as Apollo prints it, the definitions sorted as the manifest
// sorts them). If the hub answers PERSISTED_QUERY_NOT_FOUND (its manifest is of another build), the link sends
// the text with the id once; the hub runs it unless it enforces trusted documents for people — then it refuses
// it (OPERATION_NOT_TRUSTED), as it refuses any operation it does not list, and the page asks to be reloaded.
// An operation not in the manifest (only while developing, before `pnpm codegen`) is sent as text.
// What @apollo/persisted-query-lists does for this (ids by name, the sort) is a dozen lines, written out below:
// that package is CommonJS only and would bring a second copy of Apollo Client into the bundle.
// The live subscriptions go over the WebSocket straight through graphql-ws (live/useLiveEvents.ts), with their
// text as Apollo Client would print it (with `__typename`): the hub finds that text in its manifest.

/** The manifest; without bodies in a build (vite.config.ts). */
type Manifest = { operations: { id: string; name: string; body?: string }[] };
type Listed = Map<string, { id: string; body: string | undefined }>;

/** The manifest's operations by name, with their bodies while developing (loaded with the first operation). */
let listed: Promise<Listed> | undefined;
function manifestOperations(): Promise<Listed> {
  listed ??= (import("./generated/persisted-query-manifest.json") as Promise<Manifest>).then(
    (manifest) => new Map(manifest.operations.map((o) => [o.name, { id: o.id, body: o.body }])),
    () => new Map(), // without the manifest every operation goes as text
  );
  return listed;
}

/** The definitions in the order of the manifest's bodies (@apollo/persisted-query-lists' `sortTopLevelDefinitions`). */
function sortTopLevelDefinitions(query: DocumentNode): DocumentNode {
  const nameOf = (d: DocumentNode["definitions"][number]) =>
    d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION ? (d.name?.value ?? "") : "";
  const definitions = [...query.definitions].sort((a, b) => {
    if (a.kind !== b.kind) return a.kind > b.kind ? -1 : 1; // operations before fragments
    return nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0;
  });
  return { ...query, definitions };
}

/** An operation's text as the manifest holds it (cached per document). */
const canonical = new WeakMap<DocumentNode, string>();
function canonicalText(query: DocumentNode): string {
  let text = canonical.get(query);
  if (text === undefined) canonical.set(query, (text = print(sortTopLevelDefinitions(query))));
  return text;
}

/** The operation's name (every operation of the web app has one: the manifest requires it). */
function operationNameOf(query: DocumentNode): string | undefined {
  const operation = query.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined;
}

/** The operation by the manifest's id instead of its text (only operations the manifest holds come here). */
const byId = new PersistedQueryLink({
  generateHash: async (query) => {
    const name = operationNameOf(query);
    const found = name ? (await manifestOperations()).get(name) : undefined;
    if (!found) throw new Error(`Operation ${name ?? "(without a name)"} is not in the manifest`);
    return found.id;
  },
});

/** Whether the manifest holds the operation (while developing: exactly as the app sends it). */
function inManifest(manifest: Listed, name: string | undefined, query: DocumentNode): boolean {
  const found = name ? manifest.get(name) : undefined;
  if (!found) return false;
  return !import.meta.env.DEV || found.body === canonicalText(query);
}

/** Sends an operation by its manifest id when the manifest holds it; otherwise as text. */
export const trustedDocumentsLink = new ApolloLink((operation, forward) =>
  from(manifestOperations()).pipe(
    mergeMap((manifest) => {
      if (inManifest(manifest, operation.operationName, operation.query)) {
        return byId.request(operation, forward);
      }
      if (import.meta.env.DEV) {
        console.warn(
          `Operatie ${operation.operationName ?? "(zonder naam)"} staat niet zo in het manifest; draai pnpm codegen`,
        );
      }
      return forward(operation);
    }),
  ),
);
