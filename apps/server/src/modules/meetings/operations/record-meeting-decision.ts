import type { OperationContext } from "../../../operation";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { AppError, id, ids, meetingTakesDecision, parseInput, targetId, text } from "@regiehub/domain";
import { tables, type MeetingRow } from "@regiehub/db";
import { insertAction } from "../../actions/operations/add-action";
import { isoDate, loadGoalForWork } from "../../actions/operations/shared";
import { authorizeMeeting, requireMeetingVersion } from "../access";

export const MeetingDecisionActionInput = z.object({
  goalId: targetId(),
  title: text({ max: 300, min: 3, required: "Beschrijf wat er moet gebeuren" }),
  ownerOrganisationId: id("Kies een organisatie uit het team van deze casus"),
  ownerProfessionalId: id("Kies een professional die aan casussen werkt").nullish(),
  dueOn: isoDate.nullish(),
});

export const RecordMeetingDecisionInput = z.object({
  meetingId: targetId(),
  version: z.number().int().min(1),
  decision: text({ max: 5_000, min: 5, multiline: true, required: "Beschrijf het besluit" }),
  presentProfessionalIds: ids("Kies deelnemers van dit overleg")
    .nullish()
    .transform((list) => (list ? [...new Set(list)] : null)),
  presentPersonIds: ids("Kies gezinsleden die bij dit overleg waren")
    .nullish()
    .transform((list) => (list ? [...new Set(list)] : null)),
  actions: z.array(MeetingDecisionActionInput).max(20, "Maximaal 20 acties per besluit").nullish(),
});

/** An error of one action of the decision, at `input.actions.<i>.<field>` instead of `input.<field>`. */
function atAction(error: unknown, index: number): unknown {
  if (!(error instanceof AppError) || error.code !== "BAD_USER_INPUT") return error;
  const moved = new AppError(
    error.code,
    error.message,
    error.fieldErrors.map((f) => ({ ...f, path: f.path.replace(/^input\./, `input.actions.${index}.`) })),
  );
  if (error.caseId) moved.about(error.caseId, error.itemIds);
  return moved;
}

/**
 * Records the decision that closes a meeting (its chair, in the DECISION phase): what was decided and who was
 * there, and in the same step the actions it puts in the current plan — each checked as `addAction` checks it
 * (a goal of this case's plan, an owner on the team who can see it under consent), linked to the meeting.
 * All or nothing: one refused action leaves no decision.
 */
export async function recordMeetingDecision(
  { db, actor, changes, now, region }: OperationContext,
  rawInput: unknown,
): Promise<MeetingRow> {
  const input = parseInput(RecordMeetingDecisionInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    const { meeting, participants } = await authorizeMeeting(tx, actor, input.meetingId, "meeting.chair", {
      forUpdate: true,
      region,
    });
    requireMeetingVersion(meeting, input.version);
    if (meeting.decidedAt !== null) {
      throw new AppError("CONFLICT", "Het besluit van dit overleg is al vastgelegd").about(meeting.caseId);
    }
    if (!meetingTakesDecision(meeting.phase, false)) {
      throw AppError.badInput(
        "input.meetingId",
        "Een besluit volgt op de oordeelsvorming: zet het overleg eerst in de fase besluitvorming",
      );
    }
    const invitedProfessionals = participants.flatMap((p) => (p.professionalId ? [p.professionalId] : []));
    const invitedPersons = participants.flatMap((p) => (p.personId ? [p.personId] : []));
    const presentProfessionals = input.presentProfessionalIds ?? [
      ...new Set([meeting.chairProfessionalId, ...invitedProfessionals]),
    ];
    const allowedProfessionals = new Set([meeting.chairProfessionalId, ...invitedProfessionals]);
    if (presentProfessionals.some((p) => !allowedProfessionals.has(p))) {
      throw AppError.badInput("input.presentProfessionalIds", "Kies deelnemers van dit overleg");
    }
    const presentPersons = input.presentPersonIds ?? invitedPersons;
    if (presentPersons.some((p) => !invitedPersons.includes(p))) {
      throw AppError.badInput("input.presentPersonIds", "Kies gezinsleden die bij dit overleg waren");
    }

    const actionIds: string[] = [];
    for (const [index, action] of (input.actions ?? []).entries()) {
      try {
        const { goal, caseFacts } = await loadGoalForWork(tx, actor, action.goalId, now, "plan.work", region);
        if (goal.caseId !== meeting.caseId) {
          throw AppError.badInput("input.goalId", "Kies een doel uit het plan van deze casus");
        }
        actionIds.push(
          await insertAction(tx, record, {
            actor,
            now,
            goal,
            caseFacts,
            input: {
              title: action.title,
              description: `Besluit van het overleg van ${meeting.heldOn}: ${input.decision}`.slice(0, 5_000),
              ownerOrganisationId: action.ownerOrganisationId,
              ownerProfessionalId: action.ownerProfessionalId ?? null,
              dueOn: action.dueOn ?? null,
              status: "OPEN",
              statusReason: null,
              domain: null,
              dataClass: null,
              subjectPersonIds: null,
            },
          }),
        );
      } catch (error) {
        throw atAction(error, index);
      }
    }

    await tx.insert(tables.meetingDecisions).values({
      meetingId: meeting.id,
      decision: input.decision,
      presentProfessionalIds: presentProfessionals,
      presentPersonIds: presentPersons,
      decidedByProfessionalId: actor.professionalId,
      decidedAt: now,
    });
    if (actionIds.length > 0) {
      await tx
        .insert(tables.meetingDecisionActions)
        .values(actionIds.map((actionItemId) => ({ meetingId: meeting.id, actionItemId })));
    }
    const [decided] = await tx
      .update(tables.meetings)
      .set({ decidedAt: now, version: sql`${tables.meetings.version} + 1`, updatedAt: now })
      .where(eq(tables.meetings.id, meeting.id))
      .returning();
    record({
      kind: "MEETING_DECIDED",
      caseId: meeting.caseId,
      subjectPersonIds: presentPersons,
      fields: ["Meeting.decision", "Meeting.decidedAt"],
      legalBasis: "LEGAL_TASK",
      detail: `meeting ${meeting.id}: decision with ${actionIds.length} action(s)`,
    });
    return decided!;
  });
}
