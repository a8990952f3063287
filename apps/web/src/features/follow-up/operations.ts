import { gql, type TypedDocumentNode } from "@apollo/client";
import type {
  CaseFollowUpQuery,
  CaseFollowUpQueryVariables,
  RecordCheckInMutation,
  RecordCheckInMutationVariables,
  RecordMonitoringReviewMutation,
  RecordMonitoringReviewMutationVariables,
  SetCaseBudgetMutation,
  SetCaseBudgetMutationVariables,
  SetCheckInIntervalMutation,
  SetCheckInIntervalMutationVariables,
  StartMonitoringMutation,
  StartMonitoringMutationVariables,
} from "../../generated/graphql";
import { PROFESSIONAL_NAME_FRAGMENT } from "../../fragments";

// Regie op regie of a case: asked for only when the viewer has READ_FOLLOW_UP (others get null with
// CONSENT_REQUIRED), like the BSN.

export const CASE_FOLLOW_UP_QUERY: TypedDocumentNode<CaseFollowUpQuery, CaseFollowUpQueryVariables> = gql`
  query CaseFollowUp($id: ID!) {
    case(id: $id) {
      id
      version
      phase
      checkIns {
        id
        heldOn
        cooperation
        budget
        obstacles
        nextCheckInOn
        recordedBy {
          ...ProfessionalName
        }
      }
      nextCheckInOn
      checkInIntervalWeeks
      budgetStatus {
        amountCents
        committedCents
        spentCents
        availableCents
        overBudget
      }
      monitoringFollowUpOn
      monitoringReviews {
        id
        followUpOn
        reviewedOn
        outcome
        note
        nextFollowUpOn
        recordedBy {
          ...ProfessionalName
        }
      }
    }
  }
  ${PROFESSIONAL_NAME_FRAGMENT}
`;

export type FollowUpCase = NonNullable<CaseFollowUpQuery["case"]>;
export type CheckInRow = NonNullable<FollowUpCase["checkIns"]>[number];
export type MonitoringReviewRow = NonNullable<FollowUpCase["monitoringReviews"]>[number];

/** What a change returns: enough for the case page (phase, version) to follow. */
const CHANGED_CASE = gql`
  fragment FollowUpChangedCase on Case {
    id
    version
    phase
    closedOn
    allowedPhaseTransitions
  }
`;

export const RECORD_CHECK_IN_MUTATION: TypedDocumentNode<
  RecordCheckInMutation,
  RecordCheckInMutationVariables
> = gql`
  mutation RecordCheckIn($input: RecordCheckInInput!) {
    recordCheckIn(input: $input) {
      ...FollowUpChangedCase
    }
  }
  ${CHANGED_CASE}
`;

export const SET_CHECK_IN_INTERVAL_MUTATION: TypedDocumentNode<
  SetCheckInIntervalMutation,
  SetCheckInIntervalMutationVariables
> = gql`
  mutation SetCheckInInterval($input: SetCheckInIntervalInput!) {
    setCheckInInterval(input: $input) {
      ...FollowUpChangedCase
    }
  }
  ${CHANGED_CASE}
`;

export const SET_CASE_BUDGET_MUTATION: TypedDocumentNode<
  SetCaseBudgetMutation,
  SetCaseBudgetMutationVariables
> = gql`
  mutation SetCaseBudget($input: SetCaseBudgetInput!) {
    setCaseBudget(input: $input) {
      ...FollowUpChangedCase
    }
  }
  ${CHANGED_CASE}
`;

export const START_MONITORING_MUTATION: TypedDocumentNode<
  StartMonitoringMutation,
  StartMonitoringMutationVariables
> = gql`
  mutation StartMonitoring($input: StartMonitoringInput!) {
    startMonitoring(input: $input) {
      ...FollowUpChangedCase
    }
  }
  ${CHANGED_CASE}
`;

export const RECORD_MONITORING_REVIEW_MUTATION: TypedDocumentNode<
  RecordMonitoringReviewMutation,
  RecordMonitoringReviewMutationVariables
> = gql`
  mutation RecordMonitoringReview($input: RecordMonitoringReviewInput!) {
    recordMonitoringReview(input: $input) {
      ...FollowUpChangedCase
    }
  }
  ${CHANGED_CASE}
`;
