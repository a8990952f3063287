import { eq } from "drizzle-orm";
import { AppError, allowedMeetingPhaseMoves, tallyContributions } from "@regiehub/domain";
import { tables } from "@regiehub/db";
import { viewerMeetingActions } from "@regiehub/policy";
import { operation, professionalOrNull, requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import type { MeetingModel } from "../../graphql/models";
import { content } from "../dossier/access";
import { itemFields } from "../dossier/item-fields";
import { loadReadableMeeting, meetingResource } from "./access";
import { meetingMinutes } from "./operations/meeting-minutes";
import { contributeToMeeting } from "./operations/contribute-to-meeting";
import { moveMeetingPhase } from "./operations/move-meeting-phase";
import { planMeeting } from "./operations/plan-meeting";
import { recordMeetingDecision } from "./operations/record-meeting-decision";
import { meetingsOfCase, participantsOf, visibleContributions, visibleDecisionActions } from "./views";

// Meetings (overleg): the meeting is process information of its case — whoever may read the case (the Case
// resolver, or Query.meeting through case.read) sees question, date, chair, participants and phase. Each
// contribution is a dossier item: every content field goes through `content()` (consent and the log).

async function required<T>(value: Promise<T | null | undefined> | T | null | undefined, what: string) {
  const found = await value;
  if (!found) throw AppError.notFound(what);
  return found;
}

/** The viewer's relation to a meeting, for `viewerCan` and `allowedPhaseMoves`. */
async function viewerActions(ctx: Context, m: MeetingModel) {
  if (m.decidedAt !== null) return [];
  const facts = await ctx.loaders.caseFacts.load(m.caseId);
  if (!facts) return [];
  return viewerMeetingActions(requireActor(ctx), facts, meetingResource(m, await participantsOf(ctx, m.id)));
}

export const meetingResolvers: Resolvers = {
  Query: {
    meeting: async (_root, { id }, ctx) => {
      const { meeting } = await loadReadableMeeting(ctx.db, requireActor(ctx), id);
      ctx.audit.read({
        caseId: meeting.caseId,
        subjectPersonIds: [],
        fields: ["Meeting.question", "Meeting.phase", "Meeting.participants"],
        legalBasis: "LEGAL_TASK",
      });
      return meeting;
    },
    meetingMinutes: (_root, { meetingId, audience }, ctx) => meetingMinutes(ctx, meetingId, audience),
  },
  Mutation: {
    planMeeting: (_root, { input }, ctx) => planMeeting(operation(ctx), input),
    moveMeetingPhase: (_root, { input }, ctx) => moveMeetingPhase(operation(ctx), input),
    contributeToMeeting: (_root, { input }, ctx) => contributeToMeeting(operation(ctx), input),
    recordMeetingDecision: (_root, { input }, ctx) => recordMeetingDecision(operation(ctx), input),
  },
  Case: {
    meetings: (c, _args, ctx) => meetingsOfCase(ctx, c.id),
  },
  Meeting: {
    chair: (m, _args, ctx) => required(professionalOrNull(ctx, m.chairProfessionalId), "Professional"),
    participants: async (m, _args, ctx) =>
      (await participantsOf(ctx, m.id)).map((p) => ({ ...p, caseId: m.caseId })),
    contributions: (m, _args, ctx) => visibleContributions(ctx, m),
    summary: async (m, _args, ctx) =>
      tallyContributions(
        (await visibleContributions(ctx, m)).map((c) => ({
          kind: c.content!.contributionKind,
          premature: c.content!.premature,
        })),
      ),
    decision: async (m, _args, ctx) => {
      const [row] = await ctx.db
        .select()
        .from(tables.meetingDecisions)
        .where(eq(tables.meetingDecisions.meetingId, m.id));
      return row ? { ...row, caseId: m.caseId } : null;
    },
    allowedPhaseMoves: async (m, _args, ctx) =>
      (await viewerActions(ctx, m)).includes("CHAIR") ? [...allowedMeetingPhaseMoves(m.phase)] : [],
    viewerCan: (m, _args, ctx) => viewerActions(ctx, m),
  },
  MeetingParticipant: {
    professional: (p, _args, ctx) => professionalOrNull(ctx, p.professionalId),
    person: async (p, _args, ctx) =>
      p.personId
        ? ((await ctx.loaders.personsByCase.load(p.caseId)).find((person) => person.id === p.personId) ??
          null)
        : null,
  },
  MeetingDecision: {
    presentProfessionals: async (d, _args, ctx) =>
      (await Promise.all(d.presentProfessionalIds.map((id) => professionalOrNull(ctx, id)))).filter(
        (p) => p !== null,
      ),
    presentPersons: async (d, _args, ctx) =>
      (await ctx.loaders.personsByCase.load(d.caseId)).filter((p) => d.presentPersonIds.includes(p.id)),
    decidedBy: (d, _args, ctx) =>
      required(professionalOrNull(ctx, d.decidedByProfessionalId), "Professional"),
    actions: (d, _args, ctx) => visibleDecisionActions(ctx, d.meetingId),
  },
  MeetingContribution: {
    ...itemFields("MeetingContribution"),
    meetingId: (r, _a, ctx) => content(ctx, r, "MeetingContribution.meetingId", (c) => c.meetingId),
    contributionKind: (r, _a, ctx) =>
      content(ctx, r, "MeetingContribution.contributionKind", (c) => c.contributionKind),
    body: (r, _a, ctx) => content(ctx, r, "MeetingContribution.body", (c) => c.body),
    phase: (r, _a, ctx) => content(ctx, r, "MeetingContribution.phase", (c) => c.phase),
    premature: (r, _a, ctx) => content(ctx, r, "MeetingContribution.premature", (c) => c.premature),
  },
};
