import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { AppError, parseInput, targetId, text } from "@regiehub/domain";
import { tables, type CaseRow } from "@regiehub/db";
import { authorizeCase } from "../access";
import { version } from "../inputs";
import { bumpVersion } from "./update-case";

export const SetEscalationLevelInput = z.object({
  caseId: targetId(),
  version,
  level: z.number().int().min(0, "Niveau 0 tot en met 3").max(3, "Niveau 0 tot en met 3"),
  reason: text({ max: 2000, multiline: true, required: "Geef een reden", tooLong: "Maximaal 2000 tekens" }),
});

/**
 * Sets the escalation level (0 none, 1 casusregie, 2 procesregie, 3 safety/protection table), with a reason.
 * The procesregisseurs following the case see it live (`portfolioEvents`, change ESCALATION).
 */
export async function setEscalationLevel(
  { db, actor, changes }: OperationContext,
  rawInput: unknown,
): Promise<CaseRow> {
  const input = parseInput(SetEscalationLevelInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "case.escalate");
    const [current] = await tx
      .select({ level: tables.cases.escalationLevel })
      .from(tables.cases)
      .where(eq(tables.cases.id, input.caseId));
    if (!current) throw AppError.notFound("Case");
    if (current.level === input.level) {
      throw AppError.badInput("input.level", `De casus staat al op escalatieniveau ${input.level}`);
    }
    const updated = await bumpVersion(tx, input.caseId, input.version, { escalationLevel: input.level });
    record({
      kind: "ESCALATION_CHANGED",
      caseId: input.caseId,
      subjectPersonIds: [],
      fields: ["Case.escalationLevel"],
      legalBasis: "LEGAL_TASK",
      detail: `escalation ${current.level} -> ${input.level}: ${input.reason}`,
    });
    return updated;
  });
}
