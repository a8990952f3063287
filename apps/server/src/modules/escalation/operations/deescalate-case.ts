import type { OperationContext } from "../../../operation";
import type { CaseRow } from "@regiehub/db";
import { climbLadder } from "./climb";

/**
 * Afschalen: brings a case to a table of a lower level, or back to no table (level 0) when it is safe, with a
 * reason. Kept in the history, notified to the team, live as ESCALATION. Monitoring after de-escalation is
 * started separately (`startMonitoring`).
 */
export function deescalateCase(ctx: OperationContext, rawInput: unknown): Promise<CaseRow> {
  return climbLadder(ctx, rawInput, "DOWN");
}
