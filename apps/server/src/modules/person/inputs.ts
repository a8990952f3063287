import { z } from "zod";
import { HOUSEHOLD_ROLES, dutchDate, isValidBsn } from "@regiehub/domain";

export const name = z.string().trim().min(1, "Vul dit veld in").max(100, "Maximaal 100 tekens");

export const birthDate = z
  .string()
  .refine((d) => d >= "1900-01-01", "Geboortedatum ligt te ver in het verleden")
  .refine((d) => d <= dutchDate(new Date()), "Geboortedatum ligt in de toekomst");

export const bsn = z.string().trim().refine(isValidBsn, "Geen geldig BSN (9 cijfers, elfproef)");

export const householdRole = z.enum(HOUSEHOLD_ROLES);
