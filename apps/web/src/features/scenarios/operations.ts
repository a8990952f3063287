import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  CaseScenariosQuery,
  CaseScenariosQueryVariables,
  DraftPlanWithReasonMutation,
  DraftPlanWithReasonMutationVariables,
  ObserveScenarioSignalMutation,
  ObserveScenarioSignalMutationVariables,
  SetCaseScenariosMutation,
  SetCaseScenariosMutationVariables,
} from "../../generated/graphql";
import { PROFESSIONAL_NAME_FRAGMENT } from "../../fragments";

// A case's scenarios (packages/schema/scenarios.graphql): the directors' tool.

export type ScenarioCase = NonNullable<CaseScenariosQuery["case"]>;
export type CaseScenarios = NonNullable<ScenarioCase["scenarios"]>;
export type ScenarioView = CaseScenarios["scenarios"][number];

const SCENARIOS_FIELDS = gql`
  fragment CaseScenariosFields on CaseScenarios {
    version
    factors {
      question
      outcomes
    }
    scenarios {
      key
      firstOutcome
      secondOutcome
      response
      current
      signals {
        id
        description
        observedAt
        observedBy {
          ...ProfessionalName
        }
      }
    }
    current {
      key
    }
  }
  ${PROFESSIONAL_NAME_FRAGMENT}
`;

export const CASE_SCENARIOS_QUERY: TypedDocumentNode<CaseScenariosQuery, CaseScenariosQueryVariables> = gql`
  query CaseScenarios($id: ID!) {
    case(id: $id) {
      id
      viewerCan
      scenarios {
        ...CaseScenariosFields
      }
    }
  }
  ${SCENARIOS_FIELDS}
`;

export const SET_CASE_SCENARIOS_MUTATION: TypedDocumentNode<
  SetCaseScenariosMutation,
  SetCaseScenariosMutationVariables
> = gql`
  mutation SetCaseScenarios($input: SetCaseScenariosInput!) {
    setCaseScenarios(input: $input) {
      id
      scenarios {
        ...CaseScenariosFields
      }
    }
  }
  ${SCENARIOS_FIELDS}
`;

export const OBSERVE_SCENARIO_SIGNAL_MUTATION: TypedDocumentNode<
  ObserveScenarioSignalMutation,
  ObserveScenarioSignalMutationVariables
> = gql`
  mutation ObserveScenarioSignal($signalId: ID!) {
    observeScenarioSignal(signalId: $signalId) {
      id
      scenarios {
        ...CaseScenariosFields
      }
    }
  }
  ${SCENARIOS_FIELDS}
`;

export const DRAFT_PLAN_WITH_REASON_MUTATION: TypedDocumentNode<
  DraftPlanWithReasonMutation,
  DraftPlanWithReasonMutationVariables
> = gql`
  mutation DraftPlanWithReason($input: DraftPlanInput!) {
    draftPlan(input: $input) {
      id
      number
      status
      draftReason
    }
  }
`;
