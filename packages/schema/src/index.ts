import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SCHEMA_DIR = fileURLToPath(new URL("..", import.meta.url));

/**
 * Paths of the committed SDL files: the contract for the web app and partner systems. Every `*.graphql` file
 * of packages/schema, in name order (codegen reads the same glob).
 */
export const SCHEMA_PATHS = readdirSync(SCHEMA_DIR)
  .filter((file) => file.endsWith(".graphql"))
  .sort()
  .map((file) => join(SCHEMA_DIR, file));

/** The SDL as a string. */
export const typeDefs: string = SCHEMA_PATHS.map((path) => readFileSync(path, "utf8")).join("\n");

export type * from "./generated/graphql";
