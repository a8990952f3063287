import { and, desc, eq, inArray } from "drizzle-orm";
import { importJWK, type JWK } from "jose";
import { z } from "zod";
import { AppError, isUuid, type Actor } from "@regiehub/domain";
import { tables, type ApiClientRow, type Executor, type ProfessionalRow } from "@regiehub/db";
import { formatCidr, parseCidr } from "../../auth/cidr";
import { ASSERTION_ALGORITHMS } from "../../auth/client-credentials";

// What the API-client operations share: the client of the ADMIN's own organisation (another organisation's is
// NOT_FOUND), the shape the API shows, and the checks of address ranges and public keys.

export type { ApiClientRow };

/** An API client as the API shows it (`ApiClient` in packages/schema/api-clients.graphql). */
export interface ApiClientView {
  id: string;
  name: string;
  scopes: string[];
  allowedCidrs: string[];
  authMethod: "CLIENT_SECRET" | "PRIVATE_KEY_JWT";
  keyIds: string[];
  secrets: { id: string; createdAt: Date; expiresAt: Date | null; active: boolean }[];
  serviceAccount: ProfessionalRow;
  createdAt: Date;
  createdBy: ProfessionalRow | null;
  revokedAt: Date | null;
  revokedBy: ProfessionalRow | null;
}

/** A client of the actor's organisation, locked for the change when `forUpdate`; NOT_FOUND otherwise. */
export async function clientOfOrganisation(
  db: Executor,
  actor: Actor,
  id: string,
  { forUpdate = false } = {},
): Promise<ApiClientRow> {
  if (!isUuid(id)) throw AppError.notFound("API client");
  const c = tables.apiClients;
  const query = db
    .select()
    .from(c)
    .where(and(eq(c.id, id), eq(c.organisationId, actor.organisationId)))
    .limit(1);
  const [row] = forUpdate ? await query.for("update") : await query;
  if (!row) throw AppError.notFound("API client");
  return row;
}

/** The API's view of clients: their secrets and professionals in one query each. */
export async function viewClients(db: Executor, rows: ApiClientRow[], now: Date): Promise<ApiClientView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const s = tables.apiClientSecrets;
  const p = tables.professionals;
  const [secrets, accounts] = await Promise.all([
    db.select().from(s).where(inArray(s.clientId, ids)).orderBy(desc(s.createdAt)),
    db.select().from(p).where(inArray(p.apiClientId, ids)),
  ]);
  const peopleIds = [
    ...new Set(
      rows.flatMap((r) =>
        r.revokedByProfessionalId
          ? [r.createdByProfessionalId, r.revokedByProfessionalId]
          : [r.createdByProfessionalId],
      ),
    ),
  ];
  const people = peopleIds.length ? await db.select().from(p).where(inArray(p.id, peopleIds)) : [];
  const byId = new Map([...people, ...accounts].map((row) => [row.id, row]));
  const accountOf = new Map(accounts.map((a) => [a.apiClientId, a]));
  return rows.map((r) => {
    const serviceAccount = accountOf.get(r.id);
    if (!serviceAccount) throw new Error(`API client ${r.id} has no service account`);
    return {
      id: r.id,
      name: r.name,
      scopes: r.scopes,
      allowedCidrs: r.allowedCidrs,
      authMethod: r.authMethod === "private_key_jwt" ? "PRIVATE_KEY_JWT" : "CLIENT_SECRET",
      keyIds: (r.jwks?.keys ?? []).map((k) => String(k["kid"] ?? "")),
      secrets: secrets
        .filter((x) => x.clientId === r.id)
        .map((x) => ({
          id: x.id,
          createdAt: x.createdAt,
          expiresAt: x.expiresAt,
          active: r.revokedAt === null && x.revokedAt === null && (x.expiresAt === null || x.expiresAt > now),
        })),
      serviceAccount,
      createdAt: r.createdAt,
      createdBy: byId.get(r.createdByProfessionalId) ?? null,
      revokedAt: r.revokedAt,
      revokedBy: r.revokedByProfessionalId ? (byId.get(r.revokedByProfessionalId) ?? null) : null,
    };
  });
}

/** Address ranges: each a CIDR (or a bare address), stored canonical, without duplicates. */
export const cidrList = z
  .array(z.string().max(64, "Geen geldig adresbereik"))
  .max(20, "Maximaal 20 adresbereiken")
  .nullish()
  .transform((values, ctx) => {
    const out: string[] = [];
    (values ?? []).forEach((value, index) => {
      const cidr = parseCidr(value);
      if (!cidr) {
        ctx.addIssue({
          code: "custom",
          path: [index],
          message: "Geen geldig adresbereik (CIDR), bijv. 192.0.2.0/24",
        });
        return;
      }
      const text = formatCidr(cidr);
      if (!out.includes(text)) out.push(text);
    });
    return out;
  });

const MAX_KEYS = 5;
/** Key types whose public half can verify a client assertion with an allowed algorithm. */
const KEY_TYPES = ["RSA", "EC", "OKP"];
/** Members that only a private or symmetric key has: a registered key set must not carry them. */
const PRIVATE_MEMBERS = ["d", "p", "q", "dp", "dq", "qi", "oth", "k"];

/**
 * A client's public keys for private_key_jwt: a JSON Web Key Set of 1–5 public RSA, EC or OKP keys, each with a
 * unique `kid`, each importable for an allowed algorithm. A private or symmetric key is refused (it must never
 * leave the partner). Returns the set as it will be stored (only the public members given).
 */
export async function parsePublicJwks(
  text: string,
  path: string,
): Promise<{ keys: Record<string, unknown>[] }> {
  const bad = (message: string) => AppError.badInput(path, message);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw bad('Geen geldige JSON (een JWKS: {"keys": [...]})');
  }
  const keys = (parsed as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0)
    throw bad('Een JWKS met minstens één sleutel: {"keys": [...]}');
  if (keys.length > MAX_KEYS) throw bad(`Maximaal ${MAX_KEYS} sleutels`);
  const kids = new Set<string>();
  for (const key of keys as JWK[]) {
    if (typeof key !== "object" || key === null) throw bad("Elke sleutel is een JSON-object (JWK)");
    if (!KEY_TYPES.includes(String(key.kty))) throw bad("Alleen publieke RSA-, EC- of OKP-sleutels");
    if (PRIVATE_MEMBERS.some((m) => m in key)) {
      throw bad("Dit is een privé- of geheime sleutel: registreer alleen de publieke sleutel");
    }
    if (typeof key.kid !== "string" || key.kid === "" || kids.has(key.kid)) {
      throw bad("Elke sleutel heeft een eigen kid");
    }
    kids.add(key.kid);
    const alg = key.alg ?? defaultAlgorithm(key);
    if (!alg || !(ASSERTION_ALGORITHMS as readonly string[]).includes(alg)) {
      throw bad(`Algoritme niet toegestaan; kies uit ${ASSERTION_ALGORITHMS.join(", ")}`);
    }
    try {
      await importJWK(key, alg);
    } catch {
      throw bad(`Sleutel ${key.kid} kan niet worden gelezen`);
    }
  }
  return { keys: keys as Record<string, unknown>[] };
}

function defaultAlgorithm(key: JWK): string | undefined {
  if (key.kty === "RSA") return "RS256";
  if (key.kty === "EC") return key.crv === "P-256" ? "ES256" : key.crv === "P-384" ? "ES384" : undefined;
  if (key.kty === "OKP") return key.crv === "Ed25519" ? "EdDSA" : undefined;
  return undefined;
}
