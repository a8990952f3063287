import { createHash } from "node:crypto";
import type express from "express";
import type { GraphQLSchema } from "graphql";
import { printContract } from "@regiehub/schema/release";
import { methodNotAllowed } from "./transport-errors";

// `GET /schema.graphql`: the published contract, the executable schema printed as SDL (descriptions and
// @deprecated included), for partner integrators and their code generators.
//
// Deliberately public, without a sign-in, in every environment. Introspection over /graphql is refused to
// anonymous callers in every environment, production included (graphql/schema-details.ts), and "Did you
// mean …?" suggestions are stripped for them: that keeps a stranger from probing the live endpoint. The SDL
// is a different thing: the contract the project publishes (it is committed, packages/schema/*.graphql, and
// released as packages/schema/release/regiehub.graphql), so serving it tells no one anything the repository
// does not. It names types and fields only, never data.

/** Serves the printed schema at /schema.graphql: GET and HEAD, any other method 405 as typed JSON. */
export function serveSchemaSdl(app: express.Express, schema: GraphQLSchema): void {
  // Printed once: the schema does not change while the hub runs.
  const sdl = printContract(schema);
  const etag = `"${createHash("sha256").update(sdl).digest("base64url")}"`;
  const refuse = methodNotAllowed(["GET", "HEAD"]);
  app.all("/schema.graphql", (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return refuse(req, res, next);
    res.setHeader("Content-Type", "text/plain; charset=utf-8");
    // Cached, but revalidated each time: a new release of the hub is seen at once (304 while unchanged).
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("ETag", etag);
    res.setHeader("X-Content-Type-Options", "nosniff");
    if (matches(req.get("If-None-Match"), etag)) return res.status(304).end();
    res.send(sdl); // no body for HEAD (Express)
  });
}

/**
 * If-None-Match as RFC 9110 has the origin server evaluate it: `*` or any listed tag, compared weakly. Not
 * Express's `req.fresh`, which also reads the request's `Cache-Control: no-cache` (a cache directive that
 * clients such as fetch add to every conditional request) and then never answers 304.
 */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t.replace(/^W\//, "") === etag;
  });
}
