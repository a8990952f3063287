import { sql, type SQL } from "drizzle-orm";
import { resultRows, type Executor } from "../client";
import { portfolioFilters, type PortfolioQuery, type PortfolioRow } from "./portfolio";

// The portfolio standings (schema.ts `portfolioStandings`): each case's signals, urgency and sort keys, kept by the
// hub so that a page of a portfolio is ONE statement that filters, counts and orders in SQL, whatever the number
// of cases. A standing is current when it was computed for today, from the case row's version and from every
// event of the case; the page statement says how many of the portfolio's standings are not, and the hub then
// computes those again (apps/server/src/modules/portfolio/standings.ts) and reads the page once more.
//
// "Changed since": dossier events are numbered in commit order (events.ts), so the events after the watermark are
// exactly the changes not yet in the standings. Each refresh computes every case with such an event (whoever's
// portfolio it is in) and then moves the watermark, so that set stays small.

export type PortfolioOrder = "URGENCY" | "WEEKS_IN_PHASE" | "LAST_ACTIVITY" | "BUDGET_USE";

/** The derived filters: on the standings' signals, not on the case row. */
export interface PortfolioSignalFilters {
  stalled?: boolean | null | undefined;
  overdue?: boolean | null | undefined;
  overBudget?: boolean | null | undefined;
}

export interface PortfolioStanding {
  caseId: string;
  factsSeq: number;
  caseXmin: string;
  computedOn: string;
  urgency: number;
  /** -1 without an overdue action. */
  oldestDaysLate: number;
  daysInPhase: number;
  reference: string;
  lastActivityOn: string | null;
  /** -1 without a budget. */
  budgetUse: number;
  stalled: boolean;
  overdue: boolean;
  overBudget: boolean;
  /** The PortfolioEntry (packages/domain), as JSON. */
  entry: unknown;
  facts: PortfolioRow;
}

export interface PortfolioStandingsPage {
  /** Standings of this portfolio that are not current: when not 0, the page is not to be used. */
  stale: number;
  /** Cases of the portfolio that meet every filter. */
  total: number;
  items: { entry: unknown; facts: PortfolioRow }[];
}

/**
 * The urgency order (comparePortfolioCases in packages/domain, in SQL): highest urgency, oldest overdue action,
 * longest in phase, reference by code point, case id. The other orders sort on their key first, ties in it.
 */
const URGENCY_ORDER = sql`p.urgency desc, p.oldest_days_late desc, p.days_in_phase desc, p.reference collate "C" asc, p.case_id asc`;
const ORDER: Record<PortfolioOrder, SQL> = {
  URGENCY: URGENCY_ORDER,
  WEEKS_IN_PHASE: sql`p.days_in_phase desc, ${URGENCY_ORDER}`,
  LAST_ACTIVITY: sql`p.last_activity_on asc nulls first, ${URGENCY_ORDER}`,
  BUDGET_USE: sql`p.budget_use desc, ${URGENCY_ORDER}`,
};

/** The cases with an event after the watermark, each with its newest one. */
const CHANGED = sql`
  select e.case_id, max(e.seq) as seq from dossier_events e
  where e.seq > (select w.seq from portfolio_watermark w where w.id = 1)
  group by e.case_id`;

/** Whether a case's standing `s` (left-joined, with `changed` as `ch`) is not current for `today`. */
const staleCondition = (today: string) => sql`(
  s.case_id is null or s.computed_on <> ${today}::date or s.case_xmin <> cases.xmin::text
  or coalesce(ch.seq, 0) > s.facts_seq)`;

function signalConditions(f: PortfolioSignalFilters): SQL {
  const conditions: SQL[] = [sql`true`];
  const flag = (column: SQL, wanted: boolean | null | undefined) => {
    if (wanted === true) conditions.push(sql`${column}`);
    if (wanted === false) conditions.push(sql`not ${column}`);
  };
  flag(sql`s.stalled`, f.stalled);
  flag(sql`s.overdue`, f.overdue);
  flag(sql`s.over_budget`, f.overBudget);
  return sql.join(conditions, sql` and `);
}

/**
 * One page of a portfolio from the standings, in ONE statement: the portfolio's cases (the `case.read` scope and
 * the case filters of `portfolioFilters`), how many of their standings are stale, how many meet the signal
 * filters too, and the page of those in the order asked (`limit` null: all of them).
 */
export async function loadPortfolioStandingsPage(
  db: Executor,
  q: PortfolioQuery,
  signals: PortfolioSignalFilters,
  order: PortfolioOrder,
  limit: number | null,
  offset: number,
): Promise<PortfolioStandingsPage> {
  // The portfolio's rows carry only the keys (narrow, whatever the size of the entries); the entries are read
  // for the page's cases alone.
  const result = await db.execute(sql`
    with changed as (${CHANGED}),
    p as (
      select cases.id as case_id, s.urgency, s.oldest_days_late, s.days_in_phase, s.reference,
        s.last_activity_on, s.budget_use,
        ${staleCondition(q.today)} as stale,
        coalesce(${signalConditions(signals)}, false) as wanted
      from cases
      left join portfolio_standings s on s.case_id = cases.id
      left join changed ch on ch.case_id = cases.id
      where ${sql.join(portfolioFilters(q), sql` and `)}
    ),
    page as (
      select * from p where p.wanted order by ${ORDER[order]}
      ${limit === null ? sql`` : sql`limit ${limit}`} offset ${offset}
    )
    select
      (select count(*) from p where p.stale)::int as "stale",
      (select count(*) from p where p.wanted)::int as "total",
      (select coalesce(json_agg(json_build_object('entry', s.entry, 'facts', s.facts) order by ${ORDER[order]}), '[]'::json)
        from page p join portfolio_standings s on s.case_id = p.case_id) as "items"
  `);
  const [row] = resultRows<{ stale: number; total: number; items: unknown }>(result);
  const items = typeof row!.items === "string" ? JSON.parse(row!.items) : row!.items;
  return { stale: row!.stale, total: row!.total, items: items as PortfolioStandingsPage["items"] };
}

/**
 * What a refresh must compute, in ONE statement: the portfolio's stale cases, every case with an event after
 * the watermark whose standing is behind it (whatever portfolio it is in), and the newest event seen — the
 * watermark to move to once those are computed.
 */
export async function loadStalePortfolioCases(
  db: Executor,
  q: PortfolioQuery,
): Promise<{ caseIds: string[]; upToSeq: number }> {
  const result = await db.execute(sql`
    with changed as (${CHANGED})
    select
      array(
        select cases.id from cases
        left join portfolio_standings s on s.case_id = cases.id
        left join changed ch on ch.case_id = cases.id
        where ${sql.join(portfolioFilters(q), sql` and `)} and ${staleCondition(q.today)}
        union
        select ch.case_id from changed ch
        left join portfolio_standings s on s.case_id = ch.case_id
        where s.case_id is null or s.facts_seq < ch.seq
      )::text[] as "caseIds",
      greatest(
        (select w.seq from portfolio_watermark w where w.id = 1),
        (select max(ch.seq) from changed ch)
      )::bigint as "upToSeq"
  `);
  const [row] = resultRows<{ caseIds: string[] | string; upToSeq: string | number }>(result);
  return { caseIds: textArray(row!.caseIds), upToSeq: Number(row!.upToSeq) };
}

/**
 * Saves computed standings and moves the watermark to `upToSeq`, in ONE statement. A standing computed from
 * older facts than the one saved (a slower request) does not replace it; one for a case deleted since is
 * dropped. The watermark only moves forward.
 */
export async function savePortfolioStandings(
  db: Executor,
  standings: readonly PortfolioStanding[],
  upToSeq: number,
): Promise<void> {
  await db.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${JSON.stringify(standings.map(toRecord))}::jsonb) as x(
        case_id uuid, facts_seq bigint, case_xmin text, computed_on date, urgency float8, oldest_days_late int,
        days_in_phase int, reference text, last_activity_on date, budget_use float8, stalled boolean,
        overdue boolean, over_budget boolean, entry jsonb, facts jsonb)
    ),
    saved as (
      insert into portfolio_standings (case_id, facts_seq, case_xmin, computed_on, urgency, oldest_days_late,
        days_in_phase, reference, last_activity_on, budget_use, stalled, overdue, over_budget, entry, facts)
      select input.* from input join cases on cases.id = input.case_id
      on conflict (case_id) do update set
        facts_seq = excluded.facts_seq, case_xmin = excluded.case_xmin, computed_on = excluded.computed_on,
        urgency = excluded.urgency, oldest_days_late = excluded.oldest_days_late,
        days_in_phase = excluded.days_in_phase, reference = excluded.reference,
        last_activity_on = excluded.last_activity_on, budget_use = excluded.budget_use,
        stalled = excluded.stalled, overdue = excluded.overdue, over_budget = excluded.over_budget,
        entry = excluded.entry, facts = excluded.facts
      where portfolio_standings.facts_seq <= excluded.facts_seq
      returning 1
    )
    update portfolio_watermark set seq = greatest(seq, ${upToSeq}::bigint)
    where id = 1 and (select count(*) from saved) >= 0
  `);
}

function toRecord(s: PortfolioStanding) {
  return {
    case_id: s.caseId,
    facts_seq: s.factsSeq,
    case_xmin: s.caseXmin,
    computed_on: s.computedOn,
    urgency: s.urgency,
    oldest_days_late: s.oldestDaysLate,
    days_in_phase: s.daysInPhase,
    reference: s.reference,
    last_activity_on: s.lastActivityOn,
    budget_use: s.budgetUse,
    stalled: s.stalled,
    overdue: s.overdue,
    over_budget: s.overBudget,
    entry: s.entry,
    facts: s.facts,
  };
}

/** A text[] as the drivers return it: an array (postgres) or its literal (some PGlite paths). */
function textArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, "");
  return inner ? inner.split(",") : [];
}
