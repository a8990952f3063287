import { and, asc, desc, eq, gte, inArray, or } from "drizzle-orm";
import { AppError, allowedMeetingPhaseMoves, dutchDate } from "@regiehub/domain";
import { tables } from "@regiehub/db";
import { authorize, can } from "@regiehub/policy";
import { noteChecked } from "../../checked-actions";
import { operation, professionalOrNull, requireActor, type Context } from "../../graphql/context";
import type { Resolvers } from "../../graphql/generated/resolvers";
import type { AgendaEntryModel } from "../../graphql/models";
import { agendaResource } from "./access";
import { moveAgendaPhase } from "./operations/move-agenda-phase";
import { planTableSession } from "./operations/plan-table-session";
import { putCaseOnAgenda } from "./operations/put-case-on-agenda";
import { recordAgendaOutcome } from "./operations/record-agenda-outcome";
import { listTableOutcomeNotices, markTableOutcomeNoticeRead } from "./operations/table-outcome-notices";

// Table sessions: `mySessions` lists the sessions of the tables the viewer sits on (the data scope of
// tableSession.listOwn); each agenda entry's preparation summary is released per entry by the agenda rules
// (table members only while it is open), every released read logged against its case.

const SESSIONS_SINCE_DAYS = 90;

async function entriesOf(ctx: Context, where: ReturnType<typeof eq>): Promise<AgendaEntryModel[]> {
  const rows = await ctx.db
    .select({ entry: tables.agendaEntries, caseReference: tables.cases.reference })
    .from(tables.agendaEntries)
    .innerJoin(tables.cases, eq(tables.cases.id, tables.agendaEntries.caseId))
    .where(where)
    .orderBy(asc(tables.agendaEntries.placedAt));
  return rows.map((r) => ({ ...r.entry, caseReference: r.caseReference }));
}

/**
 * The policy's view of a listed entry — its case's facts, its table's chair and members, whether it is open —
 * from the request's loaders: one statement per kind for all entries of a page, whichever field asks first.
 */
async function entryAccess(ctx: Context, e: AgendaEntryModel) {
  const session = await ctx.loaders.tableSession.load(e.sessionId);
  if (!session) throw AppError.notFound("AgendaEntry");
  const [table, memberIds, caseFacts] = await Promise.all([
    ctx.loaders.escalationTable.load(session.tableId),
    ctx.loaders.tableMemberIds.load(session.tableId),
    ctx.loaders.caseFacts.load(e.caseId),
  ]);
  if (!table || !caseFacts) throw AppError.notFound("AgendaEntry");
  return { caseFacts, resource: agendaResource(e, table, memberIds, ctx.now) };
}

/** What the viewer may do with an entry, from the agenda rules. */
async function entryActions(ctx: Context, e: AgendaEntryModel) {
  const loaded = await entryAccess(ctx, e);
  const actor = requireActor(ctx);
  const actions: ("READ_PREPARATION" | "DECIDE")[] = [];
  if (can(actor, "agenda.readPreparation", loaded.caseFacts, loaded.resource).allowed)
    actions.push("READ_PREPARATION");
  if (!e.decidedAt && can(actor, "agenda.decide", loaded.caseFacts, loaded.resource).allowed)
    actions.push("DECIDE");
  return actions;
}

export const tableResolvers: Resolvers = {
  Query: {
    myTableOutcomeNotices: (_root, args, ctx) => listTableOutcomeNotices(operation(ctx), args),
    mySessions: async (_root, _args, ctx) => {
      const actor = requireActor(ctx);
      noteChecked(actor, "tableSession.listOwn");
      authorize(actor, "tableSession.listOwn");
      const since = dutchDate(new Date(ctx.now.getTime() - SESSIONS_SINCE_DAYS * 86_400_000));
      const mine = ctx.db
        .select({ id: tables.escalationTableMembers.tableId })
        .from(tables.escalationTableMembers)
        .where(eq(tables.escalationTableMembers.professionalId, actor.professionalId));
      const chaired = ctx.db
        .select({ id: tables.escalationTables.id })
        .from(tables.escalationTables)
        .where(eq(tables.escalationTables.chairProfessionalId, actor.professionalId));
      // A session stays while recent, and while an outcome of it waits for its next review ("de afloop").
      const awaitingReview = ctx.db
        .select({ id: tables.agendaEntries.sessionId })
        .from(tables.agendaEntries)
        .where(gte(tables.agendaEntries.nextReviewOn, dutchDate(ctx.now)));
      return ctx.db
        .select()
        .from(tables.tableSessions)
        .where(
          and(
            or(gte(tables.tableSessions.heldOn, since), inArray(tables.tableSessions.id, awaitingReview)),
            or(inArray(tables.tableSessions.tableId, mine), inArray(tables.tableSessions.tableId, chaired)),
          ),
        )
        .orderBy(desc(tables.tableSessions.heldOn));
    },
  },
  Mutation: {
    moveAgendaPhase: (_root, { input }, ctx) => moveAgendaPhase(operation(ctx), input),
    markTableOutcomeNoticeRead: (_root, { id }, ctx) => markTableOutcomeNoticeRead(operation(ctx), id),
    planTableSession: (_root, { input }, ctx) => planTableSession(operation(ctx), input),
    putCaseOnAgenda: (_root, { input }, ctx) => putCaseOnAgenda(operation(ctx), input),
    recordAgendaOutcome: (_root, { input }, ctx) => recordAgendaOutcome(operation(ctx), input),
  },
  Case: {
    agendaEntries: async (c, _args, ctx) =>
      (await entriesOf(ctx, eq(tables.agendaEntries.caseId, c.id))).reverse(),
  },
  TableSession: {
    table: async (s, _args, ctx) => {
      const table = await ctx.loaders.escalationTable.load(s.tableId);
      if (!table) throw AppError.notFound("EscalationTable");
      return table;
    },
    agenda: (s, _args, ctx) => entriesOf(ctx, eq(tables.agendaEntries.sessionId, s.id)),
    members: async (s, _args, ctx) => {
      const table = await ctx.loaders.escalationTable.load(s.tableId);
      const ids = [table?.chairProfessionalId, ...(await ctx.loaders.tableMemberIds.load(s.tableId))];
      const people = await Promise.all(ids.map((id) => professionalOrNull(ctx, id ?? null)));
      const [chair, ...members] = people;
      return [
        ...(chair ? [chair] : []),
        ...members
          .filter((p): p is NonNullable<typeof p> => p !== null && p.id !== chair?.id)
          .sort((a, b) => a.name.localeCompare(b.name, "nl")),
      ];
    },
  },
  AgendaEntry: {
    placedBy: async (e, _args, ctx) => {
      const p = await professionalOrNull(ctx, e.placedByProfessionalId);
      if (!p) throw AppError.notFound("Professional");
      return p;
    },
    carriedBy: (e, _args, ctx) => professionalOrNull(ctx, e.carriedByProfessionalId),
    present: async (e, _args, ctx) =>
      (await Promise.all(e.presentProfessionalIds.map((id) => professionalOrNull(ctx, id)))).filter(
        (p): p is NonNullable<typeof p> => p !== null,
      ),
    preparationSummary: async (e, _args, ctx) => {
      const actor = requireActor(ctx);
      const loaded = await entryAccess(ctx, e);
      noteChecked(actor, "agenda.readPreparation");
      if (!can(actor, "agenda.readPreparation", loaded.caseFacts, loaded.resource).allowed) {
        throw new AppError(
          "CONSENT_REQUIRED",
          "The preparation summary is for the table only while the case is on its agenda",
        ).about(e.caseId);
      }
      ctx.audit.read({
        caseId: e.caseId,
        subjectPersonIds: [],
        fields: ["AgendaEntry.preparationSummary"],
        legalBasis: e.legalBasis,
      });
      return e.preparationSummary;
    },
    viewerCan: (e, _args, ctx) => entryActions(ctx, e),
    allowedPhaseMoves: async (e, _args, ctx) =>
      (await entryActions(ctx, e)).includes("DECIDE") ? [...allowedMeetingPhaseMoves(e.phase)] : [],
  },
  TableOutcomeNotice: {
    entry: (n) => n.entry,
    table: async (n, _args, ctx) => {
      const table = await ctx.loaders.escalationTable.load(n.tableId);
      if (!table) throw AppError.notFound("EscalationTable");
      return table;
    },
    message: (n) => `${n.tableName} heeft besloten over casus ${n.entry.caseReference}`,
  },
};
