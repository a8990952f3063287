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
  rankPortfolio,
  type Connection,
  type PortfolioEntry,
} from "@regiehub/domain";
import { loadPortfolioFacts, type PortfolioRow } from "@regiehub/db";
import { caseScope } from "@regiehub/policy";
import type { OperationContext } from "../../../operation";

// The viewer's portfolio: the facts of every case they direct (one statement), the signals and the urgency
// order computed by packages/domain/src/portfolio, the derived filters, then the page. The order is computed
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

/** The whole portfolio matching the filter, in the order asked: one statement, then the pure ranking. */
export async function orderedPortfolio(
  { db, actor, now }: OperationContext,
  input: Pick<z.infer<typeof ListPortfolioInput>, "filter" | "orderBy">,
): Promise<PortfolioItem[]> {
  const filter = input.filter ?? {};
  const today = dutchDate(now);
  const rows = await loadPortfolioFacts(db, {
    scope: caseScope(actor),
    professionalId: actor.professionalId,
    today,
    phases: filter.phases,
    frameworks: filter.frameworks,
    municipality: filter.municipality,
    casusregisseurId: filter.casusregisseurId,
    organisationId: filter.organisationId,
    escalated: filter.escalated,
  });
  const byId = new Map(rows.map((row) => [row.caseId, row]));
  const ranked = rankPortfolio(rows, today, DEFAULT_PORTFOLIO_SETTINGS)
    .map((entry) => ({ ...entry, row: byId.get(entry.signals.caseId)! }))
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
