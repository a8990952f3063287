import { createHmac } from "node:crypto";

/**
 * Persons as the hub writes them into the processing log: the HMAC of `apps/server/src/audit/pseudonym.ts`
 * with the key the bench configured the hub with, so the loader's and the floors' entries match the hub's.
 */
export function pseudonymizer(key: string): (personId: string) => string {
  return (personId) => createHmac("sha256", key).update(personId).digest("hex").slice(0, 32);
}
