import type { OperationContext } from "../../../operation";
import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  MIN_ATTENDING_CHILD_AGE,
  childMayAttend,
  ids,
  parseInput,
  targetId,
  text,
} from "@regiehub/domain";
import { tables, type MeetingRow } from "@regiehub/db";
import { isCaseWorker } from "@regiehub/policy";
import { authorizeCase } from "../../case/access";
import { isoDate } from "../../actions/operations/shared";

const PARTICIPANT = "Kies professionals van organisaties in het team van deze casus";
const CHAIR = "De voorzitter is een regisseur van deze casus";

export const PlanMeetingInput = z.object({
  caseId: targetId(),
  question: text({ max: 1_000, min: 5, multiline: true, required: "Formuleer de vraag van het overleg" }),
  heldOn: isoDate,
  chairProfessionalId: z.string().nullish(),
  participantProfessionalIds: ids(PARTICIPANT)
    .min(1, "Kies minstens één deelnemer")
    .max(40, "Maximaal 40 deelnemers")
    .transform((list) => [...new Set(list)]),
  familyPersonIds: ids("Kies personen uit deze casus")
    .max(20, "Maximaal 20 gezinsleden")
    .nullish()
    .transform((list) => [...new Set(list ?? [])]),
});

/**
 * Plans a meeting on a case (its directors): the question, the day, the chair (a director of the case, the
 * caller by default), the participating professionals (each of an organisation on the team, working on cases)
 * and the family members present (a child only from 12 on the day). It starts in the QUESTION phase.
 */
export async function planMeeting(
  { db, actor, changes, region }: OperationContext,
  rawInput: unknown,
): Promise<MeetingRow> {
  const input = parseInput(PlanMeetingInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    const caseFacts = await authorizeCase(tx, actor, input.caseId, "meeting.plan", region);
    const chairId = input.chairProfessionalId || actor.professionalId;
    const directors = [actor.professionalId, caseFacts.casusregisseurId, caseFacts.procesregisseurId];
    if (!directors.includes(chairId)) throw AppError.badInput("input.chairProfessionalId", CHAIR);

    const professionals = await tx
      .select({
        id: tables.professionals.id,
        organisationId: tables.professionals.organisationId,
        role: tables.professionals.role,
        apiClientId: tables.professionals.apiClientId,
      })
      .from(tables.professionals)
      .where(inArray(tables.professionals.id, input.participantProfessionalIds));
    const valid = professionals.filter(
      (p) => isCaseWorker(p) && caseFacts.teamOrganisationIds.includes(p.organisationId),
    );
    if (valid.length !== input.participantProfessionalIds.length) {
      throw AppError.badInput("input.participantProfessionalIds", PARTICIPANT);
    }

    if (input.familyPersonIds.length > 0) {
      const persons = await tx
        .select({
          id: tables.persons.id,
          householdRole: tables.persons.householdRole,
          birthDate: tables.persons.birthDate,
        })
        .from(tables.persons)
        .where(
          and(eq(tables.persons.caseId, input.caseId), inArray(tables.persons.id, input.familyPersonIds)),
        );
      if (persons.length !== input.familyPersonIds.length) {
        throw AppError.badInput("input.familyPersonIds", "Kies personen uit deze casus");
      }
      const tooYoung = persons.some(
        (p) => p.householdRole === "CHILD" && !childMayAttend(p.birthDate, input.heldOn),
      );
      if (tooYoung) {
        throw AppError.badInput(
          "input.familyPersonIds",
          `Kinderen kunnen bij het overleg zijn vanaf ${MIN_ATTENDING_CHILD_AGE} jaar (met bekende geboortedatum)`,
        );
      }
    }

    const [meeting] = await tx
      .insert(tables.meetings)
      .values({
        caseId: input.caseId,
        question: input.question,
        heldOn: input.heldOn,
        chairProfessionalId: chairId,
        plannedByProfessionalId: actor.professionalId,
      })
      .returning();
    await tx.insert(tables.meetingParticipants).values([
      ...input.participantProfessionalIds.map((professionalId) => ({
        meetingId: meeting!.id,
        professionalId,
      })),
      ...input.familyPersonIds.map((personId) => ({ meetingId: meeting!.id, personId })),
    ]);
    record({
      kind: "MEETING_PLANNED",
      caseId: input.caseId,
      subjectPersonIds: input.familyPersonIds,
      fields: ["Meeting.question", "Meeting.heldOn", "Meeting.chair", "Meeting.participants"],
      legalBasis: "LEGAL_TASK",
      detail: `meeting ${meeting!.id} on ${input.heldOn}`,
    });
    return meeting!;
  });
}
