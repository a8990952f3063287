import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  MyActionsLiveSubscription,
  MyActionsLiveSubscriptionVariables,
  MyActionsQuery,
  MyActionsQueryVariables,
} from "../../generated/graphql";

// "Mijn acties": the actions of the viewer's organisation across cases (Query.myActions), kept current by the
// `myActions` subscription (an event only tells the page to reload; the query carries what the viewer may see).

export type MyActionEdge = MyActionsQuery["myActions"]["edges"][number];
export type MyAction = MyActionEdge["node"];

export const MY_ACTIONS_QUERY: TypedDocumentNode<MyActionsQuery, MyActionsQueryVariables> = gql`
  query MyActions($filter: MyActionsFilter, $orderBy: MyActionsOrder, $first: Int, $after: String) {
    myActions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        case {
          id
          title
          reference
        }
        node {
          id
          version
          domain
          title
          status
          statusReason
          dueOn
          overdue
          allowedTransitions
          viewerCan
          ownerOrganisation {
            id
            name
          }
          ownerProfessional {
            id
            name
          }
          goal {
            id
            redacted
            familyWording
          }
        }
      }
    }
  }
`;

export const MY_ACTIONS_LIVE_SUBSCRIPTION: TypedDocumentNode<
  MyActionsLiveSubscription,
  MyActionsLiveSubscriptionVariables
> = gql`
  subscription MyActionsLive($afterSeq: Seq) {
    myActions(afterSeq: $afterSeq) {
      seq
      kind
    }
  }
`;
