import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  CaseAction,
  CaseFramework,
  CasePhase,
  Domain,
  HouseholdRole,
  OrganisationKind,
  ProfessionalRole,
} from "../../labels";

/* ---------- Case list ---------- */

export interface CaseListItem {
  id: string;
  reference: string;
  title: string;
  phase: CasePhase;
  framework: CaseFramework;
  escalationLevel: number;
  openedOn: string;
  casusregisseur: { id: string; name: string } | null;
}

export interface CaseListData {
  cases: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: CaseListItem }[];
  };
}

export interface CaseListVars {
  filter: { phases?: CasePhase[] | null; search?: string | null };
  first: number;
  after?: string | null;
}

export const CASE_LIST_QUERY: TypedDocumentNode<CaseListData, CaseListVars> = gql`
  query CaseList($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
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
            id
            name
          }
        }
      }
    }
  }
`;

/* ---------- Reference data ---------- */

export interface ProfessionalOption {
  id: string;
  name: string;
  role: ProfessionalRole;
  organisation: { id: string; name: string };
}

export const PROFESSIONALS_QUERY: TypedDocumentNode<
  { professionals: ProfessionalOption[] },
  { organisationId?: string | null; role?: ProfessionalRole | null }
> = gql`
  query Professionals($organisationId: ID, $role: ProfessionalRole) {
    professionals(organisationId: $organisationId, role: $role) {
      id
      name
      role
      organisation {
        id
        name
      }
    }
  }
`;

export interface OrganisationOption {
  id: string;
  name: string;
  kind: OrganisationKind;
}

export const ORGANISATIONS_QUERY: TypedDocumentNode<
  { organisations: OrganisationOption[] },
  Record<string, never>
> = gql`
  query Organisations {
    organisations {
      id
      name
      kind
    }
  }
`;

/* ---------- Open a case ---------- */

export interface OpenCaseInput {
  title: string;
  municipality: string;
  framework: CaseFramework;
  casusregisseurId?: string | null;
  procesregisseurId?: string | null;
}

export const OPEN_CASE_MUTATION: TypedDocumentNode<
  { openCase: { id: string; reference: string; title: string } },
  { input: OpenCaseInput }
> = gql`
  mutation OpenCase($input: OpenCaseInput!) {
    openCase(input: $input) {
      id
      reference
      title
    }
  }
`;

/* ---------- Case page ---------- */

export interface PersonRow {
  id: string;
  fullName: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  age: number | null;
  householdRole: HouseholdRole;
  hasBsn: boolean;
  version: number;
}

export interface TeamMemberRow {
  id: string;
  organisation: { id: string; name: string; kind: OrganisationKind };
  professional: { id: string; name: string } | null;
  responsibility: string | null;
  domains: Domain[];
  isDirecting: boolean;
}

export interface DirectorRef {
  id: string;
  name: string;
  organisation: { id: string; name: string };
}

export interface CaseDetail {
  id: string;
  reference: string;
  title: string;
  municipality: string;
  phase: CasePhase;
  framework: CaseFramework;
  escalationLevel: number;
  casusregisseur: DirectorRef | null;
  procesregisseur: DirectorRef | null;
  openedOn: string;
  closedOn: string | null;
  version: number;
  viewerCan: CaseAction[];
  allowedPhaseTransitions: CasePhase[];
  teamWarnings: { code: string; message: string; person: { id: string } }[];
  persons: PersonRow[];
  team: TeamMemberRow[];
}

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
      id
      name
      organisation {
        id
        name
      }
    }
    procesregisseur {
      id
      name
      organisation {
        id
        name
      }
    }
    openedOn
    closedOn
    version
    viewerCan
    allowedPhaseTransitions
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
        id
        name
      }
      responsibility
      domains
      isDirecting
    }
  }
`;

export const CASE_QUERY: TypedDocumentNode<{ case: CaseDetail | null }, { id: string }> = gql`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      ...CaseDetail
    }
  }
  ${CASE_DETAIL_FRAGMENT}
`;

/** Second query, only run when `viewerCan` includes READ_BSN. */
export const CASE_BSN_QUERY: TypedDocumentNode<
  { case: { id: string; persons: { id: string; bsn: string | null }[] } | null },
  { id: string }
> = gql`
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

export interface AddPersonInput {
  caseId: string;
  givenName: string;
  familyName: string;
  birthDate?: string | null;
  householdRole: HouseholdRole;
  bsn?: string | null;
}

export const ADD_PERSON_MUTATION: TypedDocumentNode<
  { addPerson: { id: string; fullName: string } },
  { input: AddPersonInput }
> = gql`
  mutation AddPerson($input: AddPersonInput!) {
    addPerson(input: $input) {
      id
      fullName
    }
  }
`;

export interface MoveCasePhaseInput {
  id: string;
  version: number;
  to: CasePhase;
  reason?: string | null;
}

export const MOVE_CASE_PHASE_MUTATION: TypedDocumentNode<
  { moveCasePhase: CaseDetail },
  { input: MoveCasePhaseInput }
> = gql`
  mutation MoveCasePhase($input: MoveCasePhaseInput!) {
    moveCasePhase(input: $input) {
      ...CaseDetail
    }
  }
  ${CASE_DETAIL_FRAGMENT}
`;

export interface AddTeamMemberInput {
  caseId: string;
  organisationId: string;
  professionalId?: string | null;
  responsibility?: string | null;
  domains: Domain[];
}

export const ADD_TEAM_MEMBER_MUTATION: TypedDocumentNode<
  { addTeamMember: { id: string } },
  { input: AddTeamMemberInput }
> = gql`
  mutation AddTeamMember($input: AddTeamMemberInput!) {
    addTeamMember(input: $input) {
      id
    }
  }
`;

export const REMOVE_TEAM_MEMBER_MUTATION: TypedDocumentNode<
  { removeTeamMember: CaseDetail },
  { id: string }
> = gql`
  mutation RemoveTeamMember($id: ID!) {
    removeTeamMember(id: $id) {
      ...CaseDetail
    }
  }
  ${CASE_DETAIL_FRAGMENT}
`;
