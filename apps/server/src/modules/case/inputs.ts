import { z } from "zod";

// Shared input rules for case operations (GraphQL already checks types and enums).
export const title = z
  .string()
  .trim()
  .min(2, "Geef een naam van minstens 2 tekens")
  .max(120, "Maximaal 120 tekens");
export const municipality = z.string().trim().min(2, "Geef de gemeente").max(80, "Maximaal 80 tekens");
export const optionalId = z.uuid("Onbekende verwijzing").nullish();
export const version = z.number().int().min(1);
