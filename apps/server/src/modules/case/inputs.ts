import { z } from "zod";
import { id, text } from "@regiehub/domain";

// Shared input rules for case operations (GraphQL already checks types and enums).
export const title = text({ min: 2, max: 120, required: "Geef een naam van minstens 2 tekens" });
export const municipality = text({ min: 2, max: 80, required: "Geef de gemeente" });
export const optionalId = id("Onbekende verwijzing").nullish();
export const version = z.number().int().min(1);
