import { existsSync, readFileSync } from "node:fs";
import { parse } from "graphql";
import type { Config } from "../config";
import { canonicalText, sha256Hex, singleOperation, SHA256_HEX } from "./documents";

// The web app's operations: the persisted-query manifest its build makes (@apollo/generate-persisted-query-manifest,
// `apps/web/src/generated/persisted-query-manifest.json`, copied next to the built app). The hub loads it at
// start as the operations people may run with TRUSTED_DOCUMENTS=all, and to answer the web app's requests that
// name an operation by hash alone.

/** One operation of the manifest: its id is the sha256 of its body (the canonical text). */
export interface ManifestOperation {
  id: string;
  name: string;
  type: "query" | "mutation" | "subscription";
  body: string;
}

export interface WebManifest {
  path: string;
  operations: ManifestOperation[];
}

export class ManifestError extends Error {}

/** Reads and checks a manifest file: the format, and each id the sha256 of its body in canonical form. */
export function readManifest(path: string): WebManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ManifestError(`${path}: not a readable JSON file (${(error as Error).message})`);
  }
  const manifest = raw as { format?: unknown; version?: unknown; operations?: unknown };
  if (
    manifest?.format !== "apollo-persisted-query-manifest" ||
    manifest.version !== 1 ||
    !Array.isArray(manifest.operations)
  ) {
    throw new ManifestError(`${path}: not an Apollo persisted-query manifest (format 1)`);
  }
  const operations: ManifestOperation[] = [];
  for (const [index, entry] of (manifest.operations as Record<string, unknown>[]).entries()) {
    const { id, name, type, body } = entry ?? {};
    const where = `${path}: operation ${index}`;
    if (typeof id !== "string" || !SHA256_HEX.test(id)) throw new ManifestError(`${where}: id is no sha256`);
    if (typeof name !== "string" || typeof body !== "string") {
      throw new ManifestError(`${where}: name and body must be strings`);
    }
    let canonical: string;
    let operation: ReturnType<typeof singleOperation>;
    try {
      const document = parse(body, { noLocation: true });
      operation = singleOperation(document);
      canonical = canonicalText(document);
    } catch (error) {
      throw new ManifestError(`${where} (${name}): ${(error as Error).message}`);
    }
    if (operation.name !== name || operation.type !== type) {
      throw new ManifestError(`${where}: its name or type does not match its body`);
    }
    if (canonical !== body || sha256Hex(body) !== id) {
      throw new ManifestError(
        `${where} (${name}): the id is not the sha256 of the body in canonical form (regenerate the manifest)`,
      );
    }
    operations.push({ id, name, type: operation.type, body });
  }
  return { path, operations };
}

/** The manifest at `path` if there is a file there; undefined if there is none. */
export function loadManifest(path: string): WebManifest | undefined {
  return existsSync(path) ? readManifest(path) : undefined;
}

/** The web app's manifest for the hub's settings; with TRUSTED_DOCUMENTS=all the hub does not start without one. */
export function webManifestFor(settings: Config["trustedDocuments"]): WebManifest | undefined {
  const manifest = loadManifest(settings.manifestPath);
  if (!manifest && settings.mode === "all") {
    throw new ManifestError(
      `TRUSTED_DOCUMENTS=all lets people run only the web app's operations, and there is no manifest of them at ${settings.manifestPath}: build the web app (pnpm build) or set TRUSTED_DOCUMENTS_MANIFEST`,
    );
  }
  return manifest;
}
