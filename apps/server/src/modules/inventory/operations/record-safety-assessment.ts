import type { OperationContext } from "../../../operation";
import { z } from "zod";
import {
  RISK_LEVELS,
  requiresImmediateNotification,
  safetyAssessmentProblems,
  parseInput,
  plain,
  targetId,
  text,
} from "@regiehub/domain";
import { tables, type ItemOf } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { insertItem, reload, requirePersonsOfCase } from "../../dossier/operations/shared";
import {
  acuteSafetyRecipients,
  assertNoProblems,
  dataClass,
  legalBasisFor,
  optionalLegalBasis,
  optionalText,
  subjectPersonIds,
} from "./shared";

// Empty danger or goal texts pass here: the domain rule says which half of the pair is missing.
const DangerStatementInput = z.object({
  danger: text({ max: 2_000, min: 0, multiline: true }),
  safetyGoal: text({ max: 2_000, min: 0, multiline: true }),
});

export const RecordSafetyAssessmentInput = z.object({
  caseId: targetId(),
  subjectPersonIds,
  score: z.number(),
  riskLevel: z.enum(RISK_LEVELS),
  acute: z.boolean(),
  dangerStatements: z.array(DangerStatementInput).max(50, "Maximaal 50 gevaren"),
  instrument: optionalText(100),
  assessedOn: plain(),
  conclusion: optionalText(5_000, { multiline: true }),
  dataClass: dataClass("CHILD_SAFETY"),
  legalBasis: optionalLegalBasis,
});

/**
 * Records a safety assessment (0–10, danger statements each with a safety goal, risk level). When ACUTE, the
 * casusregisseur and procesregisseur are notified in the same transaction: the assessment and its
 * notifications are stored together or not at all.
 */
export async function recordSafetyAssessment(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"SAFETY_ASSESSMENT">> {
  const input = parseInput(RecordSafetyAssessmentInput, rawInput);
  assertNoProblems(safetyAssessmentProblems(input, now));
  return changes.transaction(db, async (tx, record) => {
    const facts = await authorizeCase(tx, actor, input.caseId, "item.record");
    await requirePersonsOfCase(tx, input.caseId, input.subjectPersonIds, "input.subjectPersonIds");
    const legalBasis = await legalBasisFor(tx, input.caseId, input.legalBasis);
    const id = await insertItem(tx, actor, {
      caseId: input.caseId,
      kind: "SAFETY_ASSESSMENT",
      domain: "SAFETY",
      dataClass: input.dataClass,
      subjectPersonIds: input.subjectPersonIds,
      legalBasis,
    });
    await tx.insert(tables.safetyAssessments).values({
      itemId: id,
      score: input.score,
      riskLevel: input.riskLevel,
      acute: input.acute,
      dangerStatements: input.dangerStatements,
      instrument: input.instrument,
      assessedOn: input.assessedOn,
      conclusion: input.conclusion,
    });
    const recipients = requiresImmediateNotification(input) ? acuteSafetyRecipients(facts) : [];
    if (recipients.length > 0) {
      await tx.insert(tables.notifications).values(
        recipients.map((recipientProfessionalId) => ({
          recipientProfessionalId,
          caseId: input.caseId,
          itemId: id,
          kind: "ACUTE_SAFETY" as const,
        })),
      );
    }
    record({
      kind: input.acute ? "ACUTE_UNSAFETY_RECORDED" : "ITEM_RECORDED",
      caseId: input.caseId,
      subjectPersonIds: input.subjectPersonIds,
      itemIds: [id],
      fields: [
        "SafetyAssessment.score",
        "SafetyAssessment.riskLevel",
        "SafetyAssessment.acute",
        "SafetyAssessment.dangerStatements",
        "SafetyAssessment.instrument",
        "SafetyAssessment.assessedOn",
        "SafetyAssessment.conclusion",
      ],
      legalBasis,
      ...(recipients.length > 0 ? { detail: `acuut: ${recipients.length} regisseur(s) genotificeerd` } : {}),
    });
    return reload(tx, actor, now, id, "SAFETY_ASSESSMENT");
  });
}
