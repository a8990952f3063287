import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  CaseAgendaQuery,
  CaseAgendaQueryVariables,
  MySessionsQuery,
  MySessionsQueryVariables,
  PlanTableSessionMutation,
  PlanTableSessionMutationVariables,
  PutCaseOnAgendaMutation,
  PutCaseOnAgendaMutationVariables,
  RecordAgendaOutcomeMutation,
  RecordAgendaOutcomeMutationVariables,
  TableChoicesQuery,
  TableChoicesQueryVariables,
} from "../../generated/graphql";

// Table sessions (tafels) and the cases on their agendas (packages/schema/tables.graphql).

export type MySession = MySessionsQuery["mySessions"][number];
export type SessionEntry = MySession["agenda"][number];
export type CaseAgendaEntry = NonNullable<CaseAgendaQuery["case"]>["agendaEntries"][number];

export const MY_SESSIONS_QUERY: TypedDocumentNode<MySessionsQuery, MySessionsQueryVariables> = gql`
  query MySessions {
    mySessions {
      id
      heldOn
      table {
        id
        name
      }
      agenda {
        id
        caseId
        caseReference
        question
        preparationSummary
        placedAt
        decidedAt
        outcome
        decision
        carriedBy {
          id
          name
        }
        nextReviewOn
        viewerCan
      }
    }
  }
`;

export const CASE_AGENDA_QUERY: TypedDocumentNode<CaseAgendaQuery, CaseAgendaQueryVariables> = gql`
  query CaseAgenda($id: ID!) {
    case(id: $id) {
      id
      viewerCan
      agendaEntries {
        id
        question
        placedAt
        decidedAt
        outcome
        decision
        carriedBy {
          id
          name
        }
        nextReviewOn
      }
    }
  }
`;

export const TABLE_CHOICES_QUERY: TypedDocumentNode<TableChoicesQuery, TableChoicesQueryVariables> = gql`
  query TableChoices {
    escalationTables {
      id
      name
    }
  }
`;

export const PLAN_TABLE_SESSION_MUTATION: TypedDocumentNode<
  PlanTableSessionMutation,
  PlanTableSessionMutationVariables
> = gql`
  mutation PlanTableSession($input: PlanTableSessionInput!) {
    planTableSession(input: $input) {
      id
      heldOn
      table {
        id
        name
      }
    }
  }
`;

export const PUT_CASE_ON_AGENDA_MUTATION: TypedDocumentNode<
  PutCaseOnAgendaMutation,
  PutCaseOnAgendaMutationVariables
> = gql`
  mutation PutCaseOnAgenda($input: PutCaseOnAgendaInput!) {
    putCaseOnAgenda(input: $input) {
      id
      question
    }
  }
`;

export const RECORD_AGENDA_OUTCOME_MUTATION: TypedDocumentNode<
  RecordAgendaOutcomeMutation,
  RecordAgendaOutcomeMutationVariables
> = gql`
  mutation RecordAgendaOutcome($input: RecordAgendaOutcomeInput!) {
    recordAgendaOutcome(input: $input) {
      id
      decidedAt
      outcome
      decision
      carriedBy {
        id
        name
      }
      nextReviewOn
      viewerCan
    }
  }
`;
