import { asc, desc, inArray, sql } from "drizzle-orm";
import {
  caseCheckIns,
  caseMonitoringReviews,
  type CaseCheckInRow,
  type CaseMonitoringReviewRow,
} from "../schema";
import { resultRows, type Executor } from "../client";
import { referralMoney } from "./portfolio";

// Regie op regie of cases the caller has already authorized (`case.readFollowUp`): regiegesprekken, monitoring
// reviews and what the referrals commit and spend against the budget. Process information only. Each takes
// the cases of a request at once (one statement for all of them).

/** The regiegesprekken of the cases, newest first (by the day held, then by when recorded). */
export async function unsafeLoadCheckIns(
  db: Executor,
  caseIds: readonly string[],
): Promise<CaseCheckInRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(caseCheckIns)
    .where(inArray(caseCheckIns.caseId, [...caseIds]))
    .orderBy(
      asc(caseCheckIns.caseId),
      desc(caseCheckIns.heldOn),
      desc(caseCheckIns.at),
      desc(caseCheckIns.id),
    );
}

/** The follow-ups recorded for the cases in monitoring, newest first. */
export async function unsafeLoadMonitoringReviews(
  db: Executor,
  caseIds: readonly string[],
): Promise<CaseMonitoringReviewRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(caseMonitoringReviews)
    .where(inArray(caseMonitoringReviews.caseId, [...caseIds]))
    .orderBy(
      asc(caseMonitoringReviews.caseId),
      desc(caseMonitoringReviews.reviewedOn),
      desc(caseMonitoringReviews.at),
      desc(caseMonitoringReviews.id),
    );
}

export interface CaseMoney {
  caseId: string;
  committedCents: number;
  spentCents: number;
}

/**
 * What the referrals of each case commit and have spent on `today` ('YYYY-MM-DD'), as the portfolio counts
 * it (`referralMoney`): every referral, whatever the viewer's grants — amounts, never what the care is.
 */
export async function unsafeLoadCaseMoney(
  db: Executor,
  caseIds: readonly string[],
  today: string,
): Promise<CaseMoney[]> {
  if (caseIds.length === 0) return [];
  const result = await db.execute(sql`
    select c.id as "caseId", coalesce(money.committed, 0)::bigint as "committedCents",
      coalesce(money.spent, 0)::bigint as "spentCents"
    from cases c
    left join lateral (${referralMoney(sql`c.id`, sql`${today}::date`)}) money on true
    where c.id in (${sql.join(
      caseIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
  `);
  return resultRows<{ caseId: string; committedCents: string | number; spentCents: string | number }>(
    result,
  ).map((row) => ({
    caseId: row.caseId,
    committedCents: Number(row.committedCents),
    spentCents: Number(row.spentCents),
  }));
}
