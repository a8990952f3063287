import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  CaseLadderQuery,
  CaseLadderQueryVariables,
  DecideFrameworkMutation,
  DecideFrameworkMutationVariables,
  DeescalateCaseMutation,
  DeescalateCaseMutationVariables,
  EscalateCaseMutation,
  EscalateCaseMutationVariables,
  RecordTableDecisionMutation,
  RecordTableDecisionMutationVariables,
} from "../../generated/graphql";
import { ORGANISATION_NAME_FRAGMENT, PROFESSIONAL_NAME_FRAGMENT, TABLE_NAME_FRAGMENT } from "../../fragments";

// The escalation ladder and the framework of a case (packages/schema/ladder.graphql).

export type CaseLadder = NonNullable<CaseLadderQuery["case"]>;
export type LadderTable = CaseLadderQuery["escalationTables"][number];
export type LadderStep = CaseLadder["escalationHistory"][number];
export type FrameworkStep = CaseLadder["frameworkHistory"][number];

export const CASE_LADDER_QUERY: TypedDocumentNode<CaseLadderQuery, CaseLadderQueryVariables> = gql`
  query CaseLadder($id: ID!) {
    case(id: $id) {
      id
      version
      framework
      escalationLevel
      allowedFrameworkTransitions
      viewerCan
      escalationTable {
        ...TableName
        level
        decidesFramework
      }
      escalationHistory {
        id
        direction
        fromLevel
        toLevel
        reason
        decision
        decidedOn
        at
        table {
          ...TableName
        }
        by {
          ...ProfessionalName
        }
      }
      frameworkHistory {
        id
        from
        to
        decision
        decidedOn
        at
        table {
          ...TableName
        }
        newCasusregisseur {
          ...ProfessionalName
        }
        previousProcesregisseur {
          ...ProfessionalName
        }
        by {
          ...ProfessionalName
        }
      }
    }
    escalationTables {
      ...TableName
      level
      active
      decidesFramework
      organisation {
        ...OrganisationName
      }
      chair {
        ...ProfessionalName
      }
    }
    certifiedCasusregisseurs: professionals(role: CASUSREGISSEUR) {
      ...ProfessionalName
      organisation {
        ...OrganisationName
        kind
      }
    }
  }
  ${ORGANISATION_NAME_FRAGMENT}
  ${PROFESSIONAL_NAME_FRAGMENT}
  ${TABLE_NAME_FRAGMENT}
`;

/** What escalating or de-escalating a case returns for the cache. */
const CASE_ESCALATION_LEVEL_FRAGMENT = gql`
  fragment CaseEscalationLevel on Case {
    id
    version
    escalationLevel
  }
`;

export const ESCALATE_CASE_MUTATION: TypedDocumentNode<EscalateCaseMutation, EscalateCaseMutationVariables> =
  gql`
    mutation EscalateCase($input: EscalateCaseInput!) {
      escalateCase(input: $input) {
        ...CaseEscalationLevel
      }
    }
    ${CASE_ESCALATION_LEVEL_FRAGMENT}
  `;

export const DEESCALATE_CASE_MUTATION: TypedDocumentNode<
  DeescalateCaseMutation,
  DeescalateCaseMutationVariables
> = gql`
  mutation DeescalateCase($input: DeescalateCaseInput!) {
    deescalateCase(input: $input) {
      ...CaseEscalationLevel
    }
  }
  ${CASE_ESCALATION_LEVEL_FRAGMENT}
`;

export const RECORD_TABLE_DECISION_MUTATION: TypedDocumentNode<
  RecordTableDecisionMutation,
  RecordTableDecisionMutationVariables
> = gql`
  mutation RecordTableDecision($input: RecordTableDecisionInput!) {
    recordTableDecision(input: $input) {
      id
      decision
      decidedOn
    }
  }
`;

export const DECIDE_FRAMEWORK_MUTATION: TypedDocumentNode<
  DecideFrameworkMutation,
  DecideFrameworkMutationVariables
> = gql`
  mutation DecideFramework($input: DecideFrameworkInput!) {
    decideFramework(input: $input) {
      id
      version
      framework
    }
  }
`;
