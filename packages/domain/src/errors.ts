// The closed set of error codes (Documenso's AppErrorCode). Every layer throws AppError; the server maps it
// to a GraphQL error with `extensions.code` in exactly one place.

export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "NOT_FOUND",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "CONFLICT",
  "CONSENT_REQUIRED",
  "RATE_LIMITED",
  "UNAVAILABLE",
  "OPERATION_NOT_TRUSTED",
  "PERSISTED_QUERY_NOT_FOUND",
  "INTERNAL",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  /** Input path, e.g. `input.birthDate`. */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldError[];
  /** The case the refusal concerns, so that refused attempts reach the processing log. */
  caseId: string | undefined;
  /** Items the refusal concerns. */
  itemIds: string[] = [];
  /** RATE_LIMITED and UNAVAILABLE: when to try again. */
  retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, fieldErrors: FieldError[] = []) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.caseId = undefined;
    this.retryAfterSeconds = undefined;
  }

  /** An error the caller may retry after `seconds` (RATE_LIMITED, UNAVAILABLE). */
  static retryable(code: "RATE_LIMITED" | "UNAVAILABLE", message: string, seconds: number): AppError {
    const error = new AppError(code, message);
    error.retryAfterSeconds = Math.max(1, Math.ceil(seconds));
    return error;
  }

  /** Marks the case (and items) a refusal concerns, for the processing log. */
  about(caseId: string, itemIds: string[] = []): this {
    this.caseId = caseId;
    this.itemIds = itemIds;
    return this;
  }

  static notFound(what = "Object"): AppError {
    return new AppError("NOT_FOUND", `${what} not found`);
  }

  static badInput(path: string, message: string): AppError {
    return new AppError("BAD_USER_INPUT", message, [{ path, message }]);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name an object. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
