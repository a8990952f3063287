import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { AppError, isUuid, parseInput, targetId } from "@regiehub/domain";
import { tables, type CaseRow } from "@regiehub/db";
import { z } from "zod";
import { authorizeCase, caseNotFound } from "../../case/access";

export const ObserveScenarioSignalInput = z.object({ signalId: targetId() });

/**
 * Marks a scenario's signal observed (the case's directors): who and when; its scenario becomes the current
 * one. The other directors are notified (SCENARIO_SIGNAL) — the moment to adjust the plan (`draftPlan` with a
 * reason). Observing it again is a CONFLICT: the first observation stands.
 */
export async function observeScenarioSignal(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<CaseRow> {
  const { signalId } = parseInput(ObserveScenarioSignalInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    const { scenarioSignals, cases, notifications } = tables;
    const [signal] = isUuid(signalId)
      ? await tx.select().from(scenarioSignals).where(eq(scenarioSignals.id, signalId)).for("update")
      : [];
    if (!signal) throw AppError.notFound("ScenarioSignal");
    try {
      await authorizeCase(tx, actor, signal.caseId, "scenario.manage");
    } catch (error) {
      if (error instanceof AppError && error.code === "NOT_FOUND")
        throw await caseNotFound(tx, signal.caseId);
      throw error;
    }
    if (signal.observedAt) {
      throw new AppError("CONFLICT", "Dit signaal is al waargenomen").about(signal.caseId);
    }
    await tx
      .update(scenarioSignals)
      .set({ observedAt: now, observedByProfessionalId: actor.professionalId })
      .where(eq(scenarioSignals.id, signal.id));
    const [row] = await tx.select().from(cases).where(eq(cases.id, signal.caseId));
    const recipients = [row!.casusregisseurId, row!.procesregisseurId].filter(
      (p): p is string => p !== null && p !== actor.professionalId,
    );
    if (recipients.length > 0) {
      await tx.insert(notifications).values(
        recipients.map((recipientProfessionalId) => ({
          recipientProfessionalId,
          caseId: signal.caseId,
          kind: "SCENARIO_SIGNAL" as const,
        })),
      );
    }
    record({
      kind: "SCENARIO_SIGNAL_OBSERVED",
      caseId: signal.caseId,
      subjectPersonIds: [],
      fields: ["Case.scenarios"],
      legalBasis: "LEGAL_TASK",
      detail: `scenario ${signal.position}`,
    });
    return row!;
  });
}
