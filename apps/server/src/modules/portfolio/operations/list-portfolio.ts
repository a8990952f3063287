import { z } from "zod";
import {
  CASE_FRAMEWORKS,
  CASE_PHASES,
  DEFAULT_PORTFOLIO_SETTINGS,
  connection,
  dutchDate,
  id,
  pageArgs,
  parseInput,
  plain,
  comparePortfolioCases,
  portfolioEntry,
  type Connection,
  type PortfolioEntry,
} from "@regiehub/domain";
import {
  loadPortfolioFactsOf,
  loadPortfolioKeys,
  type PortfolioQuery,
  type PortfolioRow,
} from "@regiehub/db";
import { caseScope } from "@regiehub/policy";
import type { OperationContext } from "../../../operation";
import { portfolioCache, type CachedPortfolioCase } from "../facts-cache";

// The viewer's portfolio: the facts of every case they direct, the signals and the urgency order computed by
// packages/domain/src/portfolio, the derived filters, then the page. The facts come from one statement for the
// cases whose facts changed since the hub last computed them (facts-cache.ts) and one cheap statement for the
// versions of all — two statements at most, whatever the page size or the number of cases. The order is computed
// over the whole portfolio, so the cursor is a position in it (a case whose signals change between two pages
// may move; the live events say when).

const ORDERS = ["URGENCY", "WEEKS_IN_PHASE", "LAST_ACTIVITY", "BUDGET_USE"] as const;

const decodeOffset = (cursor: string): number | undefined => {
  const match = /^p:(\d{1,6})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? Number(match[1]) : undefined;
};
const encodeOffset = (offset: number) => Buffer.from(`p:${offset}`, "utf8").toString("base64url");

export const ListPortfolioInput = z.object({
  ...pageArgs(50, decodeOffset),
  orderBy: z.enum(ORDERS).nullish(),
  filter: z
    .object({
      phases: z.array(z.enum(CASE_PHASES)).nullish(),
      frameworks: z.array(z.enum(CASE_FRAMEWORKS)).nullish(),
      stalled: z.boolean().nullish(),
      overdue: z.boolean().nullish(),
      escalated: z.boolean().nullish(),
      overBudget: z.boolean().nullish(),
      municipality: plain().nullish(),
      casusregisseurId: id("Onbekende casusregisseur").nullish(),
      organisationId: id("Onbekende organisatie").nullish(),
    })
    .nullish(),
});

export interface PortfolioItem extends PortfolioEntry {
  row: PortfolioRow;
}

export interface Portfolio extends Connection<PortfolioItem> {
  totalCount: number;
}

export async function listPortfolio(ctx: OperationContext, rawInput: unknown): Promise<Portfolio> {
  const input = parseInput(ListPortfolioInput, rawInput, "");
  const ordered = await orderedPortfolio(ctx, input);
  const offset = input.after ?? 0;
  const page = ordered.slice(offset, offset + input.first);
  // Each case on the page is read at portfolio level: process information, no dossier content.
  for (const item of page) {
    ctx.audit.read({
      caseId: item.signals.caseId,
      subjectPersonIds: [],
      fields: ["Portfolio.signals"],
      legalBasis: "LEGAL_TASK",
      detail: "portfolio",
    });
  }
  const positions = new Map(page.map((item, i) => [item, offset + i + 1]));
  return {
    ...connection(page, offset + input.first < ordered.length, (item) => encodeOffset(positions.get(item)!)),
    totalCount: ordered.length,
  };
}

/** The whole portfolio matching the filter, in the order asked: the facts (cached per case), then the ranking. */
export async function orderedPortfolio(
  { db, actor, now }: OperationContext,
  input: Pick<z.infer<typeof ListPortfolioInput>, "filter" | "orderBy">,
): Promise<PortfolioItem[]> {
  const filter = input.filter ?? {};
  const today = dutchDate(now);
  const query: PortfolioQuery = {
    scope: caseScope(actor),
    professionalId: actor.professionalId,
    today,
    phases: filter.phases,
    frameworks: filter.frameworks,
    municipality: filter.municipality,
    casusregisseurId: filter.casusregisseurId,
    organisationId: filter.organisationId,
    escalated: filter.escalated,
  };
  const keys = await loadPortfolioKeys(db, query);
  const cache = portfolioCache(db);
  const fresh = (cached: CachedPortfolioCase | undefined, factsKey: string): cached is CachedPortfolioCase =>
    cached !== undefined && cached.factsKey === factsKey && cached.today === today;
  const stale = keys.filter((k) => !fresh(cache.get(k.caseId), k.factsKey)).map((k) => k.caseId);
  const loaded = new Map<string, CachedPortfolioCase>();
  for (const row of await loadPortfolioFactsOf(db, query, stale)) {
    const computed = {
      factsKey: row.factsKey,
      today,
      row,
      entry: portfolioEntry(row, today, DEFAULT_PORTFOLIO_SETTINGS),
    };
    cache.set(row.caseId, computed);
    loaded.set(row.caseId, computed);
  }
  // A case loaded now counts as it is now; a cached one only with the key read for this request. A case that
  // left the portfolio between the two statements is not listed.
  const cases = keys.flatMap((k) => {
    const cached = loaded.get(k.caseId) ?? cache.get(k.caseId);
    return cached && (loaded.has(k.caseId) || fresh(cached, k.factsKey)) ? [cached] : [];
  });
  const ranked = cases
    .map(({ entry, row }) => ({ ...entry, row }))
    .sort(comparePortfolioCases)
    .filter(
      ({ signals: s }) =>
        matches(filter.stalled, s.stalled) &&
        matches(filter.overdue, s.overdueActions.count > 0) &&
        matches(filter.overBudget, s.budget.overBudget),
    );
  return orderBy(ranked, input.orderBy ?? "URGENCY");
}

/** A yes/no filter: no condition when it is not given. */
function matches(wanted: boolean | null | undefined, actual: boolean): boolean {
  return wanted === null || wanted === undefined || wanted === actual;
}

/** The urgency order is the ranking itself; the others sort it again, ties keeping the urgency order. */
function orderBy(items: PortfolioItem[], order: (typeof ORDERS)[number]): PortfolioItem[] {
  const sorted = [...items];
  switch (order) {
    case "URGENCY":
      return sorted;
    case "WEEKS_IN_PHASE":
      return sorted.sort((a, b) => b.signals.daysInPhase - a.signals.daysInPhase);
    case "LAST_ACTIVITY":
      return sorted.sort((a, b) =>
        (a.signals.lastActivity.on ?? "").localeCompare(b.signals.lastActivity.on ?? ""),
      );
    case "BUDGET_USE":
      return sorted.sort((a, b) => budgetUse(b) - budgetUse(a));
  }
}

function budgetUse({ signals: { budget } }: PortfolioItem): number {
  if (!budget.amountCents) return -1;
  return (budget.committedCents + budget.spentCents) / budget.amountCents;
}
