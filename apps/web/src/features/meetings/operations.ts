import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  CaseMeetingsQuery,
  CaseMeetingsQueryVariables,
  ContributeToMeetingMutation,
  ContributeToMeetingMutationVariables,
  MeetingDetailFragment,
  MeetingDetailQuery,
  MeetingDetailQueryVariables,
  MeetingPlanGoalsQuery,
  MeetingPlanGoalsQueryVariables,
  MoveMeetingPhaseMutation,
  MoveMeetingPhaseMutationVariables,
  PlanMeetingMutation,
  PlanMeetingMutationVariables,
  RecordMeetingDecisionMutation,
  RecordMeetingDecisionMutationVariables,
  MeetingMinutesQuery,
  MeetingMinutesQueryVariables,
} from "../../generated/graphql";
import {
  DOCUMENT_FILE_FRAGMENT,
  ITEM_AUTHOR_FRAGMENT,
  ORGANISATION_NAME_FRAGMENT,
  PERSON_NAME_FRAGMENT,
  PROFESSIONAL_NAME_FRAGMENT,
  PROFESSIONAL_WITH_ORGANISATION_FRAGMENT,
} from "../../fragments";

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

export const CASE_MEETINGS_QUERY: TypedDocumentNode<CaseMeetingsQuery, CaseMeetingsQueryVariables> = gql`
  query CaseMeetings($caseId: ID!) {
    case(id: $caseId) {
      id
      meetings {
        id
        question
        heldOn
        phase
        decidedAt
        chair {
          ...ProfessionalName
        }
      }
    }
  }
  ${PROFESSIONAL_NAME_FRAGMENT}
`;

const MEETING_DETAIL_FRAGMENT = gql`
  fragment MeetingDetail on Meeting {
    id
    caseId
    question
    heldOn
    phase
    version
    decidedAt
    allowedPhaseMoves
    viewerCan
    chair {
      ...ProfessionalWithOrganisation
    }
    participants {
      professional {
        ...ProfessionalWithOrganisation
      }
      person {
        ...PersonName
      }
    }
    summary {
      information
      judgements
      proposals
      premature
    }
    contributions {
      id
      redacted
      domain
      dataClass
      createdAt
      contributionKind
      body
      phase
      premature
      ...ItemAuthor
      subjects {
        ...PersonName
      }
    }
    decision {
      decision
      decidedAt
      decidedBy {
        ...ProfessionalName
      }
      presentProfessionals {
        ...ProfessionalWithOrganisation
      }
      presentPersons {
        ...PersonName
      }
      actions {
        id
        redacted
        title
        dueOn
        ownerOrganisation {
          ...OrganisationName
        }
      }
    }
  }
  ${ITEM_AUTHOR_FRAGMENT}
  ${ORGANISATION_NAME_FRAGMENT}
  ${PERSON_NAME_FRAGMENT}
  ${PROFESSIONAL_NAME_FRAGMENT}
  ${PROFESSIONAL_WITH_ORGANISATION_FRAGMENT}
`;

export const MEETING_QUERY: TypedDocumentNode<MeetingDetailQuery, MeetingDetailQueryVariables> = gql`
  query MeetingDetail($id: ID!) {
    meeting(id: $id) {
      ...MeetingDetail
    }
  }
  ${MEETING_DETAIL_FRAGMENT}
`;

/** A plan's goals as a decision's actions can be put under them. */
const PLAN_GOAL_OPTIONS_FRAGMENT = gql`
  fragment PlanGoalOptions on Plan {
    id
    number
    goals {
      id
      redacted
      domain
      familyWording
      professionalWording
    }
  }
`;

/** The goals a decision can put actions under: those of the plan in force and of a plan in preparation. */
export const MEETING_PLAN_GOALS_QUERY: TypedDocumentNode<
  MeetingPlanGoalsQuery,
  MeetingPlanGoalsQueryVariables
> = gql`
  query MeetingPlanGoals($caseId: ID!) {
    case(id: $caseId) {
      id
      currentPlan {
        ...PlanGoalOptions
      }
      draftPlan {
        ...PlanGoalOptions
      }
    }
  }
  ${PLAN_GOAL_OPTIONS_FRAGMENT}
`;

export const PLAN_MEETING_MUTATION: TypedDocumentNode<PlanMeetingMutation, PlanMeetingMutationVariables> =
  gql`
    mutation PlanMeeting($input: PlanMeetingInput!) {
      planMeeting(input: $input) {
        id
        question
        heldOn
      }
    }
  `;

export const MOVE_MEETING_PHASE_MUTATION: TypedDocumentNode<
  MoveMeetingPhaseMutation,
  MoveMeetingPhaseMutationVariables
> = gql`
  mutation MoveMeetingPhase($input: MoveMeetingPhaseInput!) {
    moveMeetingPhase(input: $input) {
      ...MeetingDetail
    }
  }
  ${MEETING_DETAIL_FRAGMENT}
`;

export const CONTRIBUTE_TO_MEETING_MUTATION: TypedDocumentNode<
  ContributeToMeetingMutation,
  ContributeToMeetingMutationVariables
> = gql`
  mutation ContributeToMeeting($input: ContributeToMeetingInput!) {
    contributeToMeeting(input: $input) {
      id
      contributionKind
      premature
    }
  }
`;

export const RECORD_MEETING_DECISION_MUTATION: TypedDocumentNode<
  RecordMeetingDecisionMutation,
  RecordMeetingDecisionMutationVariables
> = gql`
  mutation RecordMeetingDecision($input: RecordMeetingDecisionInput!) {
    recordMeetingDecision(input: $input) {
      ...MeetingDetail
    }
  }
  ${MEETING_DETAIL_FRAGMENT}
`;

export const MEETING_MINUTES_QUERY: TypedDocumentNode<MeetingMinutesQuery, MeetingMinutesQueryVariables> =
  gql`
    query MeetingMinutes($meetingId: ID!, $audience: MinutesAudience!) {
      meetingMinutes(meetingId: $meetingId, audience: $audience) {
        ...DocumentFile
      }
    }
    ${DOCUMENT_FILE_FRAGMENT}
  `;
