import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  CASE_PHASES,
  type Actor,
  type CasePhase,
  canTransition,
  dutchDate,
  transitionNeedsReason,
  parseInput,
  targetId,
  text,
} from "@regiehub/domain";
import { tables, type CaseRow, type Executor } from "@regiehub/db";
import type { RecordChange } from "../../../changes/recorder";
import { retainUntilFor } from "../../../retention";
import { authorizeCase } from "../access";
import { version } from "../inputs";
import { bumpVersion } from "./update-case";

export const MoveCasePhaseInput = z.object({
  id: targetId(),
  version,
  to: z.enum(CASE_PHASES),
  reason: text({ max: 2000, min: 0, multiline: true, tooLong: "Maximaal 2000 tekens" }).nullish(),
});

/**
 * Moves a case along the phase rules of the domain and records the transition with its reason. Closing sets
 * the retention date (closing date plus `retentionYears`); reopening clears both.
 */
export async function moveCasePhase(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
  retentionYears: number,
): Promise<CaseRow> {
  const input = parseInput(MoveCasePhaseInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.id, "case.movePhase");
    const current = await lockCase(tx, input.id, input.version);
    return changePhase(tx, record, {
      actor,
      now,
      current,
      to: input.to,
      reason: input.reason || null,
      retentionYears,
    });
  });
}

/** The case, locked for the change; NOT_FOUND when it is gone, CONFLICT when `version` is stale. */
export async function lockCase(tx: Executor, caseId: string, version: number): Promise<CaseRow> {
  const [current] = await tx.select().from(tables.cases).where(eq(tables.cases.id, caseId)).for("update");
  if (!current) throw AppError.notFound("Case");
  if (current.version !== version) {
    throw new AppError("CONFLICT", "The case was changed by someone else; reload and try again");
  }
  return current;
}

export interface PhaseChange {
  actor: Actor;
  now: Date;
  /** The case as locked by `lockCase` (its version is the one the change expects). */
  current: CaseRow;
  to: CasePhase;
  reason: string | null;
  retentionYears: number;
  /** Entering MONITORING: the day to look at the case again (none: monitoring without a date). */
  monitoringFollowUpOn?: string | null;
  /** Where a refusal of the move points in the input (`input.to` for moveCasePhase). */
  toField?: string;
  reasonField?: string;
}

/**
 * The one way a case changes phase (moveCasePhase, startMonitoring, a monitoring follow-up): the domain's
 * transition rules and reasons, the transition row, closing with its retention date or reopening without
 * one, and the monitoring follow-up date — set on entering MONITORING (when given), cleared on leaving it by
 * any path. Records PHASE_CHANGED; the caller has authorized and locked the case.
 */
export async function changePhase(
  tx: Executor,
  record: RecordChange,
  { actor, now, current, to, reason, retentionYears, monitoringFollowUpOn = null, ...fields }: PhaseChange,
): Promise<CaseRow> {
  if (!canTransition(current.phase, to)) {
    throw AppError.badInput(
      fields.toField ?? "input.to",
      `Van fase ${current.phase} kan de casus niet naar ${to}`,
    );
  }
  if (transitionNeedsReason(current.phase, to) && !reason) {
    throw AppError.badInput(fields.reasonField ?? "input.reason", "Geef een reden voor deze faseovergang");
  }
  await tx.insert(tables.casePhaseTransitions).values({
    caseId: current.id,
    fromPhase: current.phase,
    toPhase: to,
    reason,
    byProfessionalId: actor.professionalId,
  });
  const closedOn = to === "CLOSED" ? dutchDate(now) : null;
  const moved = await bumpVersion(tx, current.id, current.version, {
    phase: to,
    closedOn,
    retainUntil: closedOn ? retainUntilFor(closedOn, retentionYears) : null,
    monitoringFollowUpOn: to === "MONITORING" ? monitoringFollowUpOn : null,
  });
  record({
    kind: "PHASE_CHANGED",
    caseId: current.id,
    subjectPersonIds: [],
    fields: ["Case.phase"],
    legalBasis: "LEGAL_TASK",
    detail: `phase ${current.phase} -> ${to}${reason ? `: ${reason}` : ""}`,
  });
  return moved;
}
