import type { ConsentGrantFieldsFragment } from "../../generated/graphql";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

export type Grant = ConsentGrantFieldsFragment;
