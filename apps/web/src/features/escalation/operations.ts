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
        id
        name
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
          id
          name
        }
        by {
          id
          name
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
          id
          name
        }
        newCasusregisseur {
          id
          name
        }
        previousProcesregisseur {
          id
          name
        }
        by {
          id
          name
        }
      }
    }
    escalationTables {
      id
      name
      level
      active
      decidesFramework
      organisation {
        id
        name
      }
      chair {
        id
        name
      }
    }
    certifiedCasusregisseurs: professionals(role: CASUSREGISSEUR) {
      id
      name
      organisation {
        id
        name
        kind
      }
    }
  }
`;

export const ESCALATE_CASE_MUTATION: TypedDocumentNode<EscalateCaseMutation, EscalateCaseMutationVariables> =
  gql`
    mutation EscalateCase($input: EscalateCaseInput!) {
      escalateCase(input: $input) {
        id
        version
        escalationLevel
      }
    }
  `;

export const DEESCALATE_CASE_MUTATION: TypedDocumentNode<
  DeescalateCaseMutation,
  DeescalateCaseMutationVariables
> = gql`
  mutation DeescalateCase($input: DeescalateCaseInput!) {
    deescalateCase(input: $input) {
      id
      version
      escalationLevel
    }
  }
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
