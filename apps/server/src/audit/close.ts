import type { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { AppError } from "@regiehub/domain";
import type { Logger } from "../logger";
import type { DenialWindows } from "./denials";
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
  denials?: DenialWindows,
): Promise<boolean> {
  for (const error of errors) {
    const original = unwrapResolverError(error);
    // A refusal of a signed-in actor is logged whether or not the id named anything: an unknown id (no case)
    // costs the same as a case the actor may not know of. Repeated refusals are merged per window (denials.ts).
    if (original instanceof AppError && DENIALS.has(original.code) && (original.caseId || audit.actor)) {
      const where = (error.path ?? []).filter((p) => typeof p === "string").join(".");
      audit.denied(original.caseId ?? null, `${original.code} ${where}`.trim(), original.itemIds);
    }
  }
  try {
    await audit.flush(denials);
    return true;
  } catch (error) {
    logger.error({ err: error }, "processing log could not be written; response withheld");
    return false;
  }
}
