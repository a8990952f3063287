import { eq, inArray, sql } from "drizzle-orm";
import type { Actor, GrantExpiring, PlanAwaitingApproval, SignalNotificationKind } from "@regiehub/domain";
import { resultRows, type Executor } from "../client";
import { notifications, organisations, professionals } from "../schema";

// The facts of the hub's signal sweep (apps/server/src/live/signals.ts) beyond the portfolio's: plans waiting
// for approval and grants ending soon, each in ONE statement over all open cases, and the professionals who
// would be told. They read WITHOUT access rules: the sweep decides per recipient with the policy and returns
// nothing to any caller.

/** The newest plan version of every open case whose status is AGREED (agreed, not yet approved). */
export async function unsafeLoadPlansAwaitingApproval(db: Executor): Promise<PlanAwaitingApproval[]> {
  const result = await db.execute(sql`
    select p.case_id as "caseId", p.item_id as "planId", i.version
    from plans p
    join dossier_items i on i.id = p.item_id
    join cases c on c.id = p.case_id
    where c.phase <> 'CLOSED'
      and p.status = 'AGREED'
      and p.number = (select max(newest.number) from plans newest where newest.case_id = p.case_id)
    order by p.case_id
  `);
  return resultRows<PlanAwaitingApproval>(result).map((r) => ({ ...r, version: Number(r.version) }));
}

/**
 * The grants of open cases in force at `now`, not withdrawn, that end within `days` days of it; `expiresOn`
 * is the Dutch calendar date the grant ends.
 */
export async function unsafeLoadGrantsExpiring(
  db: Executor,
  now: Date,
  days: number,
): Promise<GrantExpiring[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const result = await db.execute(sql`
    select g.case_id as "caseId", g.id as "grantId",
      (g.valid_until at time zone 'Europe/Amsterdam')::date::text as "expiresOn"
    from consent_grants g
    join cases c on c.id = g.case_id
    where c.phase <> 'CLOSED'
      and g.withdrawn_at is null
      and g.valid_from <= ${at}
      and g.valid_until > ${at}
      and g.valid_until <= ${at} + make_interval(days => ${days})
    order by g.case_id, g.id
  `);
  return resultRows<GrantExpiring>(result);
}

/** Professionals as the policy sees them (an Actor each), for deciding what they may read. */
export async function unsafeLoadActors(db: Executor, ids: readonly string[]): Promise<Actor[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      professionalId: professionals.id,
      name: professionals.name,
      role: professionals.role,
      organisationId: professionals.organisationId,
      organisationKind: organisations.kind,
      registrationNumber: professionals.registrationNumber,
    })
    .from(professionals)
    .innerJoin(organisations, eq(organisations.id, professionals.organisationId))
    .where(inArray(professionals.id, [...ids]));
  return rows.map(({ registrationNumber, ...r }) => ({
    kind: "professional",
    ...r,
    hasRegistration: registrationNumber !== null,
  }));
}

/** One notification raised from a signal. */
export interface SignalNotification {
  recipientProfessionalId: string;
  caseId: string;
  itemId: string | null;
  kind: SignalNotificationKind;
  occurrence: string;
}

/**
 * Stores the notifications in ONE statement, each once per recipient, case, kind and occurrence (the unique
 * index `notifications_once_per_occurrence`): one already there — raised by an earlier sweep or by another
 * instance at the same moment — is skipped. Returns the ones stored now.
 */
export async function insertSignalNotifications(
  db: Executor,
  rows: readonly SignalNotification[],
): Promise<(SignalNotification & { id: string })[]> {
  if (rows.length === 0) return [];
  // In one fixed order, so that two instances inserting the same rows at once wait for each other row by
  // row instead of deadlocking.
  const key = (r: SignalNotification) =>
    [r.recipientProfessionalId, r.caseId, r.kind, r.occurrence].join(" ");
  const ordered = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const stored = await db.insert(notifications).values(ordered).onConflictDoNothing().returning({
    id: notifications.id,
    recipientProfessionalId: notifications.recipientProfessionalId,
    caseId: notifications.caseId,
    itemId: notifications.itemId,
    kind: notifications.kind,
    occurrence: notifications.occurrence,
  });
  return stored.map((r) => ({
    ...r,
    kind: r.kind as SignalNotificationKind,
    occurrence: r.occurrence ?? "",
  }));
}
