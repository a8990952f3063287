import type { OperationContext } from "../../../operation";
import { and, eq, gt, isNull, or } from "drizzle-orm";
import { z } from "zod";
import { AppError, SECRET_ROTATION_OVERLAP, parseInput, targetId } from "@regiehub/domain";
import { tables } from "@regiehub/db";
import { authorize } from "@regiehub/policy";
import { generateClientSecret, hashClientSecret } from "../../../auth/secrets";
import { clientOfOrganisation, viewClients, type ApiClientView } from "../shared";

export const RotateApiClientSecretInput = z.object({
  id: targetId(),
  overlapMinutes: z
    .number()
    .int()
    .min(0, "Minimaal 0 minuten")
    .max(SECRET_ROTATION_OVERLAP.maxMinutes, "Maximaal 7 dagen (10.080 minuten)")
    .nullish()
    .transform((m) => m ?? SECRET_ROTATION_OVERLAP.defaultMinutes),
});

/**
 * Gives a client of the ADMIN's organisation a new secret (shown once). Its current secrets stay valid for the
 * overlap (default 60 minutes, at most 7 days), so the system can switch without an interruption; one that
 * already ends sooner keeps its end.
 */
export async function rotateApiClientSecret(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<{ client: ApiClientView; clientSecret: string; previousSecretsExpireAt: Date }> {
  authorize(actor, "apiClient.manage");
  const { id, overlapMinutes } = parseInput(RotateApiClientSecretInput, rawInput, "");
  const secret = generateClientSecret();
  const secretHash = await hashClientSecret(secret);
  const previousSecretsExpireAt = new Date(now.getTime() + overlapMinutes * 60_000);
  return changes.transaction(db, async (tx, record) => {
    const client = await clientOfOrganisation(tx, actor, id, { forUpdate: true });
    if (client.revokedAt) throw new AppError("CONFLICT", "Deze koppeling is ingetrokken");
    if (client.authMethod !== "client_secret") {
      throw AppError.badInput(
        "id",
        "Deze koppeling meldt zich aan met een eigen sleutel (private_key_jwt), niet met een geheim",
      );
    }
    const s = tables.apiClientSecrets;
    await tx
      .update(s)
      .set({ expiresAt: previousSecretsExpireAt })
      .where(
        and(
          eq(s.clientId, client.id),
          isNull(s.revokedAt),
          or(isNull(s.expiresAt), gt(s.expiresAt, previousSecretsExpireAt)),
        ),
      );
    await tx.insert(s).values({ clientId: client.id, secretHash, createdAt: now });
    record({
      kind: "API_CLIENT_SECRET_ROTATED",
      caseId: null,
      subjectPersonIds: [],
      fields: ["ApiClient.secrets"],
      legalBasis: null,
      activity: "RH-PA-07",
      detail: `API client ${client.id}: new secret; the previous ones end at ${previousSecretsExpireAt.toISOString()}`,
    });
    const [view] = await viewClients(tx, [client], now);
    return { client: view!, clientSecret: secret, previousSecretsExpireAt };
  });
}
