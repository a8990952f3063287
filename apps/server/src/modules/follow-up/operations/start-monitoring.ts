import type { OperationContext } from "../../../operation";
import { z } from "zod";
import { AppError, dutchDate, followUpProblem, optionalText, parseInput, targetId } from "@regiehub/domain";
import type { CaseRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { version } from "../../case/inputs";
import { changePhase, lockCase } from "../../case/operations/move-case-phase";
import { isoDate } from "./shared";

export const StartMonitoringInput = z.object({
  caseId: targetId(),
  version,
  followUpOn: isoDate,
  reason: optionalText({ max: 2_000, multiline: true }),
});

/**
 * Moves a case into monitoring (vinger aan de pols) with the day to look at it again, after today (the web
 * app suggests three months, `suggestedMonitoringFollowUp`). The move follows the same phase rules as
 * `moveCasePhase` (from evaluation); a case in monitoring is stalled in the portfolio once the day passes
 * without a follow-up recorded.
 */
export async function startMonitoring(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
  retentionYears: number,
): Promise<CaseRow> {
  const input = parseInput(StartMonitoringInput, rawInput);
  const problem = followUpProblem(input.followUpOn, dutchDate(now));
  if (problem) throw AppError.badInput("input.followUpOn", problem);
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "case.monitor");
    const current = await lockCase(tx, input.caseId, input.version);
    if (current.phase === "MONITORING") {
      throw AppError.badInput(
        "input.caseId",
        "De casus is al in monitoring: leg de opvolging vast om een nieuwe datum te kiezen",
      );
    }
    const moved = await changePhase(tx, record, {
      actor,
      now,
      current,
      to: "MONITORING",
      reason: input.reason,
      retentionYears,
      monitoringFollowUpOn: input.followUpOn,
      toField: "input.caseId",
    });
    record({
      kind: "MONITORING_FOLLOW_UP_SET",
      caseId: current.id,
      subjectPersonIds: [],
      fields: ["Case.monitoringFollowUpOn"],
      legalBasis: "LEGAL_TASK",
      detail: `monitoring follow-up on ${input.followUpOn}`,
    });
    return moved;
  });
}
