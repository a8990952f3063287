import { z } from "zod";
import {
  CASE_FRAMEWORKS,
  CASE_PHASES,
  connection,
  dutchDate,
  id,
  pageArgs,
  parseInput,
  plain,
  type Connection,
  type PortfolioEntry,
} from "@regiehub/domain";
import type { PortfolioQuery, PortfolioRow } from "@regiehub/db";
import { caseScope } from "@regiehub/policy";
import type { OperationContext } from "../../../operation";
import { readPortfolioStandings, regionPortfolioSettings } from "../standings";

// The viewer's portfolio: the cases they direct, each with the signals, urgency and reasons computed by
// packages/domain/src/portfolio, filtered, ordered and paged in SQL over the portfolio standings (standings.ts):
// one statement per page whatever its size or the number of cases, when no case changed since it was last
// computed. The cursor is a position in the order (a case whose signals change between two pages may move; the
// live events say when).

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
      awaitsAgenda: z.boolean().nullish(),
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
  const offset = input.after ?? 0;
  const { total, items: page } = await readPortfolio(ctx, input, input.first, offset);
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
    ...connection(page, offset + page.length < total, (item) => encodeOffset(positions.get(item)!)),
    totalCount: total,
  };
}

/** The whole portfolio matching the filter, in the order asked. */
export async function orderedPortfolio(
  ctx: OperationContext,
  input: Pick<z.infer<typeof ListPortfolioInput>, "filter" | "orderBy">,
): Promise<PortfolioItem[]> {
  return (await readPortfolio(ctx, input, null, 0)).items;
}

/** A page (or, `limit` null, all) of the portfolio from the standings (standings.ts). */
async function readPortfolio(
  { db, actor, now, region }: OperationContext,
  input: Pick<z.infer<typeof ListPortfolioInput>, "filter" | "orderBy">,
  limit: number | null,
  offset: number,
): Promise<{ total: number; items: PortfolioItem[] }> {
  const filter = input.filter ?? {};
  const query: PortfolioQuery = {
    scope: caseScope(actor),
    professionalId: actor.professionalId,
    today: dutchDate(now),
    phases: filter.phases,
    frameworks: filter.frameworks,
    municipality: filter.municipality,
    casusregisseurId: filter.casusregisseurId,
    organisationId: filter.organisationId,
    escalated: filter.escalated,
  };
  // Nobody without `case.read` on any case has a portfolio (the page statement relies on it; see its parts).
  if (query.scope.kind === "none") return { total: 0, items: [] };
  const { total, items } = await readPortfolioStandings(
    db,
    query,
    {
      stalled: filter.stalled,
      overdue: filter.overdue,
      overBudget: filter.overBudget,
      awaitsAgenda: filter.awaitsAgenda,
    },
    input.orderBy ?? "URGENCY",
    limit,
    offset,
    regionPortfolioSettings(region),
  );
  return { total, items: items.map(({ entry, row }) => ({ ...entry, row })) };
}
