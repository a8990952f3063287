import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  MarkAllNotificationsReadMutation,
  MarkAllNotificationsReadMutationVariables,
  MarkNotificationReadMutation,
  MarkNotificationReadMutationVariables,
  MyNotificationsQuery,
  MyNotificationsQueryVariables,
  UnreadNotificationCountQuery,
  UnreadNotificationCountQueryVariables,
} from "../../generated/graphql";
import { CASE_HEADER_FRAGMENT } from "../../fragments";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

export type NotificationRow = MyNotificationsQuery["myNotifications"][number];

export const MY_NOTIFICATIONS_QUERY: TypedDocumentNode<MyNotificationsQuery, MyNotificationsQueryVariables> =
  gql`
    query MyNotifications($unreadOnly: Boolean) {
      myNotifications(unreadOnly: $unreadOnly) {
        id
        kind
        itemId
        message
        createdAt
        readAt
        case {
          ...CaseHeader
        }
      }
    }
    ${CASE_HEADER_FRAGMENT}
  `;

export const UNREAD_NOTIFICATION_COUNT_QUERY: TypedDocumentNode<
  UnreadNotificationCountQuery,
  UnreadNotificationCountQueryVariables
> = gql`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`;

export const MARK_NOTIFICATION_READ_MUTATION: TypedDocumentNode<
  MarkNotificationReadMutation,
  MarkNotificationReadMutationVariables
> = gql`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`;

/** Marks read what was raised up to the newest notification shown (one raised since stays unread). */
export const MARK_ALL_NOTIFICATIONS_READ_MUTATION: TypedDocumentNode<
  MarkAllNotificationsReadMutation,
  MarkAllNotificationsReadMutationVariables
> = gql`
  mutation MarkAllNotificationsRead($upTo: DateTime) {
    markAllNotificationsRead(upTo: $upTo) {
      marked
      unreadCount
    }
  }
`;
