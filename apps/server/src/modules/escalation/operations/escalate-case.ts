import type { OperationContext } from "../../../operation";
import type { CaseRow } from "@regiehub/db";
import { climbLadder } from "./climb";

/**
 * Opschalen: brings a case to a table of a higher level of the region's ladder, with a reason and — once the
 * table has met — its decision. The step is kept in the case's escalation history; the team is notified; the
 * procesregisseurs following the case see it live (`portfolioEvents`, change ESCALATION).
 */
export function escalateCase(ctx: OperationContext, rawInput: unknown): Promise<CaseRow> {
  return climbLadder(ctx, rawInput, "UP");
}
