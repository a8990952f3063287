import type { OperationContext } from "../../../operation";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { parseInput } from "@regiehub/domain";
import { caseScopeCondition, tables, unsafeLoadCaseAccessFacts } from "@regiehub/db";
import { authorize, caseScope, mayManageReferences } from "@regiehub/policy";
import { withRegion } from "../../../region";
import { referenceText, type PartnerReferenceModel } from "../shared";

export const FindPartnerReferencesInput = z.object({ reference: referenceText });

/**
 * The actor's organisation's references equal to `reference` (exact, after trimming), oldest first, in the
 * cases the organisation may still see: the SQL keeps the organisation's own references in cases the actor
 * reads (`case.read`'s scope), and the policy decides each case again (`mayManageReferences`), so a case the
 * organisation left, or one it may no longer manage references in, is not returned. Each reference found is
 * logged as a read of its case and person (the match itself processes the reference), whatever the caller
 * selects; a lookup that finds nothing reads nothing the hub holds and leaves no entry — the value looked
 * for is the organisation's own, and writing it to the log would put it where others read.
 */
export async function findPartnerReferences(
  { db, actor, audit, region }: OperationContext,
  rawInput: unknown,
): Promise<PartnerReferenceModel[]> {
  authorize(actor, "reference.find");
  const { reference } = parseInput(FindPartnerReferencesInput, rawInput, "");
  const { partnerReferences: r, cases } = tables;
  const rows = await db
    .select({ reference: r })
    .from(r)
    .innerJoin(cases, eq(cases.id, r.caseId))
    .where(
      and(
        eq(r.organisationId, actor.organisationId),
        eq(r.reference, reference),
        caseScopeCondition(caseScope(actor)),
      ),
    )
    .orderBy(asc(r.createdAt), asc(r.id));
  if (rows.length === 0) return [];
  const facts = new Map(
    (await unsafeLoadCaseAccessFacts(db, [...new Set(rows.map((row) => row.reference.caseId))])).map((f) => [
      f.id,
      withRegion(f, region),
    ]),
  );
  const found = rows
    .map((row) => row.reference)
    .filter((ref) => {
      const c = facts.get(ref.caseId);
      return c !== undefined && mayManageReferences(actor, c).allowed;
    });
  for (const ref of found) {
    audit.read({
      caseId: ref.caseId,
      subjectPersonIds: [ref.personId],
      fields: ["PartnerReference.reference"],
      legalBasis: "LEGAL_TASK",
      detail: "lookup by own reference",
    });
  }
  return found;
}
