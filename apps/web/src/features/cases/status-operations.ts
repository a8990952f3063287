import type { CaseStatusQuery } from "../../generated/graphql";

// The status block of the case overview: what is late, what comes next, what waits for the viewer. Everything
// here follows the viewer's grants on the server: actions outside them are absent, a partner sees only its own
// organisation's grants, and the next regiegesprek is only asked with READ_FOLLOW_UP.

export type CaseStatusData = NonNullable<CaseStatusQuery["case"]>;
export type StatusAction = CaseStatusData["actions"][number];
