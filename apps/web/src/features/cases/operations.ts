import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  AddPersonMutation,
  AddPersonMutationVariables,
  AddTeamMemberMutation,
  AddTeamMemberMutationVariables,
  CaseBsnQuery,
  CaseBsnQueryVariables,
  CaseDetailFragment,
  CaseDetailQuery,
  CaseDetailQueryVariables,
  CaseListQuery,
  CaseListQueryVariables,
  MoveCasePhaseMutation,
  MoveCasePhaseMutationVariables,
  OpenCaseMutation,
  OpenCaseMutationVariables,
  OrganisationsQuery,
  OrganisationsQueryVariables,
  ProfessionalsQuery,
  ProfessionalsQueryVariables,
  RemoveTeamMemberMutation,
  RemoveTeamMemberMutationVariables,
} from "../../generated/graphql";
import {
  CASE_HEADER_FRAGMENT,
  PAGE_INFO_FRAGMENT,
  PROFESSIONAL_NAME_FRAGMENT,
  PROFESSIONAL_WITH_ORGANISATION_FRAGMENT,
} from "../../fragments";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts), generated from the
// committed SDL and the documents below; the names below are only shorthands for parts of them.

/* ---------- Case list ---------- */

/** One row of the case list. */
export type CaseListItem = CaseListQuery["cases"]["edges"][number]["node"];

export const CASE_LIST_QUERY: TypedDocumentNode<CaseListQuery, CaseListQueryVariables> = gql`
  query CaseList($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        cursor
        node {
          id
          reference
          title
          phase
          framework
          escalationLevel
          openedOn
          casusregisseur {
            ...ProfessionalName
          }
        }
      }
    }
  }
  ${PAGE_INFO_FRAGMENT}
  ${PROFESSIONAL_NAME_FRAGMENT}
`;

/* ---------- Reference data ---------- */

export const PROFESSIONALS_QUERY: TypedDocumentNode<ProfessionalsQuery, ProfessionalsQueryVariables> = gql`
  query Professionals($organisationId: ID, $role: ProfessionalRole) {
    professionals(organisationId: $organisationId, role: $role) {
      ...ProfessionalWithOrganisation
      role
    }
  }
  ${PROFESSIONAL_WITH_ORGANISATION_FRAGMENT}
`;

export const ORGANISATIONS_QUERY: TypedDocumentNode<OrganisationsQuery, OrganisationsQueryVariables> = gql`
  query Organisations {
    organisations {
      id
      name
      kind
    }
  }
`;

/* ---------- Open a case ---------- */

export const OPEN_CASE_MUTATION: TypedDocumentNode<OpenCaseMutation, OpenCaseMutationVariables> = gql`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      ...CaseHeader
    }
  }
  ${CASE_HEADER_FRAGMENT}
`;

/* ---------- Case page ---------- */

/** Everything the case page shows about a case. */
export type CaseDetail = CaseDetailFragment;
export type PersonRow = CaseDetail["persons"][number];
export type TeamMemberRow = CaseDetail["team"][number];
export type DirectorRef = NonNullable<CaseDetail["casusregisseur"]>;

/** Everything the case page shows — never `bsn`, which needs READ_BSN (see CASE_BSN_QUERY). */
const CASE_DETAIL_FRAGMENT = gql`
  fragment CaseDetail on Case {
    id
    reference
    title
    municipality
    phase
    framework
    escalationLevel
    casusregisseur {
      ...ProfessionalWithOrganisation
    }
    procesregisseur {
      ...ProfessionalWithOrganisation
    }
    openedOn
    closedOn
    version
    viewerCan
    allowedPhaseTransitions
    phaseReason {
      at
      reason
      by {
        ...ProfessionalName
      }
    }
    teamWarnings {
      code
      message
      person {
        id
      }
    }
    persons {
      id
      fullName
      givenName
      familyName
      birthDate
      age
      householdRole
      hasBsn
      version
    }
    team {
      id
      organisation {
        id
        name
        kind
      }
      professional {
        ...ProfessionalName
      }
      responsibility
      responsibilityRedacted
      domains
      isDirecting
    }
  }
  ${PROFESSIONAL_NAME_FRAGMENT}
  ${PROFESSIONAL_WITH_ORGANISATION_FRAGMENT}
`;

export const CASE_QUERY: TypedDocumentNode<CaseDetailQuery, CaseDetailQueryVariables> = gql`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      ...CaseDetail
    }
  }
  ${CASE_DETAIL_FRAGMENT}
`;

/** Second query, only run when `viewerCan` includes READ_BSN. */
export const CASE_BSN_QUERY: TypedDocumentNode<CaseBsnQuery, CaseBsnQueryVariables> = gql`
  query CaseBsn($id: ID!) {
    case(id: $id) {
      id
      persons {
        id
        bsn
      }
    }
  }
`;

export const ADD_PERSON_MUTATION: TypedDocumentNode<AddPersonMutation, AddPersonMutationVariables> = gql`
  mutation AddPerson($input: AddPersonInput!) {
    addPerson(input: $input) {
      id
      fullName
    }
  }
`;

export const MOVE_CASE_PHASE_MUTATION: TypedDocumentNode<
  MoveCasePhaseMutation,
  MoveCasePhaseMutationVariables
> = gql`
  mutation MoveCasePhase($input: MoveCasePhaseInput!) {
    moveCasePhase(input: $input) {
      ...CaseDetail
    }
  }
  ${CASE_DETAIL_FRAGMENT}
`;

export const ADD_TEAM_MEMBER_MUTATION: TypedDocumentNode<
  AddTeamMemberMutation,
  AddTeamMemberMutationVariables
> = gql`
  mutation AddTeamMember($input: AddTeamMemberInput!) {
    addTeamMember(input: $input) {
      id
    }
  }
`;

export const REMOVE_TEAM_MEMBER_MUTATION: TypedDocumentNode<
  RemoveTeamMemberMutation,
  RemoveTeamMemberMutationVariables
> = gql`
  mutation RemoveTeamMember($id: ID!) {
    removeTeamMember(id: $id) {
      ...CaseDetail
    }
  }
  ${CASE_DETAIL_FRAGMENT}
`;
