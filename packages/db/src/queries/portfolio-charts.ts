import { sql, type SQL } from "drizzle-orm";
import type { CasePhase } from "@regiehub/domain";
import { resultRows, type Executor } from "../client";
import { portfolioFilters, type PortfolioQuery } from "./portfolio";

// The figures behind the portfolio's charts, each series in ONE statement whatever the number of cases, over
// exactly the cases of the portfolio (`portfolioFilters`: the `case.read` scope, "procesregisseur or
// casusregisseur of the case", and the filters on the case itself). Process information only — counts, dates,
// phases, amounts, organisation names — never dossier content: no title, wording or description of any item
// is read. Dates of timestamps are taken as `::date`, as loadPortfolioFacts does, so that the figures of
// today agree with the list's signals.

export interface PortfolioChartsQuery extends PortfolioQuery {
  /**
   * Only these cases (the result of the filters that are derived from signals — stalled, overdue, over
   * budget — which the caller applied to the portfolio's list); undefined: no such restriction.
   */
  caseIds?: readonly string[] | undefined;
}

/** One week end of the stalled trend: how many open cases of the portfolio were stalled by NO_PROGRESS. */
export interface StalledWeekRow {
  /** The last day of the week ('YYYY-MM-DD'); the newest is today. */
  weekEnd: string;
  stalled: number;
}

/** The cases now in one phase and how long they have been in it, in whole weeks. */
export interface TimeInPhaseRow {
  phase: CasePhase;
  cases: number;
  /** The median of the cases' whole weeks in the phase (may end in .5); null without cases. */
  medianWeeks: number | null;
  maxWeeks: number | null;
}

/** One case with a budget: the budget and what its referrals commit and have spent, in euro cents. */
export interface CaseBudgetUseRow {
  caseId: string;
  reference: string;
  budgetCents: number;
  committedCents: number;
  spentCents: number;
}

/** The timeliness of one partner organisation's actions in the portfolio's cases. */
export interface PartnerTimelinessRow {
  organisationId: string;
  organisationName: string;
  /** Done on or before the due date. */
  doneOnTime: number;
  /** Done after the due date. */
  doneLate: number;
  /** Still to be done (open, in progress, blocked) and past the due date. */
  openOverdue: number;
  /** The median of the days late of the late and the overdue actions; null when none is late. */
  medianDaysLate: number | null;
}

/** The number of week ends in the stalled trend (half a year). */
export const STALLED_TREND_WEEKS = 26;

function whereClause(q: PortfolioChartsQuery): SQL {
  const filters = portfolioFilters(q);
  if (q.caseIds !== undefined) {
    filters.push(
      q.caseIds.length === 0
        ? sql`false`
        : sql`cases.id in (${sql.join(
            q.caseIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
    );
  }
  return sql.join(filters, sql` and `);
}

/**
 * Per week end over the last 26 weeks (oldest first; the week ends are today and the same weekday of each of
 * the 25 weeks before): how many of the portfolio's cases were stalled by the NO_PROGRESS rule of
 * packages/domain/src/portfolio/signals.ts on that day.
 *
 * "Stalled on week end D" means, as that rule decides it on day D:
 * - the case was open on D: opened on or before D and not closed by then (closed_on null or after D);
 * - its phase on D was a working phase, not MONITORING or CLOSED (monitoring is judged only on its follow-up
 *   date, which is not kept historically, so a case in monitoring on D is never counted). The phase on D is
 *   the target of the latest phase transition on or before D; before the first transition, the phase that
 *   transition left; without any transition, the case's current phase;
 * - the latest progress on or before D lies `stalledAfterDays` days or more before D, progress being the
 *   latest of: the day the case was opened, a phase transition, a plan, goal or result created or changed,
 *   an action done, an evaluation held.
 *
 * What history keeps, and so what this approximates:
 * - Plans, goals and results keep only their creation and their LAST change (dossier_items.created_at and
 *   updated_at): a change between the two is lost, so on a day between them the item counts as progress on
 *   the day it was created only. A case may show as stalled on a week end when it moved in between.
 * - Actions keep only their last status change (actions.status_changed_at): an action now DONE was done on
 *   that day; an action done and later reopened or cancelled does not count as progress at all.
 * - Evaluations count on their held_on day; transitions on their day.
 * - The portfolio is today's: the cases the viewer directs or runs now (and within the filters now), not
 *   those they directed on D.
 * On today (the newest week end) the count is exactly the number of cases whose signals have NO_PROGRESS.
 */
export async function loadStalledTrend(
  db: Executor,
  q: PortfolioChartsQuery & { stalledAfterDays: number },
): Promise<StalledWeekRow[]> {
  const weeksBack = sql.raw(String(STALLED_TREND_WEEKS - 1));
  const result = await db.execute(sql`
    with portfolio as (
      select cases.id, cases.phase, cases.opened_on, cases.closed_on from cases where ${whereClause(q)}
    ),
    weeks as (
      select (${q.today}::date - 7 * k) as week_end from generate_series(0, ${weeksBack}) as k
    ),
    progress as (
      select p.id as case_id, p.opened_on as on_day from portfolio p
      union all
      select t.case_id, t.at::date from case_phase_transitions t join portfolio p on p.id = t.case_id
      union all
      select i.case_id, i.created_at::date from dossier_items i join portfolio p on p.id = i.case_id
      where i.kind in ('PLAN', 'GOAL', 'RESULT')
      union all
      select i.case_id, i.updated_at::date from dossier_items i join portfolio p on p.id = i.case_id
      where i.kind in ('PLAN', 'GOAL', 'RESULT')
      union all
      select i.case_id, a.status_changed_at::date
      from dossier_items i join portfolio p on p.id = i.case_id join actions a on a.item_id = i.id
      where i.kind = 'ACTION' and a.status = 'DONE'
      union all
      select i.case_id, e.held_on
      from dossier_items i join portfolio p on p.id = i.case_id join evaluations e on e.item_id = i.id
      where i.kind = 'EVALUATION' and e.held_on is not null
    ),
    -- The latest progress on or before each week end, of each case open on it: one hash join, not a lookup
    -- per week and case.
    last_progress as (
      select w.week_end, p.id as case_id, max(pr.on_day) as on_day
      from weeks w
      join portfolio p on p.opened_on <= w.week_end and (p.closed_on is null or p.closed_on > w.week_end)
      join progress pr on pr.case_id = p.id and pr.on_day <= w.week_end
      group by w.week_end, p.id
    ),
    states as (
      select lp.week_end, lp.on_day as last_progress,
        coalesce(
          (select t.to_phase::text from case_phase_transitions t
           where t.case_id = lp.case_id and t.at::date <= lp.week_end order by t.at desc limit 1),
          (select t.from_phase::text from case_phase_transitions t
           where t.case_id = lp.case_id and t.at::date > lp.week_end order by t.at asc limit 1),
          p.phase::text
        ) as phase
      from last_progress lp join portfolio p on p.id = lp.case_id
    )
    select w.week_end::text as "weekEnd",
      count(s.week_end) filter (
        where s.phase not in ('MONITORING', 'CLOSED')
          and w.week_end - s.last_progress >= ${q.stalledAfterDays}::int
      )::int as stalled
    from weeks w left join states s on s.week_end = w.week_end
    group by w.week_end
    order by w.week_end
  `);
  return resultRows<StalledWeekRow>(result).map((row) => ({ ...row, stalled: Number(row.stalled) }));
}

/**
 * Per phase of an open case (not CLOSED): the cases now in it and their whole weeks in it — since the latest
 * transition into the phase, else since the case was opened, as `phaseSince` of the portfolio's facts.
 * Phases without cases are not returned (the caller lists every phase).
 */
export async function loadTimeInPhase(db: Executor, q: PortfolioChartsQuery): Promise<TimeInPhaseRow[]> {
  const result = await db.execute(sql`
    select c.phase::text as phase, count(*)::int as cases,
      percentile_cont(0.5) within group (order by c.weeks)::float8 as "medianWeeks",
      max(c.weeks)::int as "maxWeeks"
    from (
      select cases.phase,
        floor(greatest(0, ${q.today}::date - coalesce(phase_since.on_day, cases.opened_on)) / 7)::int as weeks
      from cases
      left join lateral (
        select max(t.at)::date as on_day from case_phase_transitions t
        where t.case_id = cases.id and t.to_phase = cases.phase
      ) phase_since on true
      where ${whereClause(q)} and cases.phase <> 'CLOSED'
    ) c
    group by c.phase
  `);
  return resultRows<TimeInPhaseRow>(result).map((row) => ({
    phase: row.phase,
    cases: Number(row.cases),
    medianWeeks: row.medianWeeks === null ? null : Number(row.medianWeeks),
    maxWeeks: row.maxWeeks === null ? null : Number(row.maxWeeks),
  }));
}

/**
 * The cases of the portfolio that have a budget, with what their referrals commit (running or not yet ended
 * on today) and have spent (ended before today) — the same split as the portfolio's facts. Most used first
 * (committed and spent as a share of the budget; a budget of 0 with costs counts as most used), then by
 * reference.
 */
export async function loadBudgetUse(db: Executor, q: PortfolioChartsQuery): Promise<CaseBudgetUseRow[]> {
  const today = sql`${q.today}::date`;
  const result = await db.execute(sql`
    select cases.id as "caseId", cases.reference, cases.budget_cents as "budgetCents",
      coalesce(money.committed, 0)::bigint as "committedCents",
      coalesce(money.spent, 0)::bigint as "spentCents"
    from cases
    left join lateral (
      select
        sum(r.cost_cents) filter (where r.ends_on is null or r.ends_on >= ${today}) as committed,
        sum(r.cost_cents) filter (where r.ends_on < ${today}) as spent
      from dossier_items i join referrals r on r.item_id = i.id
      where i.case_id = cases.id and i.kind = 'REFERRAL'
    ) money on true
    where ${whereClause(q)} and cases.budget_cents is not null
    order by
      case when cases.budget_cents > 0
        then (coalesce(money.committed, 0) + coalesce(money.spent, 0))::float8 / cases.budget_cents
        when coalesce(money.committed, 0) + coalesce(money.spent, 0) > 0 then 'Infinity'::float8
        else 0 end desc,
      cases.reference
  `);
  return resultRows<CaseBudgetUseRow>(result).map((row) => ({
    caseId: row.caseId,
    reference: row.reference,
    budgetCents: Number(row.budgetCents),
    committedCents: Number(row.committedCents),
    spentCents: Number(row.spentCents),
  }));
}

/**
 * Per partner organisation that owns actions in the portfolio's cases: of its actions with a due date that
 * are done or overdue, how many were done on time (on or before the due date), done late, and are still to be
 * done past their due date (overdue after its day, as isActionOverdue); and the median days late over the late
 * and the overdue ones (to the day it was done, or to today). The done day is the day of the action's last
 * status change. Cancelled actions and actions without a due date or not yet due do not count; organisations
 * with no counted action are not returned. By organisation name.
 */
export async function loadPartnerTimeliness(
  db: Executor,
  q: PortfolioChartsQuery,
): Promise<PartnerTimelinessRow[]> {
  const today = sql`${q.today}::date`;
  const result = await db.execute(sql`
    select o.id as "organisationId", o.name as "organisationName",
      count(*) filter (where x.done and x.days_late <= 0)::int as "doneOnTime",
      count(*) filter (where x.done and x.days_late > 0)::int as "doneLate",
      count(*) filter (where not x.done)::int as "openOverdue",
      (percentile_cont(0.5) within group (order by x.days_late) filter (where x.days_late > 0))::float8
        as "medianDaysLate"
    from (
      select a.owner_organisation_id as organisation_id, a.status = 'DONE' as done,
        (case when a.status = 'DONE' then a.status_changed_at::date else ${today} end) - a.due_on as days_late
      from cases
      join dossier_items i on i.case_id = cases.id and i.kind = 'ACTION'
      join actions a on a.item_id = i.id
      where ${whereClause(q)} and a.due_on is not null
        and (a.status = 'DONE' or (a.status in ('OPEN', 'IN_PROGRESS', 'BLOCKED') and a.due_on < ${today}))
    ) x
    join organisations o on o.id = x.organisation_id
    group by o.id, o.name
    order by o.name, o.id
  `);
  return resultRows<PartnerTimelinessRow>(result).map((row) => ({
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    doneOnTime: Number(row.doneOnTime),
    doneLate: Number(row.doneLate),
    openOverdue: Number(row.openOverdue),
    medianDaysLate: row.medianDaysLate === null ? null : Number(row.medianDaysLate),
  }));
}
