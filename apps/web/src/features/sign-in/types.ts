import type { DevSignInOptionsQuery } from "../../generated/graphql";

// Shorthands for parts of the result types that `pnpm codegen` generates from the documents in ./graphql.

/** One professional to sign in as. */
export type DevSignInOption = DevSignInOptionsQuery["devSignInOptions"][number];
