import type { OperationContext } from "../../../operation";
import { z } from "zod";
import { AppError, API_SCOPE_NAMES, isApiScope, parseInput, sortScopes, text } from "@regiehub/domain";
import { isUniqueViolation, tables } from "@regiehub/db";
import { authorize, grantableScopes } from "@regiehub/policy";
import { generateClientSecret, hashClientSecret } from "../../../auth/secrets";
import { cidrList, parsePublicJwks, viewClients, type ApiClientView } from "../shared";

export const RegisterApiClientInput = z.object({
  name: text({ max: 100 }),
  scopes: z
    .array(z.string().refine(isApiScope, `Onbekende scope; kies uit ${API_SCOPE_NAMES.join(", ")}`))
    .min(1, "Kies minstens één scope")
    .max(API_SCOPE_NAMES.length * 2),
  allowedCidrs: cidrList,
  jwks: z.string().max(20_000, "Maximaal 20.000 tekens").nullish(),
});

/**
 * Registers a partner system of the ADMIN's own organisation: the client, its service account (a professional
 * of the organisation that acts for it, never offered where people are chosen) and — unless it registers public
 * keys for private_key_jwt — a secret, returned once and stored only as its argon2id hash.
 */
export async function registerApiClient(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<{ client: ApiClientView; clientSecret: string | null }> {
  authorize(actor, "apiClient.manage");
  const input = parseInput(RegisterApiClientInput, rawInput);
  const scopes = sortScopes(input.scopes.filter(isApiScope));
  // Only scopes that let a system do something a professional of the organisation may do.
  const grantable = grantableScopes();
  const beyond = scopes.filter((s) => !grantable.includes(s));
  if (beyond.length > 0) {
    throw AppError.badInput(
      "input.scopes",
      `Deze scope geeft een systeem van uw organisatie geen rechten: ${beyond.join(", ")}`,
    );
  }
  const jwks = input.jwks ? await parsePublicJwks(input.jwks, "input.jwks") : null;
  const secret = jwks ? null : generateClientSecret();
  const secretHash = secret ? await hashClientSecret(secret) : null;
  try {
    return await changes.transaction(db, async (tx, record) => {
      const [client] = await tx
        .insert(tables.apiClients)
        .values({
          organisationId: actor.organisationId,
          name: input.name,
          scopes,
          allowedCidrs: input.allowedCidrs,
          authMethod: jwks ? "private_key_jwt" : "client_secret",
          jwks,
          createdByProfessionalId: actor.professionalId,
        })
        .returning();
      await tx.insert(tables.professionals).values({
        organisationId: actor.organisationId,
        name: input.name,
        email: `api-client-${client!.id}@clients.regiehub.invalid`,
        role: "PROFESSIONAL",
        apiClientId: client!.id,
      });
      if (secretHash) await tx.insert(tables.apiClientSecrets).values({ clientId: client!.id, secretHash });
      record({
        kind: "API_CLIENT_REGISTERED",
        caseId: null,
        subjectPersonIds: [],
        fields: ["ApiClient"],
        legalBasis: null,
        activity: "RH-PA-07",
        detail: `API client ${client!.id} "${input.name}": ${jwks ? "private_key_jwt" : "client_secret"}; scopes ${scopes.join(" ")}; addresses ${input.allowedCidrs.join(" ") || "any"}`,
      });
      const [view] = await viewClients(tx, [client!], now);
      return { client: view!, clientSecret: secret };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "Uw organisatie heeft al een koppeling met deze naam", [
        { path: "input.name", message: "Uw organisatie heeft al een koppeling met deze naam" },
      ]);
    }
    throw error;
  }
}
