import type { GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError } from "graphql";
import type { ZodError, ZodType } from "zod";
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

export function createFormatError(logger: Logger) {
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

/** Validates input with a zod schema; failures become BAD_USER_INPUT naming each field path. */
export function parseInput<T>(schema: ZodType<T>, value: unknown, basePath = "input"): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw zodToAppError(result.error, basePath);
}

export function zodToAppError(error: ZodError, basePath: string): AppError {
  const fieldErrors = error.issues.map((issue) => ({
    path: [basePath, ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  return new AppError("BAD_USER_INPUT", fieldErrors[0]?.message ?? "Invalid input", fieldErrors);
}

/** A unique-constraint violation from either back end (PGlite or postgres-js, possibly wrapped by drizzle). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (typeof e === "object" && "code" in e && (e as { code: unknown }).code === "23505") return true;
    e = typeof e === "object" && "cause" in e ? (e as { cause: unknown }).cause : undefined;
  }
  return false;
}
