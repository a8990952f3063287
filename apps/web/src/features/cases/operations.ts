import type { CaseDetailFragment, CaseListQuery } from "../../generated/graphql";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts), generated from the
// committed SDL and the documents below; the names below are only shorthands for parts of them.

/** One row of the case list. */
export type CaseListItem = CaseListQuery["cases"]["edges"][number]["node"];

/** Everything the case page shows about a case. */
export type CaseDetail = CaseDetailFragment;
export type PersonRow = CaseDetail["persons"][number];
export type TeamMemberRow = CaseDetail["team"][number];
export type DirectorRef = NonNullable<CaseDetail["casusregisseur"]>;
