import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  AddOwnStatementMutation,
  AddOwnStatementMutationVariables,
  BreakGlassMutation,
  BreakGlassMutationVariables,
  DossierItemCardFragment,
  DossierItemHistoryQuery,
  DossierItemHistoryQueryVariables,
  DossierRedactedQuery,
  DossierRedactedQueryVariables,
  DossierTimelineQuery,
  DossierTimelineQueryVariables,
  RecordNoteMutation,
  RecordNoteMutationVariables,
  RecordObservationMutation,
  RecordObservationMutationVariables,
  UpdateNoteMutation,
  UpdateNoteMutationVariables,
  UpdateObservationMutation,
  UpdateObservationMutationVariables,
} from "../../generated/graphql";
import {
  ITEM_AUTHOR_FRAGMENT,
  ORGANISATION_NAME_FRAGMENT,
  PAGE_INFO_FRAGMENT,
  PERSON_NAME_FRAGMENT,
  PROFESSIONAL_WITH_ORGANISATION_FRAGMENT,
} from "../../fragments";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

/** One dossier item as the timeline shows it (any kind), possibly a redacted stub (after a recording form). */
export type DossierItemCard = DossierItemCardFragment;
export type ObservationCard = Extract<DossierItemCard, { __typename: "Observation" }>;
export type NoteCard = Extract<DossierItemCard, { __typename: "Note" }>;

/**
 * Everything a card shows. For a redacted stub the content fields (subjects, author, source, statements
 * and the observation's or note's own fields) are null with a CONSENT_REQUIRED error each, so the timeline
 * is read with `errorPolicy: "all"`; the other fields are non-null in the contract and arrive for stubs too.
 */
const DOSSIER_ITEM_CARD_FRAGMENT = gql`
  fragment DossierItemCard on DossierItem {
    __typename
    id
    kind
    caseId
    domain
    dataClass
    redacted
    accessVia
    legalBasis
    viewerCan
    summary
    version
    createdAt
    updatedAt
    ...ItemAuthor
    visibleTo {
      ...OrganisationName
    }
    subjects {
      ...PersonName
    }
    source {
      kind
      description
    }
    statements {
      id
      statement
      recordedAt
      person {
        id
        fullName
      }
      recordedBy {
        id
        name
      }
    }
    ... on Observation {
      observationKind
      statement
    }
    ... on Note {
      title
      body
      occurredOn
    }
    ... on Action {
      actionTitle: title
      actionStatus: status
      statusChangedAt
      dueOn
    }
    ... on Evaluation {
      scheduledOn
      heldOn
    }
    ... on Plan {
      number
      planStatus: status
    }
    ... on Result {
      resultStatus: status
      measuredOn
    }
  }
  ${ITEM_AUTHOR_FRAGMENT}
  ${ORGANISATION_NAME_FRAGMENT}
  ${PERSON_NAME_FRAGMENT}
`;

export const DOSSIER_TIMELINE_QUERY: TypedDocumentNode<DossierTimelineQuery, DossierTimelineQueryVariables> =
  gql`
    query DossierTimeline($caseId: ID!, $filter: TimelineFilter, $first: Int, $after: String) {
      case(id: $caseId) {
        id
        timeline(filter: $filter, first: $first, after: $after) {
          totalCount
          pageInfo {
            ...NextPage
          }
          edges {
            cursor
            node {
              ...DossierItemCard
            }
          }
        }
      }
    }
    ${DOSSIER_ITEM_CARD_FRAGMENT}
    ${PAGE_INFO_FRAGMENT}
  `;

/** A stub of an item outside the viewer's grants: only what the contract shows of it (no content field). */
export type RedactedStub = NonNullable<DossierRedactedQuery["case"]>["timeline"]["edges"][number]["node"];

/**
 * The stubs the timeline's collapsed line counts and lists (`filter.redacted`): the same stubs
 * `includeRedacted` shows, asked for without any content field, so nothing is refused or logged as denied.
 */
export const DOSSIER_REDACTED_QUERY: TypedDocumentNode<DossierRedactedQuery, DossierRedactedQueryVariables> =
  gql`
    query DossierRedacted($caseId: ID!, $filter: TimelineFilter, $first: Int) {
      case(id: $caseId) {
        id
        timeline(filter: $filter, first: $first, includeRedacted: true) {
          totalCount
          edges {
            cursor
            node {
              id
              kind
              domain
              redacted
              createdAt
              viewerCan
              authorOrganisation {
                ...OrganisationName
              }
            }
          }
        }
      }
    }
    ${ORGANISATION_NAME_FRAGMENT}
  `;

export const RECORD_OBSERVATION_MUTATION: TypedDocumentNode<
  RecordObservationMutation,
  RecordObservationMutationVariables
> = gql`
  mutation RecordObservation($input: RecordObservationInput!) {
    recordObservation(input: $input) {
      ...DossierItemCard
    }
  }
  ${DOSSIER_ITEM_CARD_FRAGMENT}
`;

export const UPDATE_OBSERVATION_MUTATION: TypedDocumentNode<
  UpdateObservationMutation,
  UpdateObservationMutationVariables
> = gql`
  mutation UpdateObservation($input: UpdateObservationInput!) {
    updateObservation(input: $input) {
      ...DossierItemCard
    }
  }
  ${DOSSIER_ITEM_CARD_FRAGMENT}
`;

export const RECORD_NOTE_MUTATION: TypedDocumentNode<RecordNoteMutation, RecordNoteMutationVariables> = gql`
  mutation RecordNote($input: RecordNoteInput!) {
    recordNote(input: $input) {
      ...DossierItemCard
    }
  }
  ${DOSSIER_ITEM_CARD_FRAGMENT}
`;

export const UPDATE_NOTE_MUTATION: TypedDocumentNode<UpdateNoteMutation, UpdateNoteMutationVariables> = gql`
  mutation UpdateNote($input: UpdateNoteInput!) {
    updateNote(input: $input) {
      ...DossierItemCard
    }
  }
  ${DOSSIER_ITEM_CARD_FRAGMENT}
`;

export const ADD_OWN_STATEMENT_MUTATION: TypedDocumentNode<
  AddOwnStatementMutation,
  AddOwnStatementMutationVariables
> = gql`
  mutation AddOwnStatement($input: AddOwnStatementInput!) {
    addOwnStatement(input: $input) {
      ...DossierItemCard
    }
  }
  ${DOSSIER_ITEM_CARD_FRAGMENT}
`;

export const BREAK_GLASS_MUTATION: TypedDocumentNode<BreakGlassMutation, BreakGlassMutationVariables> = gql`
  mutation BreakGlass($input: BreakGlassInput!) {
    breakGlass(input: $input) {
      id
      caseId
      itemId
      openedAt
      expiresAt
    }
  }
`;

/** One earlier version of an item. */
export type DossierItemVersionRow = DossierItemHistoryQuery["dossierItemHistory"][number];

export const DOSSIER_ITEM_HISTORY_QUERY: TypedDocumentNode<
  DossierItemHistoryQuery,
  DossierItemHistoryQueryVariables
> = gql`
  query DossierItemHistory($id: ID!) {
    dossierItemHistory(id: $id) {
      version
      snapshot
      supersededAt
      reason
      supersededBy {
        ...ProfessionalWithOrganisation
      }
    }
  }
  ${PROFESSIONAL_WITH_ORGANISATION_FRAGMENT}
`;
