import type { ApiClientFieldsFragment } from "../../generated/graphql";

// Partner systems (API clients) of the ADMIN's organisation: packages/schema/api-clients.graphql.
// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

export type ApiClientRow = ApiClientFieldsFragment;
export type ApiClientSecretRow = ApiClientRow["secrets"][number];
