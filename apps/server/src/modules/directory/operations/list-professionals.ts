import type { OperationContext } from "../../../operation";
import { and, asc, eq, isNull, type SQL } from "drizzle-orm";
import { z } from "zod";
import { PROFESSIONAL_ROLES, id, parseInput } from "@regiehub/domain";
import { tables, type ProfessionalRow } from "@regiehub/db";
import { authorize } from "@regiehub/policy";

export const ListProfessionalsInput = z.object({
  organisationId: id("Onbekende organisatie").nullish(),
  role: z.enum(PROFESSIONAL_ROLES).nullish(),
});

/**
 * Professionals of the region by name, optionally of one organisation or in one role: people only (partner
 * systems' service accounts are never offered where people are chosen).
 */
export async function listProfessionals(
  { db, actor }: OperationContext,
  rawInput: unknown,
): Promise<ProfessionalRow[]> {
  authorize(actor, "professional.list");
  const { organisationId, role } = parseInput(ListProfessionalsInput, rawInput, "");
  const { professionals: p } = tables;
  const filters: SQL[] = [isNull(p.apiClientId)];
  if (organisationId) filters.push(eq(p.organisationId, organisationId));
  if (role) filters.push(eq(p.role, role));
  return db
    .select()
    .from(p)
    .where(and(...filters))
    .orderBy(asc(p.name));
}
