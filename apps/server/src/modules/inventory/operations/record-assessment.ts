import type { OperationContext } from "../../../operation";
import { z } from "zod";
import { DOMAINS, assessmentProblems, id, parseInput, plain, targetId } from "@regiehub/domain";
import { tables, type ItemOf } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { insertItem, reload, requirePersonsOfCase } from "../../dossier/operations/shared";
import { assertNoProblems, dataClass, legalBasisFor, optionalLegalBasis, optionalText } from "./shared";

export const RecordAssessmentInput = z.object({
  caseId: targetId(),
  personId: id("Onbekende persoon"),
  domain: z.enum(DOMAINS),
  score: z.number(),
  assessedOn: plain(),
  explanation: optionalText(5_000, { multiline: true }),
  dataClass: dataClass("GENERAL"),
  legalBasis: optionalLegalBasis,
});

/**
 * Records a self-reliance assessment (ZRM 1–5) of one person on one domain: the item (about that person),
 * its content and the CREATE log entry in one transaction. SAFETY is refused: it has its own assessment.
 */
export async function recordAssessment(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"ASSESSMENT">> {
  const input = parseInput(RecordAssessmentInput, rawInput);
  assertNoProblems(assessmentProblems(input, now));
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "item.record");
    await requirePersonsOfCase(tx, input.caseId, [input.personId], "input.personId");
    const legalBasis = await legalBasisFor(tx, input.caseId, input.legalBasis);
    const subjectPersonIds = [input.personId];
    const id = await insertItem(tx, actor, {
      caseId: input.caseId,
      kind: "ASSESSMENT",
      domain: input.domain,
      dataClass: input.dataClass,
      subjectPersonIds,
      legalBasis,
    });
    await tx.insert(tables.assessments).values({
      itemId: id,
      personId: input.personId,
      score: input.score,
      assessedOn: input.assessedOn,
      explanation: input.explanation,
    });
    record({
      kind: "ITEM_RECORDED",
      caseId: input.caseId,
      subjectPersonIds,
      itemIds: [id],
      fields: ["Assessment.person", "Assessment.score", "Assessment.assessedOn", "Assessment.explanation"],
      legalBasis,
    });
    return reload(tx, actor, now, id, "ASSESSMENT");
  });
}
