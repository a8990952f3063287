import type {
  CaseMeetingsQuery,
  MeetingDetailFragment,
  MeetingPlanGoalsQuery,
} from "../../generated/graphql";

// Case meetings (overleg, packages/schema/meetings.graphql). The meeting itself is case process information;
// its contributions are dossier items, so a participant sees only those their grants cover (read with
// `errorPolicy: "all"`: a withheld content field is null with CONSENT_REQUIRED).

export type MeetingRow = NonNullable<CaseMeetingsQuery["case"]>["meetings"][number];
export type MeetingDetail = MeetingDetailFragment;
export type MeetingContributionRow = MeetingDetail["contributions"][number];
export type MeetingDecisionView = NonNullable<MeetingDetail["decision"]>;
export type MeetingParticipantRow = MeetingDetail["participants"][number];
export type PlanGoalOption = NonNullable<
  NonNullable<MeetingPlanGoalsQuery["case"]>["currentPlan"]
>["goals"][number];
