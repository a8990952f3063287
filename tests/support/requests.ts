import { sql } from "drizzle-orm";
import { resultRows, type Database } from "@regiehub/db";

// Test support for safe retries: a GraphQL POST with headers of its own (`Idempotency-Key`), answering with the
// status, the headers that matter and the body as sent (text) and parsed.

export interface SentRequest {
  status: number;
  /** The `Idempotent-Replayed` header (null when absent). */
  replayed: string | null;
  retryAfter: string | null;
  /** The body exactly as the hub sent it. */
  text: string;
  body: {
    data?: any;
    errors?: { message: string; path?: string[]; extensions: Record<string, any> & { code: string } }[];
  };
}

export async function send(
  hub: { url: string },
  request: {
    query?: string;
    variables?: Record<string, unknown>;
    operationName?: string;
    extensions?: Record<string, unknown>;
  },
  options: { token?: string; key?: string; headers?: Record<string, string>; signal?: AbortSignal } = {},
): Promise<SentRequest> {
  const headers: Record<string, string> = { "content-type": "application/json", ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.key !== undefined) headers["idempotency-key"] = options.key;
  const res = await fetch(`${hub.url}/graphql`, {
    method: "POST",
    headers,
    body: JSON.stringify(request),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const text = await res.text();
  return {
    status: res.status,
    replayed: res.headers.get("idempotent-replayed"),
    retryAfter: res.headers.get("retry-after"),
    text,
    body: JSON.parse(text) as SentRequest["body"],
  };
}

/** A count straight from the database (`select count(*) … as n`). */
export async function countOf(db: Database, query: ReturnType<typeof sql>): Promise<number> {
  return Number(resultRows<{ n: number }>(await db.execute(query))[0]!.n);
}

/** The idempotency keys of the database, oldest first. */
export async function keyRows(db: Database) {
  return resultRows<{
    actor_key: string;
    key: string;
    request_hash: string;
    operation_name: string | null;
    claimed_by: string;
    changes: unknown;
    response_status: number | null;
    response: string | null;
  }>(await db.execute(sql`select * from idempotency_keys order by created_at, key`));
}
