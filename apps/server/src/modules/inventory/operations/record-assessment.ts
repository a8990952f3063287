import { z } from "zod";
import { DOMAINS, assessmentProblems, type Actor } from "@regiehub/domain";
import { tables, type Database, type ItemRecord } from "@regiehub/db";
import type { AuditTrail } from "../../../audit/trail";
import { parseInput } from "../../../graphql/errors";
import { authorizeCase } from "../../case/access";
import { insertItem, reload, requirePersonsOfCase } from "../../dossier/operations/shared";
import { assertNoProblems, dataClass, legalBasisFor, optionalLegalBasis, optionalText } from "./shared";

export const RecordAssessmentInput = z.object({
  caseId: z.string(),
  personId: z.uuid("Onbekende persoon"),
  domain: z.enum(DOMAINS),
  score: z.number(),
  assessedOn: z.string(),
  explanation: optionalText(5_000),
  dataClass: dataClass("GENERAL"),
  legalBasis: optionalLegalBasis,
});

/**
 * Records a self-reliance assessment (ZRM 1–5) of one person on one domain: the item (about that person),
 * its content and the CREATE log entry in one transaction. SAFETY is refused: it has its own assessment.
 */
export async function recordAssessment(
  db: Database,
  actor: Actor,
  audit: AuditTrail,
  rawInput: unknown,
  now: Date,
): Promise<ItemRecord> {
  const input = parseInput(RecordAssessmentInput, rawInput);
  assertNoProblems(assessmentProblems(input, now));
  return db.transaction(async (tx) => {
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
    await audit.change(tx, {
      caseId: input.caseId,
      operation: "CREATE",
      subjectPersonIds,
      itemIds: [id],
      fields: ["Assessment.person", "Assessment.score", "Assessment.assessedOn", "Assessment.explanation"],
      legalBasis,
    });
    return reload(tx, actor, now, id);
  });
}
