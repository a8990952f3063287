import type { CaseDetailFragment, CaseListQuery, CaseStatusQuery } from "../../generated/graphql";

// Shorthands for parts of the result types that `pnpm codegen` generates (src/generated/graphql.ts) from the
// committed SDL and the documents in ./graphql.

/** One row of the case list. */
export type CaseListItem = CaseListQuery["cases"]["edges"][number]["node"];

/** Everything the case page shows about a case. */
export type CaseDetail = CaseDetailFragment;
export type PersonRow = CaseDetail["persons"][number];
export type TeamMemberRow = CaseDetail["team"][number];
export type DirectorRef = NonNullable<CaseDetail["casusregisseur"]>;

// The status block of the case overview: what is late, what comes next, what waits for the viewer. Everything
// here follows the viewer's grants on the server: actions outside them are absent, a partner sees only its own
// organisation's grants, and the next regiegesprek is only asked with READ_FOLLOW_UP.

export type CaseStatusData = NonNullable<CaseStatusQuery["case"]>;
export type StatusAction = CaseStatusData["actions"][number];
