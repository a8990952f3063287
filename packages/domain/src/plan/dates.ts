import { dutchDate } from "../persons";

// Dates in the family plan are calendar dates: ISO strings 'YYYY-MM-DD', as PostgreSQL `date` columns hold
// them. Two such strings compare correctly as strings, so no rule here needs a time zone once "today" is the
// calendar date in the Netherlands.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAY_MS = 86_400_000;

// Checked with arithmetic, not by parsing and formatting with date-fns: the portfolio checks and counts a
// dozen dates per case for every case of the portfolio on every page (≈ 25 µs each through date-fns).

/** A calendar date written 'YYYY-MM-DD' that exists (no 2025-02-30; years 0001–9999). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** Calendar days from `from` to `to` ('YYYY-MM-DD' both): negative when `to` lies before `from`. */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((dayTime(to) - dayTime(from)) / DAY_MS);
}

/** The calendar date `days` after `date` ('YYYY-MM-DD' both; before it when `days` is negative). */
export function addCalendarDays(date: string, days: number): string {
  return new Date(dayTime(date) + days * DAY_MS).toISOString().slice(0, 10);
}

function dayTime(value: string): number {
  const date = new Date(0);
  date.setUTCFullYear(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)));
  return date.getTime();
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
