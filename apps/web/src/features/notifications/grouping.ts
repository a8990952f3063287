import type { NotificationKind } from "../../generated/graphql";
import { dayKey, groupByDay, type DayGroup } from "../../days";
import { toDate, type DateTimeValue } from "../../labels";

// The notification centre's pure parts: its days in words, groups by day (newest first), and where each kind
// of notification leads in its case.

const dayLabelFormat = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** The day before a `YYYY-MM-DD` day. */
function dayBefore(key: string): string {
  const date = new Date(`${key}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** "Vandaag", "Gisteren" or "maandag 5 januari 2026", as seen on `now`. */
export function dayLabel(key: string, now: Date): string {
  const today = dayKey(now);
  if (key === today) return "Vandaag";
  if (today && key === dayBefore(today)) return "Gisteren";
  return dayLabelFormat.format(new Date(`${key}T12:00:00Z`));
}

/** Notifications by the day they were raised: newest day and newest notification first. */
export function notificationDays<T extends { createdAt: DateTimeValue }>(
  items: readonly T[],
  now: Date,
): DayGroup<T>[] {
  const time = (item: T) => toDate(item.createdAt)?.getTime() ?? 0;
  const newestFirst = [...items].sort((a, b) => time(b) - time(a));
  return groupByDay(newestFirst, (key) => dayLabel(key, now));
}

/** Where a notification leads in its case: the page to act on, and what the link says. */
export interface NotificationTarget {
  /** The case's sub-page (`casePath(id, sub)`); the case overview when absent. */
  sub?: string;
  /** The link's text before the case, e.g. "Veiligheid bekijken". */
  action: string;
}

/** Every kind the hub raises, with the page to act on (a complete map: a new kind does not compile without one). */
export const NOTIFICATION_TARGETS: Record<NotificationKind, NotificationTarget> = {
  ACUTE_SAFETY: { sub: "beeld", action: "Veiligheid bekijken" },
  DOORBRAAK: { sub: "acties", action: "Acties bekijken" },
  ESCALATION: { action: "Escalatie bekijken" },
  FRAMEWORK_DECISION: { action: "Kader en besluit bekijken" },
  CASE_STALLED: { action: "Casus bekijken" },
  CHECK_IN_DUE: { action: "Regiegesprek plannen" },
  MONITORING_FOLLOW_UP_DUE: { action: "Monitoring bekijken" },
  PLAN_AWAITS_APPROVAL: { sub: "plan", action: "Plan vaststellen" },
  GRANT_EXPIRING: { sub: "toestemmingen", action: "Toestemmingen bekijken" },
  TABLE_OUTCOME: { action: "Uitkomst bekijken" },
  SCENARIO_SIGNAL: { sub: "plan", action: "Scenario's en plan bekijken" },
};

/** The newest `createdAt` among notifications (what "alles gelezen" marks up to), as ISO text. */
export function newestMoment(items: readonly { createdAt: DateTimeValue }[]): string | null {
  let newest: Date | null = null;
  for (const item of items) {
    const date = toDate(item.createdAt);
    if (date && (!newest || date.getTime() > newest.getTime())) newest = date;
  }
  return newest ? newest.toISOString() : null;
}

/** "1 ongelezen melding", "3 ongelezen meldingen". */
export function unreadText(count: number): string {
  return count === 1 ? "1 ongelezen melding" : `${count} ongelezen meldingen`;
}
