import type { CaseFollowUpQuery } from "../../generated/graphql";

// Regie op regie of a case: asked for only when the viewer has READ_FOLLOW_UP (others get null with
// CONSENT_REQUIRED), like the BSN.

export type FollowUpCase = NonNullable<CaseFollowUpQuery["case"]>;
export type CheckInRow = NonNullable<FollowUpCase["checkIns"]>[number];
export type MonitoringReviewRow = NonNullable<FollowUpCase["monitoringReviews"]>[number];
