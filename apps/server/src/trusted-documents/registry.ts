import { eq } from "drizzle-orm";
import { AppError, type Actor } from "@regiehub/domain";
import { tables, type Database } from "@regiehub/db";
import { canonicalSha256, sha256Hex } from "./documents";
import type { WebManifest } from "./manifest";

// Which operations a caller may run (TRUSTED_DOCUMENTS), and the document a request names by hash alone.
//
//   off      anyone runs any operation (the default). A hash alone still finds a client's registered documents
//            (for a partner system) or the web app's manifest (for a person).
//   clients  a partner system (API client) runs only its own registered documents.
//   all      people too (signed in or not) run only the web app's operations (its manifest).
//
// A request sends `query`, or `extensions.persistedQuery.sha256Hash`, or both (the Apollo persisted-query
// shape). A hash alone is looked up; with both, the hash must name the text (the sha256 of the text or of its
// canonical form, documents.ts). A text is trusted when its canonical form is that of a trusted document, so a
// re-indented or re-ordered copy of a registered operation is the same operation.
//
// A client's documents are cached per instance: loaded at its first request, kept `ttlMs` (30 s), dropped at
// once when they are registered or removed here (`invalidate`). A hash or text not in the cache reloads it
// when it is older than `missReloadMs` (1 s), so a registration on another instance counts at the client's next
// request there; a removal there counts here within `ttlMs`.

export type TrustedDocumentsMode = "off" | "clients" | "all";
export const TRUSTED_DOCUMENTS_MODES = ["off", "clients", "all"] as const;

/** A set of trusted documents: by the sha256 of their exact text, and the sha256s of their canonical forms. */
export interface DocumentSet {
  byHash: ReadonlyMap<string, string>;
  canonical: ReadonlySet<string>;
}

/** What a request asks to run: its `query` (if any) and the `sha256Hash` of its persisted-query extension. */
export interface RequestedDocument {
  query: string | undefined;
  hash: string | undefined;
}

/**
 * A refusal of the trusted-documents check, with what the processing log gets (`logged`: the DENIED entry's
 * field; undefined when the refusal is no refusal of the actor, such as a hash not known while nothing is
 * enforced: the client then sends the text).
 */
export class DocumentRefusal extends AppError {
  constructor(
    code: "OPERATION_NOT_TRUSTED" | "PERSISTED_QUERY_NOT_FOUND" | "BAD_USER_INPUT",
    message: string,
    readonly logged: string | undefined,
  ) {
    super(code, message);
  }
}

/** A client's registered documents as stored (`trusted_documents`): one statement. */
export function clientDocuments(
  db: Database,
  clientId: string,
): Promise<{ sha256: string; document: string }[]> {
  const t = tables.trustedDocuments;
  return db.select({ sha256: t.sha256, document: t.document }).from(t).where(eq(t.apiClientId, clientId));
}

export interface TrustedDocumentsOptions {
  /** A client's registered documents (`clientDocuments` over the hub's database). */
  documentsOf: (clientId: string) => Promise<{ sha256: string; document: string }[]>;
  mode: TrustedDocumentsMode;
  manifest: WebManifest | undefined;
  /** GRAPHQL_MAX_TOKENS: a text is parsed (for its canonical form) only up to it. */
  maxTokens: number;
  ttlMs?: number;
  missReloadMs?: number;
  maxCachedClients?: number;
  clock?: () => number;
}

interface Cached {
  set: DocumentSet;
  loadedAt: number;
}

export class TrustedDocuments {
  readonly mode: TrustedDocumentsMode;
  private readonly manifestSet: DocumentSet;
  private readonly cache = new Map<string, Cached>();
  private readonly loading = new Map<string, Promise<Cached>>();
  private readonly ttlMs: number;
  private readonly missReloadMs: number;
  private readonly maxCachedClients: number;
  private readonly clock: () => number;

  constructor(private readonly options: TrustedDocumentsOptions) {
    this.mode = options.mode;
    this.ttlMs = options.ttlMs ?? 30_000;
    this.missReloadMs = options.missReloadMs ?? 1_000;
    this.maxCachedClients = options.maxCachedClients ?? 1_000;
    this.clock = options.clock ?? Date.now;
    const operations = options.manifest?.operations ?? [];
    // Manifest ids are the sha256 of canonical bodies (checked when it was read): both maps are the ids.
    this.manifestSet = {
      byHash: new Map(operations.map((o) => [o.id, o.body])),
      canonical: new Set(operations.map((o) => o.id)),
    };
  }

  /** The web app's operations (empty without a manifest). */
  get webOperations(): number {
    return this.manifestSet.byHash.size;
  }

  /** Whether the actor may run only trusted documents: a partner system unless `off`, a person only with `all`. */
  enforcedFor(actor: Actor | undefined): boolean {
    if (this.mode === "off") return false;
    return actor?.system !== undefined || this.mode === "all";
  }

  /**
   * The text to run for a request, or a DocumentRefusal: PERSISTED_QUERY_NOT_FOUND (a hash alone that names no
   * document of the caller), BAD_USER_INPUT (a hash that does not name the text sent with it), or
   * OPERATION_NOT_TRUSTED (enforced, and the text is no trusted document of the caller). Undefined or "" when
   * the request has no query and no hash (GraphQL's own answer follows).
   */
  async resolve(actor: Actor | undefined, request: RequestedDocument): Promise<string | undefined> {
    const { query, hash } = request;
    const enforced = this.enforcedFor(actor);
    if (hash === undefined) {
      if (!enforced || !query) return query;
      if (await this.trusts(actor, query)) return query;
      throw this.notTrusted(actor, sha256Hex(query));
    }
    if (!query) {
      const text = await this.lookup(actor, hash);
      if (text !== undefined) return text;
      throw new DocumentRefusal(
        "PERSISTED_QUERY_NOT_FOUND",
        "PersistedQueryNotFound",
        enforced ? `PERSISTED_QUERY_NOT_FOUND sha256:${hash}` : undefined,
      );
    }
    if (sha256Hex(query) !== hash && canonicalSha256(query, this.options.maxTokens) !== hash) {
      throw new DocumentRefusal(
        "BAD_USER_INPUT",
        "extensions.persistedQuery.sha256Hash is not the sha256 of the query sent with it",
        undefined,
      );
    }
    if (enforced && !(await this.trusts(actor, query))) throw this.notTrusted(actor, hash);
    return query;
  }

  /** Forgets a client's cached documents (they were registered or removed on this instance). */
  invalidate(clientId: string): void {
    this.cache.delete(clientId);
    this.loading.delete(clientId);
  }

  /** Clients whose documents are cached now (tests, metrics). */
  get cachedClients(): number {
    return this.cache.size;
  }

  private notTrusted(actor: Actor | undefined, hash: string): DocumentRefusal {
    const message = actor?.system
      ? "This operation is not a trusted document of this API client: an ADMIN of its organisation registers it first (registerTrustedDocuments)"
      : "Only the web app's own operations may be run here (TRUSTED_DOCUMENTS=all)";
    return new DocumentRefusal("OPERATION_NOT_TRUSTED", message, `OPERATION_NOT_TRUSTED sha256:${hash}`);
  }

  /** The text of the caller's document with this hash (its exact sha256), if any. */
  private async lookup(actor: Actor | undefined, hash: string): Promise<string | undefined> {
    const clientId = actor?.system?.clientId;
    if (!clientId) return this.manifestSet.byHash.get(hash);
    return this.withClient(clientId, (set) => set.byHash.get(hash));
  }

  /** Whether a text is (in canonical form) one of the caller's trusted documents. */
  private async trusts(actor: Actor | undefined, text: string): Promise<boolean> {
    const exact = sha256Hex(text);
    let canonical: string | undefined | null = null; // computed once, when the exact hash is not enough
    const found = (set: DocumentSet) => {
      if (set.byHash.has(exact)) return true;
      if (canonical === null) canonical = canonicalSha256(text, this.options.maxTokens);
      return canonical !== undefined && set.canonical.has(canonical) ? true : undefined;
    };
    const clientId = actor?.system?.clientId;
    if (!clientId) return found(this.manifestSet) ?? false;
    return (await this.withClient(clientId, found)) ?? false;
  }

  /** Finds something in a client's documents; a miss in a set older than `missReloadMs` reloads it once. */
  private async withClient<T>(clientId: string, find: (set: DocumentSet) => T | undefined) {
    const now = this.clock();
    let cached = this.cache.get(clientId);
    if (!cached || now - cached.loadedAt >= this.ttlMs) cached = await this.load(clientId);
    const found = find(cached.set);
    if (found !== undefined || now - cached.loadedAt < this.missReloadMs) return found;
    return find((await this.load(clientId)).set);
  }

  /** Loads a client's documents (one load at a time per client). */
  private load(clientId: string): Promise<Cached> {
    const running = this.loading.get(clientId);
    if (running) return running;
    const promise = this.options
      .documentsOf(clientId)
      .then((rows) => {
        const set: DocumentSet = {
          byHash: new Map(rows.map((r) => [r.sha256, r.document])),
          canonical: new Set(
            rows.flatMap((r) => {
              const canonical = canonicalSha256(r.document, Number.POSITIVE_INFINITY);
              return canonical ? [canonical] : [];
            }),
          ),
        };
        const cached = { set, loadedAt: this.clock() };
        // Stored unless it was invalidated while loading (then the next request loads again).
        if (this.loading.get(clientId) === promise) {
          this.cache.delete(clientId);
          this.cache.set(clientId, cached);
          while (this.cache.size > this.maxCachedClients) {
            this.cache.delete(this.cache.keys().next().value!);
          }
        }
        return cached;
      })
      .finally(() => {
        if (this.loading.get(clientId) === promise) this.loading.delete(clientId);
      });
    this.loading.set(clientId, promise);
    return promise;
  }
}
