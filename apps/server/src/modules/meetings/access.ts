import { asc, eq } from "drizzle-orm";
import { AppError, isUuid, type Actor } from "@regiehub/domain";
import {
  tables,
  type CaseAccessFacts,
  type Executor,
  type MeetingParticipantRow,
  type MeetingRow,
} from "@regiehub/db";
import { can, type MeetingResource, type MeetingRuleAction } from "@regiehub/policy";
import type { RegionSettings } from "../../config";
import { authorizeCase, enforce } from "../case/access";

// Meetings are decided over their case (case.read: whoever may not read the case learns nothing of its
// meetings, NOT_FOUND) and then over the meeting itself (chair, participant) by the policy's meeting rules.

export interface LoadedMeeting {
  meeting: MeetingRow;
  participants: MeetingParticipantRow[];
  caseFacts: CaseAccessFacts;
}

/** The policy's view of a meeting: its chair and participating professionals. */
export function meetingResource(
  meeting: MeetingRow,
  participants: readonly MeetingParticipantRow[],
): MeetingResource {
  return {
    chairProfessionalId: meeting.chairProfessionalId,
    participantProfessionalIds: participants.flatMap((p) => (p.professionalId ? [p.professionalId] : [])),
  };
}

export async function loadParticipants(db: Executor, meetingId: string): Promise<MeetingParticipantRow[]> {
  return db
    .select()
    .from(tables.meetingParticipants)
    .where(eq(tables.meetingParticipants.meetingId, meetingId))
    .orderBy(asc(tables.meetingParticipants.id));
}

/**
 * Loads a meeting (locked for a change when `forUpdate`) whose case the actor may read (`case.read`). A meeting
 * that does not exist, or whose case the actor may not read, is NOT_FOUND.
 */
export async function loadReadableMeeting(
  tx: Executor,
  actor: Actor,
  meetingId: string,
  { forUpdate = false, region }: { forUpdate?: boolean; region?: RegionSettings } = {},
): Promise<LoadedMeeting> {
  if (!isUuid(meetingId)) throw AppError.notFound("Meeting");
  const query = tx.select().from(tables.meetings).where(eq(tables.meetings.id, meetingId));
  const [meeting] = forUpdate ? await query.for("update") : await query;
  if (!meeting) throw AppError.notFound("Meeting");
  let caseFacts: CaseAccessFacts;
  try {
    caseFacts = await authorizeCase(tx, actor, meeting.caseId, "case.read", region);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      throw AppError.notFound("Meeting").about(meeting.caseId);
    }
    throw error;
  }
  return { meeting, participants: await loadParticipants(tx, meeting.id), caseFacts };
}

/**
 * Loads a meeting as `loadReadableMeeting` does and asserts the actor may perform `action` in it: a visible
 * meeting with an action the actor may not perform is FORBIDDEN.
 */
export async function authorizeMeeting(
  tx: Executor,
  actor: Actor,
  meetingId: string,
  action: MeetingRuleAction,
  options: { forUpdate?: boolean; region?: RegionSettings } = {},
): Promise<LoadedMeeting> {
  const loaded = await loadReadableMeeting(tx, actor, meetingId, options);
  const { meeting, participants, caseFacts } = loaded;
  enforce(actor, can(actor, action, caseFacts, meetingResource(meeting, participants)), () =>
    new AppError(
      "FORBIDDEN",
      action === "meeting.contribute"
        ? "Alleen de voorzitter en de deelnemers aan dit overleg kunnen een bijdrage leveren"
        : "Alleen de voorzitter van dit overleg kan dit doen",
    ).about(meeting.caseId),
  );
  return loaded;
}

/** Bumps a meeting's version: CONFLICT when `version` is stale. */
export function requireMeetingVersion(meeting: MeetingRow, version: number): void {
  if (meeting.version !== version) {
    throw new AppError("CONFLICT", "Het overleg is intussen gewijzigd; laad het opnieuw").about(
      meeting.caseId,
    );
  }
}
