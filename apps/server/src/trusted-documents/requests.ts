import type { ApolloServerPlugin } from "@apollo/server";
import type express from "express";
import { GraphQLError } from "graphql";
import { AppError, type Actor } from "@regiehub/domain";
import { traceFrom } from "../audit/trail";
import { createContext, type Context, type ContextDeps } from "../graphql/context";
import { databaseFailure } from "../graphql/errors";
import { finishRequest } from "../request";
import { SHA256_HEX } from "./documents";
import { DocumentRefusal, type RequestedDocument, type TrustedDocuments } from "./registry";

// The trusted-documents check on both transports, before anything is parsed or run.
//
// HTTP: Apollo's own automatic persisted queries are off (`persistedQueries: false`: they would let any caller
// register any text). The context function reads the request (POST body or GET query string), resolves it with
// the caller's documents and records the text to run on the context; the plugin below puts that text in the
// request Apollo runs and takes the persisted-query extension out. A refusal is answered with HTTP 400 before
// Apollo parses anything, and — when it refuses the actor something — logged (a DENIED entry).
// WebSocket: graphql-ws's `onSubscribe` does the same for each operation (`query` may be "" with a hash).

const RESOLVED = Symbol("trusted-documents.resolved");

type Resolved = { [RESOLVED]?: { query: string | undefined } };

/** The `sha256Hash` of a request's `extensions.persistedQuery`, or undefined when it has none. */
export function persistedHash(extensions: unknown): string | undefined {
  if (extensions === undefined || extensions === null || typeof extensions !== "object") return undefined;
  const persisted = (extensions as Record<string, unknown>)["persistedQuery"];
  if (persisted === undefined || persisted === null) return undefined;
  const { version, sha256Hash } = persisted as Record<string, unknown>;
  if (version !== 1) {
    throw new DocumentRefusal(
      "BAD_USER_INPUT",
      "extensions.persistedQuery.version must be 1 (the Apollo persisted-query protocol)",
      undefined,
    );
  }
  const hash = typeof sha256Hash === "string" ? sha256Hash.toLowerCase() : "";
  if (!SHA256_HEX.test(hash)) {
    throw new DocumentRefusal(
      "BAD_USER_INPUT",
      "extensions.persistedQuery.sha256Hash must be a sha256 (64 hexadecimal characters)",
      undefined,
    );
  }
  return hash;
}

/** What an HTTP request asks to run: POST's JSON body, or GET's `query` and `extensions` (JSON) parameters. */
export function requestedOverHttp(
  req: Pick<express.Request, "method" | "body" | "query">,
): RequestedDocument {
  let query: unknown;
  let extensions: unknown;
  if (req.method === "GET") {
    const params = (req.query ?? {}) as Record<string, unknown>;
    query = params["query"];
    if (params["extensions"] !== undefined) {
      if (typeof params["extensions"] !== "string") throw badRequest("extensions must be given once");
      try {
        extensions = JSON.parse(params["extensions"]);
      } catch {
        throw badRequest("extensions must be JSON");
      }
    }
  } else {
    const body: unknown = req.body;
    if (body === null || typeof body !== "object" || Array.isArray(body))
      return { query: undefined, hash: undefined };
    ({ query, extensions } = body as Record<string, unknown>);
  }
  if (query !== undefined && query !== null && typeof query !== "string")
    throw badRequest("query must be a string");
  return { query: typeof query === "string" ? query : undefined, hash: persistedHash(extensions) };
}

function badRequest(message: string): DocumentRefusal {
  return new DocumentRefusal("BAD_USER_INPUT", message, undefined);
}

/** A refusal's DENIED entry, written now (a signed-in actor's refusals only, as everywhere). */
async function logRefusal(ctx: Context, refusal: DocumentRefusal): Promise<void> {
  if (!refusal.logged || !ctx.actor) return;
  ctx.audit.denied(null, refusal.logged);
  await finishRequest(ctx, []);
}

/** A refusal as the GraphQL error both transports answer with (HTTP 400; the database's absence 503). */
function refusalError(error: AppError): GraphQLError {
  const status = error.code === "UNAVAILABLE" ? 503 : 400;
  const retry = error.retryAfterSeconds;
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      ...(retry !== undefined ? { retryAfterSeconds: retry } : {}),
      http: {
        status,
        ...(retry !== undefined ? { headers: new Map([["retry-after", String(retry)]]) } : {}),
      },
    },
  });
}

/** A failure to load a client's documents: UNAVAILABLE when the database is out of reach; else rethrown. */
function loadFailure(error: unknown): never {
  if (databaseFailure(error)?.unavailable) {
    throw AppError.retryable("UNAVAILABLE", "The hub lost its database connection; nothing was done", 1);
  }
  throw error;
}

async function resolveFor(
  trusted: TrustedDocuments,
  actor: Actor | undefined,
  requested: () => RequestedDocument,
): Promise<string | undefined> {
  try {
    return await trusted.resolve(actor, requested());
  } catch (error) {
    if (error instanceof AppError) throw error;
    return loadFailure(error);
  }
}

/**
 * The HTTP side, in Apollo's context function: the text the request runs, recorded on its context; a refusal
 * is logged and thrown as the request's answer (HTTP 400, or 503 without a database).
 */
export async function checkHttpRequest(
  trusted: TrustedDocuments,
  req: Pick<express.Request, "method" | "body" | "query">,
  ctx: Context,
): Promise<void> {
  try {
    const query = await resolveFor(trusted, ctx.actor, () => requestedOverHttp(req));
    (ctx as Context & Resolved)[RESOLVED] = { query };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error instanceof DocumentRefusal) await logRefusal(ctx, error);
    throw refusalError(error);
  }
}

/**
 * Puts the checked text into the request Apollo runs, and takes the persisted-query extension out (Apollo's own
 * persisted queries are off). A request the context function did not check runs nothing: its query is cleared.
 */
export function trustedDocumentsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const resolved = (contextValue as Context & Resolved)[RESOLVED];
      request.query = resolved?.query;
      if (request.extensions && "persistedQuery" in request.extensions) {
        const { persistedQuery: _checked, ...rest } = request.extensions;
        request.extensions = rest;
      }
    },
  };
}

/**
 * The WebSocket side, in graphql-ws's `onSubscribe`: the text the operation runs, or the errors to answer it
 * with (a refusal is logged in a context of its own, as the operation has none yet).
 */
export async function checkSocketOperation(
  trusted: TrustedDocuments,
  deps: ContextDeps,
  actor: Actor | undefined,
  payload: { query: string; extensions?: Record<string, unknown> | null },
): Promise<{ query: string } | { errors: GraphQLError[] }> {
  try {
    const query = await resolveFor(trusted, actor, () => ({
      query: payload.query,
      hash: persistedHash(payload.extensions),
    }));
    return { query: query ?? "" };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error instanceof DocumentRefusal && error.logged && actor) {
      await logRefusal(createContext(deps, actor, traceFrom(null)), error);
    }
    const { http: _http, ...extensions } = refusalError(error).extensions;
    return { errors: [new GraphQLError(error.message, { extensions })] };
  }
}
