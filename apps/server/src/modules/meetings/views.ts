import DataLoader from "dataloader";
import { desc, eq, inArray } from "drizzle-orm";
import {
  findItems,
  isCoveredItemOf,
  listItems,
  tables,
  type ItemOf,
  type MeetingParticipantRow,
} from "@regiehub/db";
import { itemScope } from "@regiehub/policy";
import { requireActor, type Context } from "../../graphql/context";

// What the meeting types read, batched per request. Contributions are read through the item path with the
// viewer's scope (the consent rule in SQL): a contribution outside it never leaves the database.

interface MeetingLoaders {
  participants: DataLoader<string, MeetingParticipantRow[]>;
  contributionsByCase: DataLoader<string, ItemOf<"CONTRIBUTION">[]>;
}

const perRequest = new WeakMap<Context, MeetingLoaders>();

function loaders(ctx: Context): MeetingLoaders {
  let found = perRequest.get(ctx);
  if (!found) {
    const scope = itemScope(requireActor(ctx), ctx.now);
    found = {
      participants: new DataLoader(async (meetingIds) => {
        const rows = await ctx.db
          .select()
          .from(tables.meetingParticipants)
          .where(inArray(tables.meetingParticipants.meetingId, [...meetingIds]));
        return meetingIds.map((id) => rows.filter((r) => r.meetingId === id));
      }),
      contributionsByCase: new DataLoader(async (caseIds) =>
        Promise.all(caseIds.map((caseId) => listItems(ctx.db, scope, { caseId, kinds: ["CONTRIBUTION"] }))),
      ),
    };
    perRequest.set(ctx, found);
  }
  return found;
}

export function participantsOf(ctx: Context, meetingId: string): Promise<MeetingParticipantRow[]> {
  return loaders(ctx).participants.load(meetingId);
}

/** The contributions to a meeting that the viewer's scope covers, oldest first. */
export async function visibleContributions(
  ctx: Context,
  meeting: { id: string; caseId: string },
): Promise<ItemOf<"CONTRIBUTION">[]> {
  const items = await loaders(ctx).contributionsByCase.load(meeting.caseId);
  return items.filter(
    (item) => isCoveredItemOf(item, "CONTRIBUTION") && item.content.meetingId === meeting.id,
  );
}

export function meetingsOfCase(ctx: Context, caseId: string) {
  return ctx.db
    .select()
    .from(tables.meetings)
    .where(eq(tables.meetings.caseId, caseId))
    .orderBy(desc(tables.meetings.heldOn), desc(tables.meetings.createdAt));
}

/** The actions a decision put in the plan that the viewer may see (their content is covered). */
export async function visibleDecisionActions(ctx: Context, meetingId: string): Promise<ItemOf<"ACTION">[]> {
  const links = await ctx.db
    .select({ id: tables.meetingDecisionActions.actionItemId })
    .from(tables.meetingDecisionActions)
    .where(eq(tables.meetingDecisionActions.meetingId, meetingId));
  const scope = itemScope(requireActor(ctx), ctx.now);
  const found = await findItems(
    ctx.db,
    scope,
    links.map((l) => l.id),
    "ACTION",
  );
  return found.filter((a) => a.covered);
}
