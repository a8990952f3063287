import { DEFAULT_PORTFOLIO_SETTINGS, portfolioEntry, type PortfolioEntry } from "@regiehub/domain";
import {
  loadPortfolioStandingsPage,
  loadStalePortfolioCases,
  savePortfolioStandings,
  unsafeLoadPortfolioFactsOf,
  type Database,
  type PortfolioOrder,
  type PortfolioQuery,
  type PortfolioRow,
  type PortfolioSignalFilters,
  type PortfolioStanding,
} from "@regiehub/db";

// A page of a portfolio read from the portfolio standings (packages/db/src/queries/portfolio-standings.ts): one
// statement when every standing of the portfolio is current — whatever the page size or the number of cases —
// and otherwise the stale ones computed again first (the facts of those cases in one statement, their entries
// by the pure functions of packages/domain/src/portfolio, saved in one more) and the page read once more.
// Access is the page statement's: its `case.read` scope and the portfolio's cases; the standings themselves are
// the hub's bookkeeping and leave it only through that statement.

export interface PortfolioStandingsRead {
  total: number;
  items: { entry: PortfolioEntry; row: PortfolioRow }[];
}

/**
 * How often a page is read again after a refresh. Past it (cases changing faster than pages are read) the page
 * is answered as read: each standing on it at most a moment older than its case, a case without one yet left out.
 */
const MAX_REFRESHES = 3;

export async function readPortfolioStandings(
  db: Database,
  query: PortfolioQuery,
  signals: PortfolioSignalFilters,
  order: PortfolioOrder,
  limit: number | null,
  offset: number,
): Promise<PortfolioStandingsRead> {
  for (let attempt = 0; ; attempt++) {
    const page = await loadPortfolioStandingsPage(db, query, signals, order, limit, offset);
    if (page.stale === 0 || attempt === MAX_REFRESHES) {
      return {
        total: page.total,
        items: page.items.flatMap(({ entry, facts }) =>
          entry && facts ? [{ entry: entry as PortfolioEntry, row: facts }] : [],
        ),
      };
    }
    await refreshPortfolioStandings(db, query);
  }
}

/** Computes the stale standings of a portfolio, and those of every case changed since the watermark. */
export async function refreshPortfolioStandings(db: Database, query: PortfolioQuery): Promise<number> {
  const { caseIds, upToSeq } = await loadStalePortfolioCases(db, query);
  const standings = (await unsafeLoadPortfolioFactsOf(db, query.today, caseIds)).map((row) =>
    portfolioStanding(row, query.today),
  );
  await savePortfolioStandings(db, standings, upToSeq);
  return standings.length;
}

/** A case's standing: its entry computed for `today`, and the keys the portfolio filters and sorts on. */
export function portfolioStanding(row: PortfolioRow, today: string): PortfolioStanding {
  const entry = portfolioEntry(row, today, DEFAULT_PORTFOLIO_SETTINGS);
  const { signals } = entry;
  const { budget } = signals;
  return {
    caseId: row.caseId,
    factsSeq: row.factsSeq,
    caseXmin: row.caseXmin,
    computedOn: today,
    urgency: entry.urgency,
    oldestDaysLate: signals.overdueActions.oldestDaysLate ?? -1,
    daysInPhase: signals.daysInPhase,
    reference: signals.reference,
    lastActivityOn: signals.lastActivity.on,
    budgetUse: budget.amountCents ? (budget.committedCents + budget.spentCents) / budget.amountCents : -1,
    stalled: signals.stalled,
    overdue: signals.overdueActions.count > 0,
    overBudget: signals.budget.overBudget,
    entry,
    facts: row,
  };
}
