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

export type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

export function createFormatError(logger: Logger): FormatError {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const first = original.fieldErrors[0];
      return {
        message: original.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: {
          code: original.code,
          ...(first ? { field: first.path, fieldErrors: original.fieldErrors } : {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (
      typeof code === "string" &&
      (GRAPHQL_INPUT_CODES.has(code) || known.has(code)) &&
      code !== "INTERNAL"
    ) {
      const mapped: ErrorCode = known.has(code) ? (code as ErrorCode) : "BAD_USER_INPUT";
      return { ...formatted, extensions: { code: mapped } };
    }
    // graphql-js validation/coercion errors (no code) come without an original error.
    if (original instanceof GraphQLError && !original.originalError && !formatted.path) {
      return { ...formatted, extensions: { code: "BAD_USER_INPUT" } };
    }
    logger.error({ err: original }, "internal error");
    return {
      message: "Internal error",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: "INTERNAL" },
    };
  };
}
