import { eq } from "drizzle-orm";
import { AppError, type ProfessionalRole } from "@regiehub/domain";
import { tables, type Executor, type ProfessionalRow } from "@regiehub/db";
import { isCaseWorker } from "@regiehub/policy";

const ROLE_LABEL: Partial<Record<ProfessionalRole, string>> = {
  CASUSREGISSEUR: "casusregisseur",
  PROCESREGISSEUR: "procesregisseur",
};

/** A professional named as director must exist and have that role (never a partner system's service account). */
export async function requireProfessionalWithRole(
  db: Executor,
  id: string,
  role: ProfessionalRole,
  path: string,
): Promise<ProfessionalRow> {
  const [row] = await db.select().from(tables.professionals).where(eq(tables.professionals.id, id)).limit(1);
  if (!row || row.apiClientId !== null) throw AppError.badInput(path, "Onbekende professional");
  if (row.role !== role)
    throw AppError.badInput(path, `Deze professional is geen ${ROLE_LABEL[role] ?? role}`);
  return row;
}

/** A professional named to work on a case (see `isCaseWorker`); BAD_USER_INPUT at `path` with `message` otherwise. */
export async function requireCaseWorker(
  db: Executor,
  id: string,
  path: string,
  message: string,
): Promise<ProfessionalRow> {
  const [row] = await db.select().from(tables.professionals).where(eq(tables.professionals.id, id)).limit(1);
  if (!row || !isCaseWorker(row)) throw AppError.badInput(path, message);
  return row;
}
