import { differenceInYears, parseISO } from "date-fns";

/** The Dutch BSN check: 9 digits, weighted sum 9..2 minus the last digit, divisible by 11 (elfproef). */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += digits[i]! * (9 - i);
  sum -= digits[8]!;
  return sum % 11 === 0 && value !== "000000000";
}

/** Age in whole years on `today`, or null without a birth date. */
export function ageOn(birthDate: string | null, today: Date): number | null {
  if (!birthDate) return null;
  return differenceInYears(today, parseISO(birthDate));
}

export function fullName(person: { givenName: string; familyName: string }): string {
  return `${person.givenName} ${person.familyName}`.trim();
}

const AMSTERDAM_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar date (YYYY-MM-DD) in the Netherlands at the given moment. */
export function dutchDate(at: Date): string {
  return AMSTERDAM_DATE.format(at);
}
