import { calendarDaysBetween } from "@regiehub/domain";

// Due dates in words, for the regie-op-regie section (dates are calendar dates 'YYYY-MM-DD').

/** "over 3 dagen", "vandaag", "1 dag te laat", for a due date against today. */
export function dueText(dueOn: string, today: string): string {
  const days = calendarDaysBetween(today, dueOn);
  if (days === 0) return "vandaag";
  if (days > 0) return days === 1 ? "morgen" : `over ${days} dagen`;
  return days === -1 ? "1 dag te laat" : `${-days} dagen te laat`;
}
