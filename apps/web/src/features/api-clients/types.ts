import type { ApiClientFieldsFragment } from "../../generated/graphql";

// Partner systems (API clients) of the ADMIN's organisation: packages/schema/api-clients.graphql.
// Shorthands for parts of the result types that `pnpm codegen` generates from the documents in ./graphql.

export type ApiClientRow = ApiClientFieldsFragment;
export type ApiClientSecretRow = ApiClientRow["secrets"][number];
