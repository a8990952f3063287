import type { OperationContext } from "../../../operation";
import { z } from "zod";
import { budgetProblem, parseInput, targetId, text } from "@regiehub/domain";
import type { CaseRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { version } from "../../case/inputs";
import { bumpVersion } from "../../case/operations/update-case";
import { lockCase } from "../../case/operations/move-case-phase";

export const SetCaseBudgetInput = z.object({
  caseId: targetId(),
  version,
  amountCents: z
    .number()
    .superRefine((cents, ctx) => {
      const problem = budgetProblem(cents);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .nullable(),
  reason: text({ max: 2_000, multiline: true, required: "Geef een reden voor het budget" }),
});

/**
 * Sets the case budget — the amount the municipality makes available, in euro cents — or clears it (null).
 * Referrals count against it as committed and, once ended, spent (`Case.budgetStatus`, the portfolio's over
 * budget). Only the case's procesregisseur; a stale case version is a CONFLICT.
 */
export async function setCaseBudget(
  { db, actor, changes }: OperationContext,
  rawInput: unknown,
): Promise<CaseRow> {
  const input = parseInput(SetCaseBudgetInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "case.budget");
    const current = await lockCase(tx, input.caseId, input.version);
    const updated = await bumpVersion(tx, current.id, current.version, { budgetCents: input.amountCents });
    record({
      kind: "BUDGET_SET",
      caseId: current.id,
      subjectPersonIds: [],
      fields: ["Case.budgetStatus"],
      legalBasis: "LEGAL_TASK",
      detail: `budget ${current.budgetCents ?? "none"} -> ${input.amountCents ?? "none"} cents: ${input.reason}`,
    });
    return updated;
  });
}
