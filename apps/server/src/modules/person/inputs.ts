import { z } from "zod";
import { HOUSEHOLD_ROLES, dutchDate, isValidBsn, plain, text } from "@regiehub/domain";

export const name = text({ max: 100 });

export const birthDate = plain()
  .refine((d) => d >= "1900-01-01", "Geboortedatum ligt te ver in het verleden")
  .refine((d) => d <= dutchDate(new Date()), "Geboortedatum ligt in de toekomst");

// The elfproef takes nine digits and nothing else (no NUL or other control character).
export const bsn = z.string().trim().refine(isValidBsn, "Geen geldig BSN (9 cijfers, elfproef)");

export const householdRole = z.enum(HOUSEHOLD_ROLES);
