import type { OperationContext } from "../../../operation";
import { and, eq, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { AppError, dutchDate, id, parseInput, targetId } from "@regiehub/domain";
import { tables, type ItemOf } from "@regiehub/db";
import { reload } from "../../dossier/operations/shared";
import { insertAction } from "./add-action";
import { isoDate, loadGoalForWork, optionalText, planOfGoal, text } from "./shared";

export const RecordDoorbraakInput = z.object({
  goalId: targetId(),
  title: text(300, "Beschrijf wat er moet gebeuren"),
  description: optionalText(5_000, { multiline: true }),
  ownerOrganisationId: id("Kies een organisatie uit het team van deze casus"),
  ownerProfessionalId: id("Kies een professional die aan casussen werkt").nullish(),
  dueOn: isoDate,
  authority: text(300, "Noem waarop de doorbraak berust (bijvoorbeeld het mandaat van de gemeente)"),
  heard: z
    .array(text(200, "Noem wie er is gehoord"))
    .min(1, "Noem wie er is gehoord voordat de doorbraak werd besloten")
    .max(20, "Maximaal 20 namen"),
});

/**
 * A doorbraak (doorzettingsmacht): the procesregisseur of a case decides that something must happen, by whom
 * and by when, on a stated authority, after hearing those involved. It becomes an action under a goal of the
 * current plan, marked as doorbraak, with the same checks as any action (owner on the team and able to see
 * it under the family's consent); the owner organisation's team members and the casusregisseur are
 * notified; all in one transaction with its log entry and event. The procesregisseur does not otherwise edit
 * the plan ("niet op de stoel van de casusregisseur").
 */
export async function recordDoorbraak(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"ACTION">> {
  const input = parseInput(RecordDoorbraakInput, rawInput);
  const today = dutchDate(now);
  if (input.dueOn < today) throw AppError.badInput("input.dueOn", "Kies een datum vanaf vandaag");
  return changes.transaction(db, async (tx, record) => {
    const { goal, caseFacts } = await loadGoalForWork(tx, actor, input.goalId, now, "case.doorbraak");
    const plan = await planOfGoal(tx, goal);
    if (!plan || plan.status === "SUPERSEDED") {
      throw new AppError(
        "CONFLICT",
        "Dit doel hoort niet bij de huidige versie van het gezinsplan; kies een doel uit de huidige versie.",
      ).about(goal.caseId, [goal.id]);
    }
    const actionId = await insertAction(tx, record, {
      actor,
      now,
      goal,
      caseFacts,
      input: {
        ...input,
        status: "OPEN",
        statusReason: null,
        domain: null,
        dataClass: null,
        subjectPersonIds: null,
      },
      doorbraak: { authority: input.authority, heard: input.heard, decidedOn: today },
    });

    // Notified: the named professionals of the carrying organisation on the team, its named owner, and the
    // casusregisseur — not the procesregisseur who decided it.
    const members = await tx
      .select({ professionalId: tables.caseTeamMembers.professionalId })
      .from(tables.caseTeamMembers)
      .where(
        and(
          eq(tables.caseTeamMembers.caseId, goal.caseId),
          eq(tables.caseTeamMembers.organisationId, input.ownerOrganisationId),
          isNotNull(tables.caseTeamMembers.professionalId),
        ),
      );
    const recipients = new Set<string>(
      [
        ...members.map((m) => m.professionalId),
        input.ownerProfessionalId ?? null,
        caseFacts.casusregisseurId,
      ].filter((p): p is string => !!p && p !== actor.professionalId),
    );
    if (recipients.size > 0) {
      await tx.insert(tables.notifications).values(
        [...recipients].map((recipientProfessionalId) => ({
          recipientProfessionalId,
          caseId: goal.caseId,
          itemId: actionId,
          kind: "DOORBRAAK" as const,
        })),
      );
    }
    return reload(tx, actor, now, actionId, "ACTION");
  });
}
