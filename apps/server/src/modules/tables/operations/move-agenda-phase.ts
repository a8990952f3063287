import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import {
  AppError,
  MEETING_PHASES,
  MEETING_PHASE_LABELS,
  checkMeetingPhaseMove,
  meetingPhaseRefusalText,
  parseInput,
  targetId,
} from "@regiehub/domain";
import { tables } from "@regiehub/db";
import type { AgendaEntryModel } from "../../../graphql/models";
import { authorizeEntry, loadEntry } from "../access";

export const MoveAgendaPhaseInput = z.object({
  entryId: targetId(),
  phase: z.enum(MEETING_PHASES),
});

/**
 * Moves the table's discussion of a case one phase forward or back (the table's chair, while the case is open
 * on the agenda): the same phases as a case meeting, so the table too forms the picture before it judges.
 */
export async function moveAgendaPhase(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<AgendaEntryModel> {
  const input = parseInput(MoveAgendaPhaseInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    const loaded = await loadEntry(tx, input.entryId, now, { forUpdate: true });
    const { entry } = loaded;
    if (entry.decidedAt)
      throw new AppError("CONFLICT", meetingPhaseRefusalText("DECIDED", "AGENDA_ENTRY")).about(entry.caseId);
    authorizeEntry(actor, loaded, "agenda.decide");
    const refusal = checkMeetingPhaseMove(entry.phase, input.phase, false);
    if (refusal) throw AppError.badInput("input.phase", meetingPhaseRefusalText(refusal, "AGENDA_ENTRY"));
    const [moved] = await tx
      .update(tables.agendaEntries)
      .set({ phase: input.phase })
      .where(eq(tables.agendaEntries.id, entry.id))
      .returning();
    record({
      kind: "AGENDA_PHASE_MOVED",
      caseId: entry.caseId,
      subjectPersonIds: [],
      fields: ["AgendaEntry.phase"],
      legalBasis: entry.legalBasis,
      detail: `agenda entry ${entry.id}: ${MEETING_PHASE_LABELS[entry.phase]} → ${MEETING_PHASE_LABELS[input.phase]}`,
    });
    return { ...moved!, caseReference: loaded.caseReference };
  });
}
