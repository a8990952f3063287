import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";

// Development/embedded mode: the hub signs its own tokens with an ES256 key kept in the data folder, so
// sessions survive a restart. Without a folder (tests, DATA_DIR=memory://) the key lives in memory.
// The same kind of key, in a file of its own, signs the access tokens of partner systems in every mode
// (auth/hub-tokens.ts): `hub-signing-key.json` in HUB_SIGNING_KEY_DIR.

export interface SigningKeys {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

interface StoredKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

const ALG = "ES256";

export async function loadOrCreateSigningKeys(
  keyDir: string | undefined,
  { fileName = "dev-signing-key.json", kidPrefix = "dev" }: { fileName?: string; kidPrefix?: string } = {},
): Promise<SigningKeys> {
  const file = keyDir ? join(keyDir, fileName) : undefined;
  if (file && existsSync(file)) return readStoredKey(file);
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  const kid = `${kidPrefix}-${Date.now().toString(36)}`;
  if (keyDir && file) {
    mkdirSync(keyDir, { recursive: true, mode: 0o700 });
    const stored: StoredKey = {
      kid,
      privateJwk: await exportJWK(privateKey),
      publicJwk: await exportJWK(publicKey),
    };
    try {
      // Exclusive: of instances starting together on one folder, the first key written is everyone's.
      writeFileSync(file, JSON.stringify(stored), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") return readStoredKey(file);
      throw error;
    }
  }
  return { kid, privateKey, publicKey };
}

async function readStoredKey(file: string): Promise<SigningKeys> {
  const stored = JSON.parse(readFileSync(file, "utf8")) as StoredKey;
  return {
    kid: stored.kid,
    privateKey: (await importJWK(stored.privateJwk, ALG)) as CryptoKey,
    publicKey: (await importJWK(stored.publicJwk, ALG)) as CryptoKey,
  };
}

/** The public half of a key as a JWK for a key set (`kid`, `alg`, `use`). */
export async function publicJwkOf(keys: SigningKeys): Promise<JWK> {
  return { ...(await exportJWK(keys.publicKey)), kid: keys.kid, alg: ALG, use: "sig" };
}
