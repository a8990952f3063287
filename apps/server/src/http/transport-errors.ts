import type express from "express";
import type { Logger } from "../logger";

// Everything the HTTP layer refuses before GraphQL runs is answered as a GraphQL error in JSON with a typed
// code, never as Express's HTML error page (which, outside production, carries a stack trace and file paths).

function body(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** The last middleware: JSON for unknown routes and methods. */
export function notFoundHandler(): express.RequestHandler {
  return (_req, res) => {
    res.status(404).json(body("Not found", "NOT_FOUND"));
  };
}

/** For a route that answers only the `allowed` methods: any other gets 405, with `Allow`, as typed JSON. */
export function methodNotAllowed(allowed: readonly string[]): express.RequestHandler {
  return (req, res) => {
    res.setHeader("Allow", allowed.join(", "));
    res
      .status(405)
      .json(body(`Method ${req.method} is not allowed here: use ${allowed.join(" or ")}`, "BAD_USER_INPUT"));
  };
}

/** The error handler: body parsing and any other failure before GraphQL, as typed JSON. */
export function transportErrorHandler(logger: Logger): express.ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const e = (error ?? {}) as { type?: string; status?: number; limit?: number };
    if (e.type === "entity.too.large") {
      return res.status(413).json(body(`The request body is larger than ${e.limit} bytes`, "BAD_USER_INPUT"));
    }
    if (e.type === "entity.parse.failed") {
      return res.status(400).json(body("The request body is not valid JSON", "BAD_USER_INPUT"));
    }
    if (typeof e.status === "number" && e.status >= 400 && e.status < 500) {
      return res.status(e.status).json(body("The request could not be read", "BAD_USER_INPUT"));
    }
    logger.error({ err: error }, "request failed before GraphQL");
    return res.status(500).json(body("Internal error", "INTERNAL"));
  };
}
