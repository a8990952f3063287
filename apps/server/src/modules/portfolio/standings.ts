import {
  portfolioEntry,
  portfolioSettings,
  type PortfolioEntry,
  type PortfolioSettings,
} from "@regiehub/domain";
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
import type { RegionSettings } from "../../config";

// A page of a portfolio read from the portfolio standings (packages/db/src/queries/portfolio-standings.ts): one
// statement when every standing of the portfolio is current — whatever the page size or the number of cases —
// and otherwise the stale ones computed again first (which: one statement; the facts of those cases: one; their
// entries by the pure functions of packages/domain/src/portfolio; saved: one) and the page read once more.
// Access is the page statement's: its `case.read` scope and the portfolio's cases; the standings themselves are
// the hub's bookkeeping and leave it only through that statement.

/**
 * The portfolio settings of a region: the defaults (packages/domain/src/portfolio/settings.ts) with what the
 * region configures — the days a case escalated to a table may wait for its agenda. Parsed once per value.
 *
 * A standing keeps the entry computed with the settings of its day: a changed setting shows in a case's standing
 * from its next change, or the next day.
 */
export function regionPortfolioSettings(region: Pick<RegionSettings, "agendaWaitDays">): PortfolioSettings {
  let settings = settingsByWait.get(region.agendaWaitDays);
  if (!settings) {
    settings = portfolioSettings({ agendaWaitDays: region.agendaWaitDays });
    settingsByWait.set(region.agendaWaitDays, settings);
  }
  return settings;
}
const settingsByWait = new Map<number, PortfolioSettings>();

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
  settings: PortfolioSettings,
): Promise<PortfolioStandingsRead> {
  for (let attempt = 0; ; attempt++) {
    // A hub process computes the standings missing altogether before its first page (the seed writes cases
    // without events); after that, every change is an event.
    const first = !complete.has(db);
    const page = first
      ? undefined
      : await loadPortfolioStandingsPage(db, query, signals, order, limit, offset);
    if (page && (!page.stale || attempt === MAX_REFRESHES)) {
      return {
        total: page.total,
        items: page.items.flatMap(({ entry, facts }) =>
          entry && facts ? [{ entry: entry as PortfolioEntry, row: facts }] : [],
        ),
      };
    }
    await refreshPortfolioStandings(db, query, first, settings);
    complete.add(db);
  }
}

/** The hubs (by database handle) that computed every missing standing once. */
const complete = new WeakSet<Database>();

/**
 * Computes the portfolio's standings of another day, those of every case changed since the watermark, and with
 * `missing` those of every case without one.
 */
export async function refreshPortfolioStandings(
  db: Database,
  query: PortfolioQuery,
  missing: boolean,
  settings: PortfolioSettings,
): Promise<number> {
  const { caseIds, upToSeq } = await loadStalePortfolioCases(db, query, missing);
  const standings = (await unsafeLoadPortfolioFactsOf(db, query.today, caseIds)).map((row) =>
    portfolioStanding(row, query.today, settings),
  );
  await savePortfolioStandings(db, standings, upToSeq);
  return standings.length;
}

/** A case's standing: its entry computed for `today`, and the keys the portfolio filters and sorts on. */
export function portfolioStanding(
  row: PortfolioRow,
  today: string,
  settings: PortfolioSettings,
): PortfolioStanding {
  const entry = portfolioEntry(row, today, settings);
  const { signals } = entry;
  const { budget } = signals;
  return {
    caseId: row.caseId,
    factsSeq: row.factsSeq,
    procesregisseurId: row.procesregisseurId,
    casusregisseurId: row.casusregisseurId,
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
