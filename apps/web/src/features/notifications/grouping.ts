import type { NotificationKind } from "../../generated/graphql";
import { toDate, type DateTimeValue } from "../../labels";

// The notification centre's pure parts: days in Dutch time, groups by day (newest first), and where each kind
// of notification leads in its case.

const TIME_ZONE = "Europe/Amsterdam";

const dayKeyFormat = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: TIME_ZONE,
});
const dayLabelFormat = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: TIME_ZONE,
});
const timeFormat = new Intl.DateTimeFormat("nl-NL", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: TIME_ZONE,
});

/** The calendar day of a moment in the Netherlands, `YYYY-MM-DD` (null for no moment). */
export function dayKey(value: DateTimeValue): string | null {
  const date = toDate(value);
  return date ? dayKeyFormat.format(date) : null;
}

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

/** "09:15" in Dutch time. */
export function timeOfDay(value: DateTimeValue): string {
  const date = toDate(value);
  return date ? timeFormat.format(date) : "";
}

export interface DayGroup<T> {
  /** `YYYY-MM-DD` (Dutch time). */
  key: string;
  /** "Vandaag", "Gisteren" or the weekday and date. */
  label: string;
  /** Newest first. */
  items: T[];
}

/** Groups notifications by the day they were raised, newest day and newest notification first. */
export function groupByDay<T extends { createdAt: DateTimeValue }>(
  items: readonly T[],
  now: Date,
): DayGroup<T>[] {
  const time = (item: T) => toDate(item.createdAt)?.getTime() ?? 0;
  const sorted = [...items].sort((a, b) => time(b) - time(a));
  const groups = new Map<string, DayGroup<T>>();
  for (const item of sorted) {
    const key = dayKey(item.createdAt) ?? "";
    let group = groups.get(key);
    if (!group) {
      group = { key, label: key ? dayLabel(key, now) : "Onbekende datum", items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
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
