import { format, isValid, parseISO } from "date-fns";
import { dutchDate } from "../persons";

// Dates in the family plan are calendar dates: ISO strings 'YYYY-MM-DD', as PostgreSQL `date` columns hold
// them. Two such strings compare correctly as strings, so no rule here needs a time zone once "today" is the
// calendar date in the Netherlands.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written 'YYYY-MM-DD' that exists (no 2025-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return false;
  const date = parseISO(value);
  return isValid(date) && format(date, "yyyy-MM-dd") === value;
}

/**
 * The Dutch calendar date of `today`: a moment becomes the date in Europe/Amsterdam, a 'YYYY-MM-DD' string is
 * taken as it is. Throws a RangeError on anything else (a programming error, not user input).
 */
export function calendarDate(today: Date | string): string {
  if (today instanceof Date) return dutchDate(today);
  return checkedDate(today, "today");
}

/** `value` when it is a 'YYYY-MM-DD' calendar date, else a RangeError naming `what`. */
export function checkedDate(value: string, what: string): string {
  if (!isIsoDate(value))
    throw new RangeError(`${what} is not a calendar date 'YYYY-MM-DD': ${String(value)}`);
  return value;
}
