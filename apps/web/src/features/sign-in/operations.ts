import type { DevSignInOptionsQuery } from "../../generated/graphql";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

/** One professional to sign in as. */
export type DevSignInOption = DevSignInOptionsQuery["devSignInOptions"][number];
