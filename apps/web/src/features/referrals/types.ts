import type { CaseReferralsQuery } from "../../generated/graphql";

// Shorthands for parts of the result types that `pnpm codegen` generates from the documents in ./graphql.

export type ReferralRow = NonNullable<CaseReferralsQuery["case"]>["referrals"][number];
