import type { BreakGlassAccessFieldsFragment } from "../../generated/graphql";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

export type BreakGlassAccessRow = BreakGlassAccessFieldsFragment;
