import type { OperationContext } from "../../../operation";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { AppError, parseInput, targetId } from "@regiehub/domain";
import { tables } from "@regiehub/db";
import { authorize } from "@regiehub/policy";
import { clientOfOrganisation, viewClients, type ApiClientView } from "../shared";

export const RevokeApiClientInput = z.object({ id: targetId() });

/**
 * Revokes a client of the ADMIN's organisation: no more tokens, and the tokens it holds stop at once (every
 * request loads the client). Its open WebSockets are closed by the caller (the resolver, through the
 * authenticator); other instances close theirs at their next check.
 */
export async function revokeApiClient(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<ApiClientView> {
  authorize(actor, "apiClient.manage");
  const { id } = parseInput(RevokeApiClientInput, rawInput, "");
  return changes.transaction(db, async (tx, record) => {
    const client = await clientOfOrganisation(tx, actor, id, { forUpdate: true });
    if (client.revokedAt) throw new AppError("CONFLICT", "Deze koppeling is al ingetrokken");
    const [revoked] = await tx
      .update(tables.apiClients)
      .set({ revokedAt: now, revokedByProfessionalId: actor.professionalId })
      .where(eq(tables.apiClients.id, client.id))
      .returning();
    const s = tables.apiClientSecrets;
    await tx
      .update(s)
      .set({ revokedAt: now })
      .where(and(eq(s.clientId, client.id), isNull(s.revokedAt)));
    record({
      kind: "API_CLIENT_REVOKED",
      caseId: null,
      subjectPersonIds: [],
      fields: ["ApiClient.revokedAt"],
      legalBasis: null,
      activity: "RH-PA-07",
      detail: `API client ${client.id} "${client.name}" revoked`,
    });
    const [view] = await viewClients(tx, [revoked!], now);
    return view!;
  });
}
