import { sql, type SQL } from "drizzle-orm";
import { caseScopeCondition } from "../access";
import { resultRows, type Executor } from "../client";
import { portfolioCaseFilters, type PortfolioQuery, type PortfolioRow } from "./portfolio";

// The portfolio standings (schema.ts `portfolioStandings`): each case's signals, urgency, sort keys and directors,
// kept by the hub so that a page of a portfolio is ONE statement that does not read the whole portfolio: in the
// urgency order it reads the first rows of the director indexes (the procesregisseur's cases, and the cases the
// professional runs as casusregisseur), the entries of the page's cases only, and counts the portfolio from the
// same indexes. The hub computes standings (apps/server/src/modules/portfolio/standings.ts) when the statement
// says they are not current, and reads the page once more.
//
// When a standing is current: it was computed for today, and from every change of its case. Every change of a
// case — its row, its directors, its items — is recorded as a dossier event in the change's own transaction (the
// outbox, docs/ARCHITECTURE.md), numbered in commit order (events.ts); so "is any standing behind?" is "is there
// an event after the watermark?" (one index probe), and "from another day?" one probe per director index. A
// refresh computes every case with an event after the watermark (whoever's portfolio it is in), and then moves
// the watermark. A case that has no standing at all (written straight to the tables, as the seed does) gets one
// at the first read of each hub process (`loadStalePortfolioCases` with `missing`).

export type PortfolioOrder = "URGENCY" | "WEEKS_IN_PHASE" | "LAST_ACTIVITY" | "BUDGET_USE";

/** The derived filters: on the standings' signals, not on the case row. */
export interface PortfolioSignalFilters {
  stalled?: boolean | null | undefined;
  overdue?: boolean | null | undefined;
  overBudget?: boolean | null | undefined;
  /** Escalated to a table and waiting for its agenda too long (the entry's `signals.awaitsAgenda`). */
  awaitsAgenda?: boolean | null | undefined;
}

export interface PortfolioStanding {
  caseId: string;
  factsSeq: number;
  procesregisseurId: string | null;
  casusregisseurId: string | null;
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
  /** Some standing of this portfolio may not be current: the page is not to be used. */
  stale: boolean;
  /** Cases of the portfolio that meet every filter. */
  total: number;
  items: { entry: unknown; facts: PortfolioRow }[];
}

/**
 * The urgency order (comparePortfolioCases in packages/domain, in SQL): highest urgency, oldest overdue action,
 * longest in phase, reference by code point, case id — as the director indexes hold it. The other orders sort on
 * their key first, ties in the urgency order (a sort of the portfolio: only the urgency order reads it in part).
 */
const urgencyOrder = (t: SQL) =>
  sql`${t}.urgency desc, ${t}.oldest_days_late desc, ${t}.days_in_phase desc, ${t}.reference collate "C", ${t}.case_id`;
const ORDER: Record<PortfolioOrder, (t: SQL) => SQL> = {
  URGENCY: urgencyOrder,
  WEEKS_IN_PHASE: (t) => sql`${t}.days_in_phase desc, ${urgencyOrder(t)}`,
  LAST_ACTIVITY: (t) => sql`${t}.last_activity_on asc nulls first, ${urgencyOrder(t)}`,
  BUDGET_USE: (t) => sql`${t}.budget_use desc, ${urgencyOrder(t)}`,
};

/** The cases with an event after the watermark, each with its newest one. */
const CHANGED = sql`
  select e.case_id, max(e.seq) as seq from dossier_events e
  where e.seq > (select w.seq from portfolio_watermark w where w.id = 1)
  group by e.case_id`;

function signalConditions(f: PortfolioSignalFilters): SQL[] {
  const conditions: SQL[] = [];
  const flag = (column: SQL, wanted: boolean | null | undefined) => {
    if (wanted === true) conditions.push(sql`${column}`);
    if (wanted === false) conditions.push(sql`not ${column}`);
  };
  flag(sql`s.stalled`, f.stalled);
  flag(sql`s.overdue`, f.overdue);
  flag(sql`s.over_budget`, f.overBudget);
  // Read from the entry itself (no column of its own: a rare filter, applied to one director's cases).
  flag(sql`coalesce(jsonb_typeof(s.entry #> '{signals,awaitsAgenda}') = 'object', false)`, f.awaitsAgenda);
  return conditions;
}

/**
 * The two parts of a portfolio, as FROM … WHERE over standings `s`: the cases the professional directs as
 * procesregisseur — all of them within `case.read` by its rule (relation `procesregisseur`), so no case row is
 * read unless a filter on it is given — and the cases they run as casusregisseur (and do not direct), within the
 * `case.read` scope.
 */
function portfolioParts(q: PortfolioQuery, signals: PortfolioSignalFilters): [SQL, SQL] {
  const caseFilters = portfolioCaseFilters(q);
  const conditions = [...caseFilters, ...signalConditions(signals)];
  const and = (parts: SQL[]) => sql.join(parts, sql` and `);
  const me = q.professionalId;
  const asProcesregisseur = sql`from portfolio_standings s ${caseFilters.length ? sql`join cases on cases.id = s.case_id` : sql``}
    where ${and([sql`s.procesregisseur_id = ${me}`, ...conditions])}`;
  const asCasusregisseur = sql`from portfolio_standings s join cases on cases.id = s.case_id
    where ${and([
      sql`s.casusregisseur_id = ${me}`,
      sql`s.procesregisseur_id is distinct from ${me}`,
      caseScopeCondition(q.scope),
      ...conditions,
    ])}`;
  return [asProcesregisseur, asCasusregisseur];
}

/** Whether any standing of the portfolio may not be current (see the top of this file): three index probes. */
function staleCondition(q: PortfolioQuery): SQL {
  // Two range conditions, each a probe of the (director, computed_on) index.
  const otherDay = (director: SQL) => sql`
    exists (select 1 from portfolio_standings s where ${director} = ${q.professionalId} and s.computed_on < ${q.today}::date)
    or exists (select 1 from portfolio_standings s where ${director} = ${q.professionalId} and s.computed_on > ${q.today}::date)`;
  return sql`(
    -- the newest event (the end of the primary key) against the watermark
    (select max(e.seq) from dossier_events e) > (select w.seq from portfolio_watermark w where w.id = 1)
    or ${otherDay(sql`s.procesregisseur_id`)} or ${otherDay(sql`s.casusregisseur_id`)})`;
}

/**
 * One page of a portfolio from the standings, in ONE statement: whether they are current, how many cases of the
 * portfolio meet the filters, and the page of those in the order asked (`limit` null: all of them). The caller
 * applies `case.read` by giving the scope (a professional who may read no case has no portfolio: the caller
 * does not ask).
 */
export async function loadPortfolioStandingsPage(
  db: Executor,
  q: PortfolioQuery,
  signals: PortfolioSignalFilters,
  order: PortfolioOrder,
  limit: number | null,
  offset: number,
): Promise<PortfolioStandingsPage> {
  const [asProcesregisseur, asCasusregisseur] = portfolioParts(q, signals);
  const keys = sql`s.case_id, s.urgency, s.oldest_days_late, s.days_in_phase, s.reference, s.last_activity_on, s.budget_use`;
  const upTo = limit === null ? sql`` : sql`limit ${offset + limit}`;
  const result = await db.execute(sql`
    with first_as_procesregisseur as (
      select ${keys} ${asProcesregisseur} order by ${ORDER[order](sql`s`)} ${upTo}
    ),
    first_as_casusregisseur as (
      select ${keys} ${asCasusregisseur} order by ${ORDER[order](sql`s`)} ${upTo}
    ),
    page as (
      select * from (
        select * from first_as_procesregisseur union all select * from first_as_casusregisseur
      ) p
      order by ${ORDER[order](sql`p`)} ${limit === null ? sql`` : sql`limit ${limit}`} offset ${offset}
    )
    select
      ${staleCondition(q)} as "stale",
      ((select count(*) ${asProcesregisseur}) + (select count(*) ${asCasusregisseur}))::int as "total",
      (select coalesce(json_agg(json_build_object('entry', s.entry, 'facts', s.facts) order by ${ORDER[order](sql`p`)}), '[]'::json)
        from page p join portfolio_standings s on s.case_id = p.case_id) as "items"
  `);
  const [row] = resultRows<{ stale: boolean; total: number; items: unknown }>(result);
  const items = typeof row!.items === "string" ? JSON.parse(row!.items) : row!.items;
  return { stale: row!.stale, total: row!.total, items: items as PortfolioStandingsPage["items"] };
}

/**
 * What a refresh must compute, in ONE statement: every case with an event after the watermark whose standing is
 * behind it (whatever portfolio it is in), the portfolio's standings of another day, with `missing` every case
 * without a standing, and the newest event seen — the watermark to move to once those are computed.
 */
export async function loadStalePortfolioCases(
  db: Executor,
  q: PortfolioQuery,
  missing: boolean,
): Promise<{ caseIds: string[]; upToSeq: number }> {
  const otherDay = (director: SQL) => sql`
    select s.case_id from portfolio_standings s where ${director} = ${q.professionalId}
      and (s.computed_on < ${q.today}::date or s.computed_on > ${q.today}::date)`;
  const result = await db.execute(sql`
    with changed as (${CHANGED})
    select
      array(
        select ch.case_id from changed ch
        left join portfolio_standings s on s.case_id = ch.case_id
        where s.case_id is null or s.facts_seq < ch.seq
        union ${otherDay(sql`s.procesregisseur_id`)}
        union ${otherDay(sql`s.casusregisseur_id`)}
        ${
          missing
            ? sql`union select cases.id from cases
                where not exists (select 1 from portfolio_standings s where s.case_id = cases.id)`
            : sql``
        }
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
        case_id uuid, facts_seq bigint, procesregisseur_id uuid, casusregisseur_id uuid, computed_on date, urgency float8, oldest_days_late int,
        days_in_phase int, reference text, last_activity_on date, budget_use float8, stalled boolean,
        overdue boolean, over_budget boolean, entry jsonb, facts jsonb)
    ),
    saved as (
      insert into portfolio_standings (case_id, facts_seq, procesregisseur_id, casusregisseur_id, computed_on, urgency, oldest_days_late,
        days_in_phase, reference, last_activity_on, budget_use, stalled, overdue, over_budget, entry, facts)
      select input.* from input join cases on cases.id = input.case_id
      on conflict (case_id) do update set
        facts_seq = excluded.facts_seq, procesregisseur_id = excluded.procesregisseur_id,
        casusregisseur_id = excluded.casusregisseur_id, computed_on = excluded.computed_on,
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
    procesregisseur_id: s.procesregisseurId,
    casusregisseur_id: s.casusregisseurId,
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

/**
 * Marks cases' standings as not current, so that the next page of a portfolio holding them computes them again:
 * for a change written straight to the tables, without an event (a data fix, a test that moves dates).
 */
export async function invalidatePortfolioStandings(db: Executor, caseIds: readonly string[]): Promise<void> {
  if (caseIds.length === 0) return;
  await db.execute(
    sql`update portfolio_standings set computed_on = '1970-01-01' where case_id = any(${`{${caseIds.join(",")}}`}::uuid[])`,
  );
}
