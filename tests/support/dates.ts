import { addCalendarDays, dutchDate } from "@regiehub/domain";

// "Today" as the hub decides it: the calendar date in the Netherlands. A test that takes the UTC date instead
// is a day behind between midnight in Amsterdam and midnight UTC (23:00–24:00 UTC in winter, 22:00–24:00 in
// summer), and then a decision "today" reads as yesterday, or one "tomorrow" as today.

/** Today's calendar date in the Netherlands, 'YYYY-MM-DD'. */
export function dutchToday(): string {
  return dutchDate(new Date());
}

/** The calendar date `days` after today in the Netherlands (before it when negative). */
export function dutchDaysFromToday(days: number): string {
  return addCalendarDays(dutchToday(), days);
}

export { addCalendarDays };
