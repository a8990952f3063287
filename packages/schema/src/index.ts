import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Paths of the committed SDL files: the contract for the web app and partner systems. */
export const SCHEMA_PATHS = [
  "../schema.graphql",
  "../plan.graphql",
  "../live.graphql",
  "../portfolio.graphql",
].map((file) => fileURLToPath(new URL(file, import.meta.url)));

/** The SDL as a string. */
export const typeDefs: string = SCHEMA_PATHS.map((path) => readFileSync(path, "utf8")).join("\n");

export type * from "./generated/graphql";
