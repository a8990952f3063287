import DataLoader from "dataloader";
import { and, eq } from "drizzle-orm";
import { calendarDate, isActionOverdue } from "@regiehub/domain";
import { isCoveredItemOf, listItems, tables, type CoveredItem, type ItemRecord } from "@regiehub/db";
import { itemScope } from "@regiehub/policy";
import { requireActor, type Context } from "../../graphql/context";
import { accessOf } from "../dossier/access";
import type { Lookup } from "../reads";

// The work of a case as the viewer may see it: actions, results and referrals (one SQL statement per case and
// request), and the lineage of its goals (structure, no content) to follow a goal across plan versions.

export interface CaseWork {
  actions: CoveredItem<"ACTION">[];
  results: CoveredItem<"RESULT">[];
  referrals: CoveredItem<"REFERRAL">[];
}

interface WorkLoaders {
  work: DataLoader<string, CaseWork>;
  lineages: DataLoader<string, Map<string, string[]>>;
}

// Keyed by the request's loaders: a root field's resolver gets a context of its own (graphql/guard.ts).
const perRequest = new WeakMap<Context["loaders"], WorkLoaders>();

function loaders(ctx: Context): WorkLoaders {
  let l = perRequest.get(ctx.loaders);
  if (l) return l;
  const scope = itemScope(requireActor(ctx), ctx.now);
  l = {
    work: new DataLoader(
      (caseIds) =>
        Promise.all(
          caseIds.map(async (caseId) => {
            const records = await listItems(ctx.db, scope, {
              caseId,
              kinds: ["ACTION", "RESULT", "REFERRAL"],
            });
            // Only what both the SQL and the policy let the viewer see (content() would refuse the rest).
            const visible: ItemRecord[] = [];
            for (const r of records) if ((await accessOf(ctx, r)).allowed) visible.push(r);
            return {
              actions: visible.filter((r) => isCoveredItemOf(r, "ACTION")),
              results: visible.filter((r) => isCoveredItemOf(r, "RESULT")),
              referrals: visible.filter((r) => isCoveredItemOf(r, "REFERRAL")),
            };
          }),
        ),
      { batch: false },
    ),
    lineages: new DataLoader(
      (caseIds) =>
        Promise.all(
          caseIds.map(async (caseId) => {
            const rows = await ctx.db
              .select({ goalId: tables.goals.itemId, lineageId: tables.goals.lineageId })
              .from(tables.goals)
              .innerJoin(tables.dossierItems, eq(tables.dossierItems.id, tables.goals.itemId))
              .where(and(eq(tables.dossierItems.caseId, caseId), eq(tables.dossierItems.kind, "GOAL")));
            const byLineage = new Map<string, string[]>();
            for (const r of rows)
              byLineage.set(r.lineageId, [...(byLineage.get(r.lineageId) ?? []), r.goalId]);
            return byLineage;
          }),
        ),
      { batch: false },
    ),
  };
  perRequest.set(ctx.loaders, l);
  return l;
}

/** The actions, results and referrals of a case the viewer may see (oldest first). */
export const caseWork = (ctx: Context, caseId: string) => loaders(ctx).work.load(caseId);

/** The same, as the request's lookup (for the read operations). */
export const caseWorkLookup = (ctx: Context): Lookup<CaseWork> => loaders(ctx).work;

/** Ids of every goal of the same lineage (the same goal in every plan version). */
export async function goalsOfLineage(ctx: Context, caseId: string, lineageId: string): Promise<string[]> {
  return (await loaders(ctx).lineages.load(caseId)).get(lineageId) ?? [];
}

/** Overdue first, then by due date (without a due date last), then oldest first. */
export function sortActions(actions: readonly CoveredItem<"ACTION">[], now: Date): CoveredItem<"ACTION">[] {
  const key = (r: CoveredItem<"ACTION">) => ({
    overdue: isActionOverdue(r.content, now),
    due: r.content.dueOn,
  });
  return actions
    .map((r, i) => ({ r, i, ...key(r) }))
    .sort((a, b) => {
      if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
      if (a.due !== b.due) {
        if (a.due === null) return 1;
        if (b.due === null) return -1;
        return a.due < b.due ? -1 : 1;
      }
      return a.i - b.i;
    })
    .map((x) => x.r);
}

/** Results by measurement date, oldest first (recorded order within a day). */
export function sortResults(results: readonly CoveredItem<"RESULT">[]): CoveredItem<"RESULT">[] {
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = a.r.content.measuredOn;
      const y = b.r.content.measuredOn;
      return x === y ? a.i - b.i : x < y ? -1 : 1;
    })
    .map((x) => x.r);
}

/** Whether a referral runs on `now`'s calendar date in the Netherlands. */
export function referralRunsOn(r: CoveredItem<"REFERRAL">, now: Date): boolean {
  const today = calendarDate(now);
  const ref = r.content;
  return ref.startsOn <= today && (ref.endsOn === null || ref.endsOn >= today);
}
