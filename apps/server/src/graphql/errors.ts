import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import { AppError, ERROR_CODES, type ErrorCode } from "@regiehub/domain";
import type { Logger } from "../logger";

// One table from every failure to the closed ErrorCode set. Unknown failures become INTERNAL with a
// generic message; the details go to the log, never to the caller.

const GRAPHQL_INPUT_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

const known = new Set<string>(ERROR_CODES);

export const NOT_FOUND_MESSAGE = "Not found";

export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export function createFormatError(logger: Logger): FormatError {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const first = original.fieldErrors[0];
      return {
        // One message for every NOT_FOUND: "Case not found" for an item in an invisible case, against "Item
        // not found" for an unknown id, told an outsider that the item exists.
        message: original.code === "NOT_FOUND" ? NOT_FOUND_MESSAGE : original.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: {
          code: original.code,
          ...(first ? { field: first.path, fieldErrors: original.fieldErrors } : {}),
          ...(original.retryAfterSeconds !== undefined
            ? { retryAfterSeconds: original.retryAfterSeconds }
            : {}),
        },
      };
    }
    const database = databaseFailure(original);
    if (database?.unavailable) {
      logger.warn({ err: database.logged }, "database unavailable");
      return {
        message:
          "The hub lost its database connection during this request. Try again shortly (read first before repeating a change: one lost while committing may have been made).",
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: "UNAVAILABLE", retryAfterSeconds: 1 },
      };
    }
    const code = formatted.extensions?.code;
    if (
      typeof code === "string" &&
      (GRAPHQL_INPUT_CODES.has(code) || known.has(code)) &&
      code !== "INTERNAL"
    ) {
      const mapped: ErrorCode = known.has(code) ? (code as ErrorCode) : "BAD_USER_INPUT";
      const retry = formatted.extensions?.retryAfterSeconds;
      return {
        ...formatted,
        extensions: { code: mapped, ...(typeof retry === "number" ? { retryAfterSeconds: retry } : {}) },
      };
    }
    // graphql-js validation/coercion errors (no code) come without an original error.
    if (original instanceof GraphQLError && !original.originalError && !formatted.path) {
      return { ...formatted, extensions: { code: "BAD_USER_INPUT" } };
    }
    logger.error({ err: database ? database.logged : original }, "internal error");
    return {
      message: "Internal error",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL" },
    };
  };
}

/** Connection-level failures: the statement never ran or its answer was lost; the client may retry. */
const CONNECTION_CODES = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
  "CONNECT_TIMEOUT",
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
]);

/**
 * A failure of a database statement, as it may be logged: drizzle's `DrizzleQueryError` carries the statement
 * with its parameters (a note's text, a name) in its message, and PostgreSQL's messages and details can quote
 * values. Only the statement without parameters and the error's code and location are kept.
 */
export function databaseFailure(
  error: unknown,
): { unavailable: boolean; logged: Record<string, unknown> } | undefined {
  let statement: string | undefined;
  let cause: unknown = error;
  if (error instanceof Error && error.message.startsWith("Failed query: ")) {
    statement = error.message.slice("Failed query: ".length).split("\nparams:")[0]?.slice(0, 500);
    cause = (error as { cause?: unknown }).cause;
  }
  if (!cause || typeof cause !== "object")
    return statement ? { unavailable: false, logged: { statement } } : undefined;
  const { code, severity, routine, table_name, constraint_name } = cause as Record<string, unknown>;
  if (typeof code !== "string") return statement ? { unavailable: false, logged: { statement } } : undefined;
  const postgres = typeof severity === "string";
  // Class 08 (connection exception) and 57P01-03 (the server shut the connection) are availability too.
  const unavailable = CONNECTION_CODES.has(code) || code.startsWith("08") || /^57P0[123]$/.test(code);
  if (!postgres && !unavailable && !statement) return undefined;
  return {
    unavailable,
    logged: {
      type: "DatabaseError",
      code,
      ...(statement ? { statement } : {}),
      ...(routine ? { routine } : {}),
      ...(table_name ? { table: table_name } : {}),
      ...(constraint_name ? { constraint: constraint_name } : {}),
    },
  };
}
