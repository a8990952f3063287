import type { ZodError, ZodType } from "zod";
import { AppError } from "./errors";

// Input parsing for operations: a zod schema per operation input; a failure is BAD_USER_INPUT naming every
// field path (e.g. `input.birthDate`), whichever transport the input came from.

/**
 * Validates input with a zod schema; failures become BAD_USER_INPUT naming each field path. A field's
 * arguments (a read's `first`, `after`, `filter`) are parsed with the base path "": paths are their names.
 */
export function parseInput<T>(schema: ZodType<T>, value: unknown, basePath = "input"): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw zodToAppError(result.error, basePath);
}

export function zodToAppError(error: ZodError, basePath: string): AppError {
  const fieldErrors = error.issues.map((issue) => ({
    path: [...(basePath ? [basePath] : []), ...issue.path.map(String)].join("."),
    message: issue.message,
  }));
  return new AppError("BAD_USER_INPUT", fieldErrors[0]?.message ?? "Invalid input", fieldErrors);
}
