import type { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { AppError } from "@regiehub/domain";
import type { Logger } from "../logger";
import type { AuditTrail } from "./trail";

const DENIALS = new Set(["NOT_FOUND", "FORBIDDEN", "CONSENT_REQUIRED"]);

/**
 * Ends a request's audit trail: refused attempts that concern a case become DENIED entries, then everything
 * collected is written. Returns false when the log could not be written (the caller then returns no data).
 */
export async function closeAudit(
  audit: AuditTrail,
  logger: Logger,
  errors: readonly GraphQLError[],
): Promise<boolean> {
  for (const error of errors) {
    const original = unwrapResolverError(error);
    if (original instanceof AppError && DENIALS.has(original.code) && original.caseId) {
      const where = (error.path ?? []).filter((p) => typeof p === "string").join(".");
      audit.denied(original.caseId, `${original.code} ${where}`.trim(), original.itemIds);
    }
  }
  try {
    await audit.flush();
    return true;
  } catch (error) {
    logger.error({ err: error }, "processing log could not be written; response withheld");
    return false;
  }
}
