import { createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "../config";

/** Persons appear in the processing log only as HMAC pseudonyms; the key never leaves the hub. */
export type Pseudonymizer = (personId: string) => string;

export function createPseudonymizer(config: Pick<Config, "pseudonym">): Pseudonymizer {
  const key = config.pseudonym.key ?? loadOrCreateKey(config.pseudonym.keyDir);
  return (personId) => createHmac("sha256", key).update(personId).digest("hex").slice(0, 32);
}

function loadOrCreateKey(keyDir: string | undefined): string {
  if (!keyDir) return randomBytes(32).toString("hex");
  const file = join(keyDir, "pseudonym.key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const key = randomBytes(32).toString("hex");
  mkdirSync(keyDir, { recursive: true, mode: 0o700 });
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}
