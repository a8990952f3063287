import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from "jose";

// Development/embedded mode: the hub signs its own tokens with an ES256 key kept in the data folder, so
// sessions survive a restart. Without a folder (tests, DATA_DIR=memory://) the key lives in memory.

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

export async function loadOrCreateSigningKeys(keyDir: string | undefined): Promise<SigningKeys> {
  const file = keyDir ? join(keyDir, "dev-signing-key.json") : undefined;
  if (file && existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, "utf8")) as StoredKey;
    return {
      kid: stored.kid,
      privateKey: (await importJWK(stored.privateJwk, ALG)) as CryptoKey,
      publicKey: (await importJWK(stored.publicJwk, ALG)) as CryptoKey,
    };
  }
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  const kid = `dev-${Date.now().toString(36)}`;
  if (keyDir && file) {
    mkdirSync(keyDir, { recursive: true, mode: 0o700 });
    const stored: StoredKey = {
      kid,
      privateJwk: await exportJWK(privateKey),
      publicJwk: await exportJWK(publicKey),
    };
    writeFileSync(file, JSON.stringify(stored), { mode: 0o600 });
  }
  return { kid, privateKey, publicKey };
}
