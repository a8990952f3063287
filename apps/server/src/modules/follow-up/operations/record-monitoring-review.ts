import type { OperationContext } from "../../../operation";
import { z } from "zod";
import {
  AppError,
  MONITORING_OUTCOMES,
  dutchDate,
  followUpProblem,
  parseInput,
  phaseAfterMonitoring,
  targetId,
  text,
} from "@regiehub/domain";
import { tables, type CaseRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { version } from "../../case/inputs";
import { bumpVersion } from "../../case/operations/update-case";
import { changePhase, lockCase } from "../../case/operations/move-case-phase";
import { isoDate } from "./shared";

export const RecordMonitoringReviewInput = z.object({
  caseId: targetId(),
  version,
  outcome: z.enum(MONITORING_OUTCOMES, { error: "Kies doorgaan, afsluiten of heropenen" }),
  note: text({ max: 5_000, multiline: true, required: "Beschrijf wat de opvolging liet zien" }),
  nextFollowUpOn: isoDate.nullish(),
});

/**
 * Records the follow-up of a case in monitoring and what came of it: CONTINUE keeps it in monitoring with a
 * new follow-up date (required, after today); CLOSE closes the case (with its retention date, as
 * `moveCasePhase` does); REOPEN moves it back into execution. The note is the reason of the phase change.
 * A case that entered monitoring without a follow-up date is reviewed as if it was due today.
 */
export async function recordMonitoringReview(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
  retentionYears: number,
): Promise<CaseRow> {
  const input = parseInput(RecordMonitoringReviewInput, rawInput);
  const today = dutchDate(now);
  const nextFollowUpOn = input.nextFollowUpOn ?? null;
  if (input.outcome === "CONTINUE") {
    if (nextFollowUpOn === null) {
      throw AppError.badInput("input.nextFollowUpOn", "Kies de datum van de volgende opvolging");
    }
    const problem = followUpProblem(nextFollowUpOn, today);
    if (problem) throw AppError.badInput("input.nextFollowUpOn", problem);
  } else if (nextFollowUpOn !== null) {
    throw AppError.badInput(
      "input.nextFollowUpOn",
      "Een volgende opvolging past alleen bij doorgaan met monitoring",
    );
  }
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "case.monitor");
    const current = await lockCase(tx, input.caseId, input.version);
    if (current.phase !== "MONITORING") {
      throw new AppError("CONFLICT", "De casus is niet (meer) in monitoring; laad de gegevens opnieuw").about(
        current.id,
      );
    }
    await tx.insert(tables.caseMonitoringReviews).values({
      caseId: current.id,
      followUpOn: current.monitoringFollowUpOn ?? today,
      reviewedOn: today,
      outcome: input.outcome,
      note: input.note,
      nextFollowUpOn,
      byProfessionalId: actor.professionalId,
    });
    record({
      kind: "MONITORING_REVIEWED",
      caseId: current.id,
      subjectPersonIds: [],
      fields: ["Case.monitoringReviews"],
      legalBasis: "LEGAL_TASK",
      detail: `monitoring follow-up ${input.outcome}${nextFollowUpOn ? `, next ${nextFollowUpOn}` : ""}`,
    });
    const to = phaseAfterMonitoring(input.outcome);
    if (to === null) {
      const updated = await bumpVersion(tx, current.id, current.version, {
        monitoringFollowUpOn: nextFollowUpOn,
      });
      record({
        kind: "MONITORING_FOLLOW_UP_SET",
        caseId: current.id,
        subjectPersonIds: [],
        fields: ["Case.monitoringFollowUpOn"],
        legalBasis: "LEGAL_TASK",
        detail: `monitoring follow-up on ${nextFollowUpOn}`,
      });
      return updated;
    }
    return changePhase(tx, record, {
      actor,
      now,
      current,
      to,
      reason: input.note,
      retentionYears,
      toField: "input.outcome",
      reasonField: "input.note",
    });
  });
}
