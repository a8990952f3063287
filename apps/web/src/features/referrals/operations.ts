import type { CaseReferralsQuery } from "../../generated/graphql";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

export type ReferralRow = NonNullable<CaseReferralsQuery["case"]>["referrals"][number];
