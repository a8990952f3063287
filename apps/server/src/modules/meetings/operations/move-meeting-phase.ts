import type { OperationContext } from "../../../operation";
import { eq, sql } from "drizzle-orm";
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
import { tables, type MeetingRow } from "@regiehub/db";
import { authorizeMeeting, requireMeetingVersion } from "../access";

export const MoveMeetingPhaseInput = z.object({
  meetingId: targetId(),
  version: z.number().int().min(1),
  phase: z.enum(MEETING_PHASES),
});

/** Moves a meeting one phase forward or back (its chair); a decided meeting is closed. */
export async function moveMeetingPhase(
  { db, actor, changes }: OperationContext,
  rawInput: unknown,
): Promise<MeetingRow> {
  const input = parseInput(MoveMeetingPhaseInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    const { meeting } = await authorizeMeeting(tx, actor, input.meetingId, "meeting.chair", {
      forUpdate: true,
    });
    requireMeetingVersion(meeting, input.version);
    const refusal = checkMeetingPhaseMove(meeting.phase, input.phase, meeting.decidedAt !== null);
    if (refusal === "DECIDED")
      throw new AppError("CONFLICT", meetingPhaseRefusalText("DECIDED", "MEETING")).about(meeting.caseId);
    if (refusal) throw AppError.badInput("input.phase", meetingPhaseRefusalText(refusal, "MEETING"));
    const [moved] = await tx
      .update(tables.meetings)
      .set({ phase: input.phase, version: sql`${tables.meetings.version} + 1`, updatedAt: new Date() })
      .where(eq(tables.meetings.id, meeting.id))
      .returning();
    record({
      kind: "MEETING_PHASE_MOVED",
      caseId: meeting.caseId,
      subjectPersonIds: [],
      fields: ["Meeting.phase"],
      legalBasis: "LEGAL_TASK",
      detail: `meeting ${meeting.id}: ${MEETING_PHASE_LABELS[meeting.phase]} → ${MEETING_PHASE_LABELS[input.phase]}`,
    });
    return moved!;
  });
}
