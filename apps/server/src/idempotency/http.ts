import { randomBytes } from "node:crypto";
import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import type { Database } from "@regiehub/db";
import type { Context } from "../graphql/context";
import { databaseFailure } from "../graphql/errors";
import type { Logger } from "../logger";
import { IdempotencyClaim, findKey, storeResponse, type KeyRow } from "./claim";
import {
  IDEMPOTENCY_HEADER,
  REPLAYED_HEADER,
  actorKeyOf,
  parseIdempotencyKey,
  requestHash,
  type KeyId,
} from "./key";

// Safe retries over HTTP (README, "Idempotency-Key"). A mutation request that sends `Idempotency-Key` is looked
// up before it runs:
// - unknown key: it runs; its first commit claims the key in that transaction (ChangeRecorder), and once its
//   answer was sent (after the processing log was written) the answer is stored with the key;
// - the same key with another request (query, variables, operation name): CONFLICT, HTTP 422, nothing done;
// - the same key and request, answer stored: that answer, verbatim, with `Idempotent-Replayed: true`;
// - the same key and request, claimed without an answer: while the first request may still be running (on this
//   instance: it is; on another: for IN_PROGRESS_MS after its commit) CONFLICT, HTTP 409 with Retry-After;
//   after that, the first request committed but its answer was lost (the hub stopped between commit and answer,
//   or the answer could not be stored): CONFLICT saying so, with when and what it changed. Nothing is done again.
// Queries ignore the header; so does WebSocket (no headers per operation), and so do anonymous requests (no actor
// to keep keys for). A request that commits nothing (invalid input, a refusal) claims nothing: corrected, the
// same key goes on to work.

/** How long after its commit a claimed key of another instance counts as still running. */
export const IN_PROGRESS_MS = 60_000;

export interface Idempotency {
  /** The look-up before the operation runs (Apollo's `responseForOperation`). */
  plugin: ApolloServerPlugin<Context>;
  /**
   * The end of the request, after the processing log was written and before the answer leaves: stores the
   * answer with the claimed key, or — the key was claimed by another request meanwhile — answers as a retry.
   */
  finish(ctx: Context, response: GraphQLResponse): Promise<void>;
}

type Head = { status: number; headers?: [string, string][] };

function answer(head: Head, body: GraphQLResponse["body"]): GraphQLResponse {
  return { http: { status: head.status, headers: new HeaderMap(head.headers ?? []) }, body };
}

function failure(status: number, error: GraphQLFormattedError, headers: [string, string][] = []) {
  return answer({ status, headers }, { kind: "single", singleResult: { errors: [error] } });
}

function keyReused(): GraphQLResponse {
  return failure(422, {
    message:
      "This Idempotency-Key was used for another request (another query, variables or operation name); nothing was done. Use a new key for a new request.",
    extensions: { code: "CONFLICT", idempotency: "KEY_REUSED" },
  });
}

function inProgress(retryAfterSeconds: number): GraphQLResponse {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return failure(
    409,
    {
      message:
        "A request with this Idempotency-Key is still being carried out; nothing was done. Retry later with the same key for its answer.",
      extensions: { code: "CONFLICT", idempotency: "IN_PROGRESS", retryAfterSeconds: seconds },
    },
    [["retry-after", String(seconds)]],
  );
}

function answerLost(row: KeyRow): GraphQLResponse {
  const at = row.createdAt.toISOString();
  return answer(
    { status: 200, headers: [[REPLAYED_HEADER, "true"]] },
    {
      kind: "single",
      singleResult: {
        data: null,
        errors: [
          {
            message: `The request with this Idempotency-Key was carried out at ${at}, but its answer was lost before it was sent; nothing was done now. Read the changed objects for the result.`,
            extensions: {
              code: "CONFLICT",
              idempotency: "ANSWER_LOST",
              committedAt: at,
              changes: row.changes,
            },
          },
        ],
      },
    },
  );
}

function replay(row: KeyRow & { response: string }): GraphQLResponse {
  return answer(
    { status: row.responseStatus ?? 200, headers: [[REPLAYED_HEADER, "true"]] },
    { kind: "single", singleResult: JSON.parse(row.response) as Record<string, unknown> },
  );
}

export function createIdempotency(options: {
  db: Database;
  logger: Logger;
  inProgressMs?: number;
}): Idempotency {
  const { db, logger } = options;
  const inProgressMs = options.inProgressMs ?? IN_PROGRESS_MS;
  /** This instance: a request that claimed a key here and is not running any more will never answer. */
  const instance = randomBytes(8).toString("hex");
  /** The keys of the requests running here (actor key, key → since when), bounded by the window. */
  const running = new Map<string, number>();
  const nameOf = (id: KeyId) => `${id.actorKey}\n${id.key}`;
  const isRunning = (name: string) => {
    const since = running.get(name);
    return since !== undefined && Date.now() - since < inProgressMs;
  };

  /** Entries past the window (a request that ended without `finish`) count as not running; dropped here. */
  const forgetStale = () => {
    for (const [name, since] of running) if (Date.now() - since >= inProgressMs) running.delete(name);
  };

  /** How a request with this key and fingerprint is answered, from the key's row; undefined: it runs. */
  async function fromRow(id: KeyId, hash: string): Promise<GraphQLResponse | undefined> {
    const now = new Date();
    const row = await findKey(db, id, now);
    if (!row) return undefined;
    if (row.requestHash !== hash) return keyReused();
    if (row.response !== null) return replay({ ...row, response: row.response });
    const age = now.getTime() - row.createdAt.getTime();
    if (row.claimedBy === instance || age >= inProgressMs) return answerLost(row);
    return inProgress((inProgressMs - age) / 1000);
  }

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async responseForOperation({ contextValue: ctx, operation, request, source, operationName }) {
          if (operation?.operation !== "mutation" || !ctx.actor) return null;
          const header = request.http?.headers.get(IDEMPOTENCY_HEADER);
          if (header === undefined) return null;
          const parsed = parseIdempotencyKey(header);
          if ("error" in parsed) {
            return failure(400, {
              message: parsed.error,
              extensions: {
                code: "BAD_USER_INPUT",
                field: "Idempotency-Key",
                fieldErrors: [{ path: "Idempotency-Key", message: parsed.error }],
              },
            });
          }
          const id = { actorKey: actorKeyOf(ctx.actor), key: parsed.key };
          const name = nameOf(id);
          if (isRunning(name)) return inProgress(1);
          if (running.size >= 10_000) forgetStale();
          running.set(name, Date.now());
          // The query as run: a request may send only its hash, the text comes from its trusted documents.
          const hash = requestHash({ ...request, query: source });
          let early: GraphQLResponse | undefined;
          try {
            early = await fromRow(id, hash);
          } catch (error) {
            running.delete(name);
            return lookupFailed(error);
          }
          if (early) {
            running.delete(name);
            return early;
          }
          ctx.changes.idempotency = new IdempotencyClaim(id, hash, operationName ?? null, instance);
          return null;
        },
      };
    },
  };

  function lookupFailed(error: unknown): GraphQLResponse {
    const database = databaseFailure(error);
    logger.error({ err: database?.logged ?? error }, "idempotency key could not be looked up");
    return database?.unavailable
      ? failure(
          503,
          {
            message: "The hub lost its database connection; nothing was done. Try again shortly.",
            extensions: { code: "UNAVAILABLE", retryAfterSeconds: 1 },
          },
          [["retry-after", "1"]],
        )
      : failure(500, { message: "Internal error", extensions: { code: "INTERNAL" } });
  }

  async function finish(ctx: Context, response: GraphQLResponse): Promise<void> {
    const claim = ctx.changes.idempotency;
    if (!claim) return;
    try {
      if (claim.taken && claim.state === "open") {
        // Another request claimed the key between this one's look-up and its commit (another instance): this
        // one changed nothing, and is answered as a retry of that one.
        const other = (await fromRow(claim.id, claim.requestHash)) ?? inProgress(1);
        response.body = other.body;
        response.http.status = other.http.status;
        for (const [name, value] of other.http.headers) response.http.headers.set(name, value);
        return;
      }
      // Stored only when the request committed something, and only an answer that left with its data (not the
      // 500 of an unwritable processing log): a retry of a request that committed nothing runs again.
      const status = response.http.status ?? 200;
      if (claim.state !== "claimed" || response.body.kind !== "single" || status >= 500) return;
      await storeResponse(db, claim, status, JSON.stringify(response.body.singleResult));
    } catch (error) {
      // The answer still leaves; a retry is told that the request was carried out and its answer lost.
      logger.error({ err: databaseFailure(error)?.logged ?? error }, "idempotent answer could not be stored");
    } finally {
      running.delete(nameOf(claim.id));
    }
  }

  return { plugin, finish };
}
