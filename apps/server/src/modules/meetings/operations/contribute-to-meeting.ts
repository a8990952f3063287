import type { OperationContext } from "../../../operation";
import { z } from "zod";
import {
  AppError,
  CONTRIBUTION_KINDS,
  DATA_CLASSES,
  DOMAINS,
  LEGAL_BASES,
  ids,
  isPrematureContribution,
  meetingTakesContributions,
  parseInput,
  targetId,
  text,
} from "@regiehub/domain";
import { tables, type ItemOf } from "@regiehub/db";
import {
  caseFramework,
  defaultLegalBasis,
  insertItem,
  reload,
  requirePersonsOfCase,
} from "../../dossier/operations/shared";
import { authorizeMeeting } from "../access";

export const ContributeToMeetingInput = z.object({
  meetingId: targetId(),
  contributionKind: z.enum(CONTRIBUTION_KINDS),
  body: text({ max: 5_000, min: 2, multiline: true, required: "Schrijf uw bijdrage" }),
  domain: z.enum(DOMAINS),
  dataClass: z
    .enum(DATA_CLASSES)
    .nullish()
    .transform((v) => v ?? "GENERAL"),
  subjectPersonIds: ids("Kies personen uit deze casus")
    .max(50, "Maximaal 50 personen")
    .nullish()
    .transform((list) => [...new Set(list ?? [])]),
  legalBasis: z.enum(LEGAL_BASES).nullish(),
});

/**
 * A contribution to a meeting (its chair or a participating professional) as a dossier item of kind
 * CONTRIBUTION: its life domain, data class and persons decide who sees it, exactly as for every other item.
 * A judgement or proposal while the picture is still being formed is accepted and flagged (`premature`).
 */
export async function contributeToMeeting(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"CONTRIBUTION">> {
  const input = parseInput(ContributeToMeetingInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    // Locked: a contribution and a phase move or decision do not pass each other.
    const { meeting } = await authorizeMeeting(tx, actor, input.meetingId, "meeting.contribute", {
      forUpdate: true,
    });
    if (!meetingTakesContributions(meeting.decidedAt !== null)) {
      throw new AppError(
        "CONFLICT",
        "Het besluit van dit overleg is vastgelegd; het overleg is gesloten",
      ).about(meeting.caseId);
    }
    await requirePersonsOfCase(tx, meeting.caseId, input.subjectPersonIds, "input.subjectPersonIds");
    const legalBasis = input.legalBasis ?? defaultLegalBasis(await caseFramework(tx, meeting.caseId));
    const premature = isPrematureContribution(meeting.phase, input.contributionKind);
    const id = await insertItem(tx, actor, {
      caseId: meeting.caseId,
      kind: "CONTRIBUTION",
      domain: input.domain,
      dataClass: input.dataClass,
      subjectPersonIds: input.subjectPersonIds,
      legalBasis,
      sourceKind: "OWN_OBSERVATION",
    });
    await tx.insert(tables.meetingContributions).values({
      itemId: id,
      meetingId: meeting.id,
      contributionKind: input.contributionKind,
      body: input.body,
      phase: meeting.phase,
      premature,
    });
    record({
      kind: "ITEM_RECORDED",
      caseId: meeting.caseId,
      subjectPersonIds: input.subjectPersonIds,
      itemIds: [id],
      fields: [
        "MeetingContribution.contributionKind",
        "MeetingContribution.body",
        "MeetingContribution.phase",
        "MeetingContribution.premature",
      ],
      legalBasis,
    });
    return reload(tx, actor, now, id, "CONTRIBUTION");
  });
}
