import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  ActionBoardQuery,
  ActionBoardQueryVariables,
  AddPlanActionMutation,
  AddPlanActionMutationVariables,
  RecordDoorbraakMutation,
  RecordDoorbraakMutationVariables,
  AddPlanGoalMutation,
  AddPlanGoalMutationVariables,
  AgreeFamilyPlanMutation,
  AgreeFamilyPlanMutationVariables,
  ApproveFamilyPlanMutation,
  ApproveFamilyPlanMutationVariables,
  ChangePlanActionStatusMutation,
  ChangePlanActionStatusMutationVariables,
  DraftFamilyPlanMutation,
  DraftFamilyPlanMutationVariables,
  FamilyPlanDocumentQuery,
  FamilyPlanDocumentQueryVariables,
  FamilyPlanViewQuery,
  FamilyPlanViewQueryVariables,
  HoldPlanEvaluationMutation,
  HoldPlanEvaluationMutationVariables,
  PlanActionRowFragment,
  PlanDetailFragment,
  PlanEvaluationRowFragment,
  PlanEvaluationsQuery,
  PlanEvaluationsQueryVariables,
  PlanGoalFragment,
  PlanOrganisationProfessionalsQuery,
  PlanOrganisationProfessionalsQueryVariables,
  PlanPageQuery,
  PlanPageQueryVariables,
  PlanResultRowFragment,
  PlanSummaryFragment,
  PlanVersionQuery,
  PlanVersionQueryVariables,
  RecordPlanResultMutation,
  RecordPlanResultMutationVariables,
  ReopenFamilyPlanMutation,
  ReopenFamilyPlanMutationVariables,
  SchedulePlanEvaluationMutation,
  SchedulePlanEvaluationMutationVariables,
  SetPlanEvaluationIntervalMutation,
  SetPlanEvaluationIntervalMutationVariables,
  UpdateFamilyPlanMutation,
  UpdateFamilyPlanMutationVariables,
} from "../../generated/graphql";
import { DOCUMENT_FILE_FRAGMENT, PERSON_NAME_FRAGMENT, PROFESSIONAL_NAME_FRAGMENT } from "../../fragments";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).
//
// Content fields of items outside the viewer's grants are null with a CONSENT_REQUIRED error each, so the
// queries here are read with `errorPolicy: "all"` (see `contentErrors` in ./errors.ts).

export type PlanSummary = PlanSummaryFragment;
export type PlanDetail = PlanDetailFragment;
export type PlanGoal = PlanGoalFragment;
export type PlanActionRow = PlanActionRowFragment;
export type PlanResultRow = PlanResultRowFragment;
export type PlanEvaluationRow = PlanEvaluationRowFragment;
export type BoardAction = NonNullable<ActionBoardQuery["case"]>["actions"][number];

const PLAN_ACTION_ROW_FRAGMENT = gql`
  fragment PlanActionRow on Action {
    id
    version
    redacted
    domain
    goalId
    viewerCan
    title
    description
    status
    statusReason
    statusChangedAt
    dueOn
    overdue
    allowedTransitions
    ownerOrganisation {
      id
      name
    }
    ownerProfessional {
      id
      name
    }
    doorbraak {
      authority
      heard
      decidedOn
    }
  }
`;

const PLAN_RESULT_ROW_FRAGMENT = gql`
  fragment PlanResultRow on Result {
    id
    redacted
    measuredOn
    score
    status
    evidence
    author {
      id
      name
    }
  }
`;

const PLAN_GOAL_FRAGMENT = gql`
  fragment PlanGoal on Goal {
    id
    version
    redacted
    domain
    dataClass
    viewerCan
    familyWording
    professionalWording
    priority
    targetDate
    subjects {
      ...PersonName
    }
    actions {
      ...PlanActionRow
    }
    results {
      ...PlanResultRow
    }
  }
  ${PERSON_NAME_FRAGMENT}
  ${PLAN_ACTION_ROW_FRAGMENT}
  ${PLAN_RESULT_ROW_FRAGMENT}
`;

const PLAN_SUMMARY_FRAGMENT = gql`
  fragment PlanSummary on Plan {
    id
    version
    number
    status
    redacted
    createdAt
    agreedOn
    approvedOn
    supersededOn
  }
`;

const PLAN_DETAIL_FRAGMENT = gql`
  fragment PlanDetail on Plan {
    ...PlanSummary
    perspective
    reopenReason
    includesYouthCare
    allowedTransitions
    approvalProblem
    subjects {
      ...PersonName
    }
    agreedBy {
      ...PersonName
    }
    approvedBy {
      ...ProfessionalName
    }
    goals {
      ...PlanGoal
    }
  }
  ${PERSON_NAME_FRAGMENT}
  ${PROFESSIONAL_NAME_FRAGMENT}
  ${PLAN_SUMMARY_FRAGMENT}
  ${PLAN_GOAL_FRAGMENT}
`;

/* ---------- Plan page ---------- */

export const PLAN_PAGE_QUERY: TypedDocumentNode<PlanPageQuery, PlanPageQueryVariables> = gql`
  query PlanPage($caseId: ID!) {
    case(id: $caseId) {
      id
      draftPlan {
        ...PlanDetail
      }
      currentPlan {
        ...PlanDetail
      }
      plans {
        ...PlanSummary
      }
    }
  }
  ${PLAN_DETAIL_FRAGMENT}
`;

/** An earlier version, read on request. */
export const PLAN_VERSION_QUERY: TypedDocumentNode<PlanVersionQuery, PlanVersionQueryVariables> = gql`
  query PlanVersion($id: ID!) {
    dossierItem(id: $id) {
      __typename
      id
      ... on Plan {
        ...PlanDetail
      }
    }
  }
  ${PLAN_DETAIL_FRAGMENT}
`;

export const PLAN_ORGANISATION_PROFESSIONALS_QUERY: TypedDocumentNode<
  PlanOrganisationProfessionalsQuery,
  PlanOrganisationProfessionalsQueryVariables
> = gql`
  query PlanOrganisationProfessionals($organisationId: ID!) {
    professionals(organisationId: $organisationId) {
      ...ProfessionalName
    }
  }
  ${PROFESSIONAL_NAME_FRAGMENT}
`;

export const DRAFT_FAMILY_PLAN_MUTATION: TypedDocumentNode<
  DraftFamilyPlanMutation,
  DraftFamilyPlanMutationVariables
> = gql`
  mutation DraftFamilyPlan($input: DraftPlanInput!) {
    draftPlan(input: $input) {
      id
      number
    }
  }
`;

export const UPDATE_FAMILY_PLAN_MUTATION: TypedDocumentNode<
  UpdateFamilyPlanMutation,
  UpdateFamilyPlanMutationVariables
> = gql`
  mutation UpdateFamilyPlan($input: UpdatePlanInput!) {
    updatePlan(input: $input) {
      id
      version
      perspective
    }
  }
`;

/** What a change of a plan's status (agree, approve, reopen) returns for the cache. */
const PLAN_STATUS_CHANGE_FRAGMENT = gql`
  fragment PlanStatusChange on Plan {
    id
    version
    status
  }
`;

export const AGREE_FAMILY_PLAN_MUTATION: TypedDocumentNode<
  AgreeFamilyPlanMutation,
  AgreeFamilyPlanMutationVariables
> = gql`
  mutation AgreeFamilyPlan($input: AgreePlanInput!) {
    agreePlan(input: $input) {
      ...PlanStatusChange
    }
  }
  ${PLAN_STATUS_CHANGE_FRAGMENT}
`;

export const APPROVE_FAMILY_PLAN_MUTATION: TypedDocumentNode<
  ApproveFamilyPlanMutation,
  ApproveFamilyPlanMutationVariables
> = gql`
  mutation ApproveFamilyPlan($input: PlanVersionInput!) {
    approvePlan(input: $input) {
      ...PlanStatusChange
    }
  }
  ${PLAN_STATUS_CHANGE_FRAGMENT}
`;

export const REOPEN_FAMILY_PLAN_MUTATION: TypedDocumentNode<
  ReopenFamilyPlanMutation,
  ReopenFamilyPlanMutationVariables
> = gql`
  mutation ReopenFamilyPlan($input: ReopenPlanInput!) {
    reopenPlan(input: $input) {
      ...PlanStatusChange
    }
  }
  ${PLAN_STATUS_CHANGE_FRAGMENT}
`;

export const ADD_PLAN_GOAL_MUTATION: TypedDocumentNode<AddPlanGoalMutation, AddPlanGoalMutationVariables> =
  gql`
    mutation AddPlanGoal($input: AddGoalInput!) {
      addGoal(input: $input) {
        id
      }
    }
  `;

export const ADD_PLAN_ACTION_MUTATION: TypedDocumentNode<
  AddPlanActionMutation,
  AddPlanActionMutationVariables
> = gql`
  mutation AddPlanAction($input: AddActionInput!) {
    addAction(input: $input) {
      id
    }
  }
`;

export const RECORD_DOORBRAAK_MUTATION: TypedDocumentNode<
  RecordDoorbraakMutation,
  RecordDoorbraakMutationVariables
> = gql`
  mutation RecordDoorbraak($input: RecordDoorbraakInput!) {
    recordDoorbraak(input: $input) {
      id
    }
  }
`;

export const RECORD_PLAN_RESULT_MUTATION: TypedDocumentNode<
  RecordPlanResultMutation,
  RecordPlanResultMutationVariables
> = gql`
  mutation RecordPlanResult($input: RecordResultInput!) {
    recordResult(input: $input) {
      id
    }
  }
`;

/* ---------- Action board ---------- */

export const ACTION_BOARD_QUERY: TypedDocumentNode<ActionBoardQuery, ActionBoardQueryVariables> = gql`
  query ActionBoard($caseId: ID!, $filter: ActionFilter) {
    case(id: $caseId) {
      id
      viewerCan
      actions(filter: $filter) {
        ...PlanActionRow
        goal {
          id
          redacted
          domain
          familyWording
        }
      }
    }
  }
  ${PLAN_ACTION_ROW_FRAGMENT}
`;

export const CHANGE_PLAN_ACTION_STATUS_MUTATION: TypedDocumentNode<
  ChangePlanActionStatusMutation,
  ChangePlanActionStatusMutationVariables
> = gql`
  mutation ChangePlanActionStatus($input: ChangeActionStatusInput!) {
    changeActionStatus(input: $input) {
      ...PlanActionRow
    }
  }
  ${PLAN_ACTION_ROW_FRAGMENT}
`;

/* ---------- Evaluations ---------- */

const PLAN_EVALUATION_ROW_FRAGMENT = gql`
  fragment PlanEvaluationRow on Evaluation {
    id
    version
    redacted
    viewerCan
    planId
    scheduledOn
    heldOn
    status
    overdue
    participants
    conclusions
    ledToPlan {
      id
      number
      status
    }
  }
`;

export const PLAN_EVALUATIONS_QUERY: TypedDocumentNode<PlanEvaluationsQuery, PlanEvaluationsQueryVariables> =
  gql`
    query PlanEvaluations($caseId: ID!) {
      case(id: $caseId) {
        id
        version
        viewerCan
        evaluationIntervalMonths
        evaluationSchedule {
          intervalMonths
          nextDueOn
          overdue
          plan {
            id
            number
            approvedOn
          }
        }
        evaluations {
          ...PlanEvaluationRow
        }
      }
    }
    ${PLAN_EVALUATION_ROW_FRAGMENT}
  `;

export const SCHEDULE_PLAN_EVALUATION_MUTATION: TypedDocumentNode<
  SchedulePlanEvaluationMutation,
  SchedulePlanEvaluationMutationVariables
> = gql`
  mutation SchedulePlanEvaluation($input: ScheduleEvaluationInput!) {
    scheduleEvaluation(input: $input) {
      ...PlanEvaluationRow
    }
  }
  ${PLAN_EVALUATION_ROW_FRAGMENT}
`;

export const HOLD_PLAN_EVALUATION_MUTATION: TypedDocumentNode<
  HoldPlanEvaluationMutation,
  HoldPlanEvaluationMutationVariables
> = gql`
  mutation HoldPlanEvaluation($input: HoldEvaluationInput!) {
    holdEvaluation(input: $input) {
      ...PlanEvaluationRow
    }
  }
  ${PLAN_EVALUATION_ROW_FRAGMENT}
`;

export const SET_PLAN_EVALUATION_INTERVAL_MUTATION: TypedDocumentNode<
  SetPlanEvaluationIntervalMutation,
  SetPlanEvaluationIntervalMutationVariables
> = gql`
  mutation SetPlanEvaluationInterval($input: SetEvaluationIntervalInput!) {
    setEvaluationInterval(input: $input) {
      id
      version
      evaluationIntervalMonths
    }
  }
`;

/* ---------- Family view and PDF ---------- */

export const FAMILY_PLAN_VIEW_QUERY: TypedDocumentNode<FamilyPlanViewQuery, FamilyPlanViewQueryVariables> =
  gql`
    query FamilyPlanView($caseId: ID!) {
      case(id: $caseId) {
        id
        currentPlan {
          ...PlanDetail
        }
        draftPlan {
          ...PlanDetail
        }
        evaluationSchedule {
          intervalMonths
          nextDueOn
          overdue
        }
        evaluations {
          id
          planId
          status
          scheduledOn
          heldOn
        }
      }
    }
    ${PLAN_DETAIL_FRAGMENT}
  `;

export const FAMILY_PLAN_DOCUMENT_QUERY: TypedDocumentNode<
  FamilyPlanDocumentQuery,
  FamilyPlanDocumentQueryVariables
> = gql`
  query FamilyPlanDocument($caseId: ID!, $planId: ID) {
    familyPlanDocument(caseId: $caseId, planId: $planId) {
      ...DocumentFile
    }
  }
  ${DOCUMENT_FILE_FRAGMENT}
`;
