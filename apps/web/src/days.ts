import { dutchDate } from "@regiehub/domain";
import { toDate, type DateTimeValue } from "./labels";

// Moments by the day they fall on in the Netherlands (as the hub counts days): the day, the time of day, and
// lists grouped by day — the dossier's timeline and the notification centre.

const timeFormat = new Intl.DateTimeFormat("nl-NL", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Amsterdam",
});

/** The calendar day of a moment in the Netherlands, `YYYY-MM-DD` (null for no moment). */
export function dayKey(value: DateTimeValue): string | null {
  const date = toDate(value);
  return date ? dutchDate(date) : null;
}

/** "09:15" in Dutch time ("" for no moment). */
export function timeOfDay(value: DateTimeValue): string {
  const date = toDate(value);
  return date ? timeFormat.format(date) : "";
}

export interface DayGroup<T> {
  /** `YYYY-MM-DD` (Dutch time); "" for the items without a readable moment. */
  key: string;
  /** The day in words, as `labelOf` says it; "Onbekende datum" without a moment. */
  label: string;
  items: T[];
}

/** Items grouped by the Dutch day they were made on, in the order given (sort them first: newest first). */
export function groupByDay<T extends { createdAt: DateTimeValue }>(
  items: readonly T[],
  labelOf: (key: string) => string,
): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const key = dayKey(item.createdAt) ?? "";
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, label: key ? labelOf(key) : "Onbekende datum", items: [item] });
  }
  return groups;
}
