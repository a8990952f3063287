import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  checkInDates,
  dutchDate,
  optionalText,
  parseInput,
  targetId,
  text,
} from "@regiehub/domain";
import { tables, type CaseRow } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { isoDate } from "./shared";

export const RecordCheckInInput = z.object({
  caseId: targetId(),
  heldOn: isoDate,
  cooperation: text({
    max: 5_000,
    multiline: true,
    required: "Beschrijf hoe de samenwerking in het team loopt",
  }),
  budget: optionalText({ max: 2_000, multiline: true }),
  obstacles: optionalText({ max: 5_000, multiline: true }),
  nextCheckInOn: isoDate.nullish(),
});

/**
 * Records a regiegesprek of procesregisseur and casusregisseur about a case: the day it was held (not in the
 * future), how the cooperation goes, the budget and obstacles in words, and the day of the next one (by
 * default the case's interval after this one; it must lie after it). The portfolio's check-in signal follows
 * the latest one. The log and the event name the fields, never what was said.
 */
export async function recordCheckIn(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<CaseRow> {
  const input = parseInput(RecordCheckInInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "case.checkIn");
    const [current] = await tx.select().from(tables.cases).where(eq(tables.cases.id, input.caseId));
    if (!current) throw AppError.notFound("Case");
    const dates = checkInDates(
      input.heldOn,
      input.nextCheckInOn ?? null,
      current.checkInIntervalWeeks,
      dutchDate(now),
    );
    if ("field" in dates) throw AppError.badInput(`input.${dates.field}`, dates.message);
    await tx.insert(tables.caseCheckIns).values({
      caseId: current.id,
      heldOn: input.heldOn,
      cooperation: input.cooperation,
      budget: input.budget,
      obstacles: input.obstacles,
      nextCheckInOn: dates.nextCheckInOn,
      casusregisseurId: current.casusregisseurId,
      byProfessionalId: actor.professionalId,
    });
    record({
      kind: "CHECK_IN_RECORDED",
      caseId: current.id,
      subjectPersonIds: [],
      fields: ["Case.checkIns", "Case.nextCheckInOn"],
      legalBasis: "LEGAL_TASK",
      detail: `regiegesprek held ${input.heldOn}, next ${dates.nextCheckInOn}`,
    });
    return current;
  });
}
