import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Path of the committed SDL: the contract for the web app and partner systems. */
export const SCHEMA_PATH = fileURLToPath(new URL("../schema.graphql", import.meta.url));

/** The SDL as a string. */
export const typeDefs: string = readFileSync(SCHEMA_PATH, "utf8");

export type * from "./generated/graphql";
