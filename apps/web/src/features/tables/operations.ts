import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  CaseAgendaQuery,
  CaseAgendaQueryVariables,
  MarkTableOutcomeNoticeReadMutation,
  MarkTableOutcomeNoticeReadMutationVariables,
  MoveAgendaPhaseMutation,
  MoveAgendaPhaseMutationVariables,
  MyTableOutcomeNoticesQuery,
  MyTableOutcomeNoticesQueryVariables,
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
import {
  PROFESSIONAL_NAME_FRAGMENT,
  PROFESSIONAL_WITH_ORGANISATION_FRAGMENT,
  TABLE_NAME_FRAGMENT,
} from "../../fragments";

// Table sessions (tafels) and the cases on their agendas (packages/schema/tables.graphql).

export type MySession = MySessionsQuery["mySessions"][number];
export type SessionEntry = MySession["agenda"][number];
export type TableMember = MySession["members"][number];
export type CaseAgendaEntry = NonNullable<CaseAgendaQuery["case"]>["agendaEntries"][number];

/** A table's outcome on a case on its agenda (empty until the chair records it). */
const AGENDA_ENTRY_OUTCOME_FRAGMENT = gql`
  fragment AgendaEntryOutcome on AgendaEntry {
    outcome
    decision
    carriedBy {
      ...ProfessionalName
    }
    nextReviewOn
    frameworkDecidedTo
    present {
      ...ProfessionalName
    }
  }
  ${PROFESSIONAL_NAME_FRAGMENT}
`;

/** What a session's agenda entry shows of its decision, and what recording an outcome changes in it. */
const SESSION_ENTRY_DECISION_FRAGMENT = gql`
  fragment SessionEntryDecision on AgendaEntry {
    decidedAt
    ...AgendaEntryOutcome
    phase
    allowedPhaseMoves
    viewerCan
  }
  ${AGENDA_ENTRY_OUTCOME_FRAGMENT}
`;

export const MY_SESSIONS_QUERY: TypedDocumentNode<MySessionsQuery, MySessionsQueryVariables> = gql`
  query MySessions {
    mySessions {
      id
      heldOn
      table {
        ...TableName
      }
      members {
        ...ProfessionalWithOrganisation
      }
      agenda {
        id
        caseId
        caseReference
        question
        preparationSummary
        placedAt
        ...SessionEntryDecision
      }
    }
  }
  ${SESSION_ENTRY_DECISION_FRAGMENT}
  ${TABLE_NAME_FRAGMENT}
  ${PROFESSIONAL_WITH_ORGANISATION_FRAGMENT}
`;

export const CASE_AGENDA_QUERY: TypedDocumentNode<CaseAgendaQuery, CaseAgendaQueryVariables> = gql`
  query CaseAgenda($id: ID!) {
    case(id: $id) {
      id
      viewerCan
      agendaEntries {
        id
        question
        phase
        placedAt
        decidedAt
        ...AgendaEntryOutcome
      }
    }
  }
  ${AGENDA_ENTRY_OUTCOME_FRAGMENT}
`;

export const TABLE_CHOICES_QUERY: TypedDocumentNode<TableChoicesQuery, TableChoicesQueryVariables> = gql`
  query TableChoices {
    escalationTables {
      ...TableName
    }
  }
  ${TABLE_NAME_FRAGMENT}
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
        ...TableName
      }
    }
  }
  ${TABLE_NAME_FRAGMENT}
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
      ...SessionEntryDecision
    }
  }
  ${SESSION_ENTRY_DECISION_FRAGMENT}
`;

export const MOVE_AGENDA_PHASE_MUTATION: TypedDocumentNode<
  MoveAgendaPhaseMutation,
  MoveAgendaPhaseMutationVariables
> = gql`
  mutation MoveAgendaPhase($input: MoveAgendaPhaseInput!) {
    moveAgendaPhase(input: $input) {
      id
      phase
      allowedPhaseMoves
    }
  }
`;

export type TableOutcomeNotice = MyTableOutcomeNoticesQuery["myTableOutcomeNotices"][number];

export const TABLE_OUTCOME_NOTICES_QUERY: TypedDocumentNode<
  MyTableOutcomeNoticesQuery,
  MyTableOutcomeNoticesQueryVariables
> = gql`
  query MyTableOutcomeNotices {
    myTableOutcomeNotices {
      id
      message
      createdAt
      readAt
      table {
        ...TableName
      }
      entry {
        id
        caseReference
        ...AgendaEntryOutcome
      }
    }
  }
  ${AGENDA_ENTRY_OUTCOME_FRAGMENT}
  ${TABLE_NAME_FRAGMENT}
`;

export const MARK_TABLE_OUTCOME_NOTICE_READ_MUTATION: TypedDocumentNode<
  MarkTableOutcomeNoticeReadMutation,
  MarkTableOutcomeNoticeReadMutationVariables
> = gql`
  mutation MarkTableOutcomeNoticeRead($id: ID!) {
    markTableOutcomeNoticeRead(id: $id) {
      id
      readAt
    }
  }
`;
