import type { ConsentGrantFieldsFragment } from "../../generated/graphql";

// Shorthands for parts of the result types that `pnpm codegen` generates from the documents in ./graphql.

export type Grant = ConsentGrantFieldsFragment;
