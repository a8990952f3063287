// Due dates in words, for the regie-op-regie section (dates are calendar dates 'YYYY-MM-DD').

/** Days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` lies before `from`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
}

/** "over 3 dagen", "vandaag", "1 dag te laat", for a due date against today. */
export function dueText(dueOn: string, today: string): string {
  const days = daysBetween(today, dueOn);
  if (days === 0) return "vandaag";
  if (days > 0) return days === 1 ? "morgen" : `over ${days} dagen`;
  return days === -1 ? "1 dag te laat" : `${-days} dagen te laat`;
}
