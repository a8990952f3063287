import { sql, type SQL } from "drizzle-orm";
import {
  isUuid,
  type CaseFramework,
  type CasePhase,
  type CaseScope,
  type PlanStatus,
  type PortfolioCaseFacts,
} from "@regiehub/domain";
import { caseScopeCondition } from "../access";
import { resultRows, type Executor } from "../client";

// The facts of a portfolio — the cases an actor directs as procesregisseur or runs as casusregisseur — in ONE
// statement, whatever the number of cases: process information only (counts, dates, phases, levels, amounts),
// never dossier content. The signals, the urgency and its order are computed from these facts by the pure
// functions of packages/domain/src/portfolio; the scope is the same `case.read` rule as everywhere (in SQL).

export interface PortfolioQuery {
  scope: CaseScope;
  /** The professional whose portfolio it is. */
  professionalId: string;
  /** "Today" (a Dutch calendar date, YYYY-MM-DD): what is overdue is decided against it. */
  today: string;
  phases?: readonly CasePhase[] | null | undefined;
  frameworks?: readonly CaseFramework[] | null | undefined;
  municipality?: string | null | undefined;
  casusregisseurId?: string | null | undefined;
  /** Only cases with this organisation on the team. */
  organisationId?: string | null | undefined;
  /** Only cases at escalation level 1 or higher. */
  escalated?: boolean | null | undefined;
}

export interface PortfolioRow extends PortfolioCaseFacts {
  title: string;
  municipality: string;
  closedOn: string | null;
  procesregisseurId: string | null;
  /** The case's newest event seq as of this statement (0 without events): the facts include every change up to it. */
  factsSeq: number;
}

/**
 * The facts of some cases, WITHOUT any access rule applied, in ONE statement: only for the hub's own portfolio
 * standings (portfolio-standings.ts), which are never returned to a caller but through a page read that applies
 * the `case.read` scope.
 */
export async function unsafeLoadPortfolioFactsOf(
  db: Executor,
  today: string,
  caseIds: readonly string[],
): Promise<PortfolioRow[]> {
  if (caseIds.length === 0) return [];
  if (!caseIds.every(isUuid)) throw new Error("unsafeLoadPortfolioFactsOf: case ids are UUIDs");
  // One parameter whatever the number of cases (a Postgres array literal of uuids read from the database).
  return portfolioFacts(db, today, [sql`cases.id = any(${`{${caseIds.join(",")}}`}::uuid[])`]);
}

function list(values: readonly string[]): SQL {
  return sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );
}

/**
 * What the referrals of a case cost against its budget (`committed`, `spent`; null without referrals): a
 * referral still running or still to start on `today` is committed, one that ended before it is spent (every
 * referral, whatever the viewer's grants: amounts only). Shared with `loadCaseBudgetFacts`.
 */
export function referralMoney(caseId: SQL, today: SQL): SQL {
  return sql`
      select
        sum(r.cost_cents) filter (where r.ends_on is null or r.ends_on >= ${today}) as committed,
        sum(r.cost_cents) filter (where r.ends_on < ${today}) as spent
      from dossier_items i join referrals r on r.item_id = i.id
      where i.case_id = ${caseId} and i.kind = 'REFERRAL'`;
}

const OPEN_ACTION = sql`a.status in ('OPEN', 'IN_PROGRESS', 'BLOCKED')`;

export async function loadPortfolioFacts(db: Executor, q: PortfolioQuery): Promise<PortfolioRow[]> {
  return portfolioFacts(db, q.today, portfolioFilters(q));
}

/**
 * The portfolio facts of EVERY open case (not closed), WITHOUT any access rule applied, in the same one
 * statement: only for the hub's own signal sweep (who is notified is decided per recipient by the policy),
 * never for returning data to a caller.
 */
export async function unsafeLoadOpenCasePortfolioFacts(db: Executor, today: string): Promise<PortfolioRow[]> {
  return portfolioFacts(db, today, [sql`cases.phase <> 'CLOSED'`]);
}

/** The WHERE conditions of one professional's portfolio: the `case.read` scope, their cases, the filters. */
export function portfolioFilters(q: PortfolioQuery): SQL[] {
  return [
    caseScopeCondition(q.scope),
    sql`(cases.procesregisseur_id = ${q.professionalId} or cases.casusregisseur_id = ${q.professionalId})`,
    ...portfolioCaseFilters(q),
  ];
}

/** The filters of a portfolio on the case row (none when none is given). */
export function portfolioCaseFilters(q: PortfolioQuery): SQL[] {
  const filters: SQL[] = [];
  if (q.phases?.length) filters.push(sql`cases.phase::text in (${list(q.phases)})`);
  if (q.frameworks?.length) filters.push(sql`cases.framework::text in (${list(q.frameworks)})`);
  if (q.municipality) filters.push(sql`cases.municipality = ${q.municipality}`);
  if (q.casusregisseurId) filters.push(sql`cases.casusregisseur_id = ${q.casusregisseurId}`);
  if (q.organisationId) {
    filters.push(
      sql`exists (select 1 from case_team_members tm where tm.case_id = cases.id and tm.organisation_id = ${q.organisationId})`,
    );
  }
  if (q.escalated === true) filters.push(sql`cases.escalation_level > 0`);
  if (q.escalated === false) filters.push(sql`cases.escalation_level = 0`);
  return filters;
}

/** The facts of the cases that meet `filters`, in ONE statement. */
async function portfolioFacts(db: Executor, todayDate: string, filters: SQL[]): Promise<PortfolioRow[]> {
  const today = sql`${todayDate}::date`;
  const result = await db.execute(sql`
    select
      cases.id as "caseId", cases.reference,
      cases.procesregisseur_id as "procesregisseurId",
      coalesce((select max(e.seq) from dossier_events e where e.case_id = cases.id), 0)::bigint as "factsSeq", cases.title, cases.municipality, cases.phase, cases.framework,
      cases.escalation_level as "escalationLevel", cases.casusregisseur_id as "casusregisseurId",
      cases.opened_on::text as "openedOn", cases.closed_on::text as "closedOn",
      coalesce(phase_since.on_day, cases.opened_on)::text as "phaseSince",
      coalesce(hand_overs.n, 0)::int as "handOvers",
      plan.first_approved::text as "planFirstApprovedOn",
      plan.newest_status as "planStatus",
      progress.on_day::text as "lastPlanProgressOn",
      coalesce(act.overdue, 0)::int as "overdueActions",
      act.oldest_overdue::text as "oldestOverdueDueOn",
      coalesce(act.open, 0)::int as "openActions",
      act.last_done::text as "lastActionDoneOn",
      coalesce(
        ev.next_scheduled,
        (greatest(ev.last_held, plan.last_approved) + make_interval(months => cases.evaluation_interval_months))::date
      )::text as "nextEvaluationDueOn",
      ev.last_held::text as "lastEvaluationHeldOn",
      -- The regiegesprek: the date agreed in the latest one, before the first one the interval after opening,
      -- nothing without a procesregisseur (nextCheckInDue in packages/domain/src/regie/follow-up.ts).
      (case when cases.procesregisseur_id is null then null
        else coalesce(check_in.next_on, cases.opened_on + cases.check_in_interval_weeks * 7) end)::text
        as "nextCheckInDueOn",
      cases.monitoring_follow_up_on::text as "monitoringFollowUpOn",
      coalesce(safety.acute, 0)::int as "openAcuteSafetyAssessments",
      coalesce(gaps.n, 0)::int as "teamGaps",
      cases.budget_cents::bigint as "budgetCents",
      coalesce(money.committed, 0)::bigint as "committedCents",
      coalesce(money.spent, 0)::bigint as "spentCents",
      coalesce(act.doorbraak, 0)::int as "openDoorbraakDecisions",
      greatest(cases.updated_at, activity.at)::date::text as "lastActivityOn",
      -- The table the case is at, and whether it waits for its agenda (portfolioSignals' awaitsAgenda): the day
      -- of the latest ladder step when it went UP to that table, and whether since then the case was put on the
      -- agenda of a session of that table or the table's decision on the step was recorded.
      at_table.name as "escalationTableName",
      (case when step.table_id = cases.escalation_table_id and step.to_level > step.from_level
        then (step.at at time zone 'Europe/Amsterdam')::date end)::text as "escalatedToTableOn",
      (step.decided_on is not null or exists (
        select 1 from table_agenda_entries ae join table_sessions ts on ts.id = ae.session_id
        where ae.case_id = cases.id and ts.table_id = cases.escalation_table_id and ae.placed_at >= step.at
      )) as "tableTookUpCase"
    from cases
    left join escalation_tables at_table on at_table.id = cases.escalation_table_id
    left join lateral (
      select e.table_id, e.from_level, e.to_level, e.decided_on, e.at from case_escalations e
      where e.case_id = cases.id order by e.at desc, e.id desc limit 1
    ) step on true
    left join lateral (
      select max(t.at)::date as on_day from case_phase_transitions t where t.case_id = cases.id and t.to_phase = cases.phase
    ) phase_since on true
    left join lateral (
      select count(*) as n from dossier_events e
      where e.case_id = cases.id and e.change_kind = 'DIRECTORS_CHANGED' and e.item_id is null
        and 'Case.casusregisseurId' = any(e.fields)
    ) hand_overs on true
    left join lateral (
      select min(p.approved_on) as first_approved, max(p.approved_on) as last_approved,
        (array_agg(p.status order by p.number desc))[1]::text as newest_status
      from plans p where p.case_id = cases.id
    ) plan on true
    left join lateral (
      select max(i.updated_at)::date as on_day from dossier_items i
      where i.case_id = cases.id and i.kind in ('PLAN', 'GOAL', 'RESULT')
    ) progress on true
    left join lateral (
      select
        count(*) filter (where ${OPEN_ACTION}) as open,
        count(*) filter (where ${OPEN_ACTION} and a.doorbraak_authority is not null) as doorbraak,
        count(*) filter (where ${OPEN_ACTION} and a.due_on < ${today}) as overdue,
        min(a.due_on) filter (where ${OPEN_ACTION} and a.due_on < ${today}) as oldest_overdue,
        (max(a.status_changed_at) filter (where a.status = 'DONE'))::date as last_done
      from dossier_items i join actions a on a.item_id = i.id
      where i.case_id = cases.id and i.kind = 'ACTION'
    ) act on true
    left join lateral (
      select min(e.scheduled_on) filter (where e.held_on is null) as next_scheduled, max(e.held_on) as last_held
      from dossier_items i join evaluations e on e.item_id = i.id
      where i.case_id = cases.id and i.kind = 'EVALUATION'
    ) ev on true
    left join lateral (
      select c.next_check_in_on as next_on from case_check_ins c
      where c.case_id = cases.id order by c.held_on desc, c.at desc limit 1
    ) check_in on true
    left join lateral (
      select (case when s.acute then 1 else 0 end) as acute
      from dossier_items i join safety_assessments s on s.item_id = i.id
      where i.case_id = cases.id and i.kind = 'SAFETY_ASSESSMENT'
      order by s.assessed_on desc, i.created_at desc limit 1
    ) safety on true
    left join lateral (
      select count(distinct g.domain) as n from dossier_items g
      where g.case_id = cases.id and g.kind = 'GOAL' and not exists (
        select 1 from case_team_members tm where tm.case_id = cases.id and g.domain = any(tm.domains))
    ) gaps on true
    left join lateral (${referralMoney(sql`cases.id`, today)}) money on true
    left join lateral (
      select max(i.updated_at) as at from dossier_items i where i.case_id = cases.id
    ) activity on true
    where ${sql.join(filters, sql` and `)}
  `);
  return resultRows<PortfolioRow>(result).map((row) => ({
    ...row,
    planStatus: (row.planStatus as PlanStatus | null) ?? null,
    budgetCents: row.budgetCents === null ? null : Number(row.budgetCents),
    committedCents: Number(row.committedCents),
    spentCents: Number(row.spentCents),
    factsSeq: Number(row.factsSeq),
    tableTookUpCase: row.tableTookUpCase === true,
  }));
}
