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
