import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  MyActionsLiveSubscription,
  MyActionsLiveSubscriptionVariables,
  MyActionsQuery,
  MyActionsQueryVariables,
} from "../../generated/graphql";
import {
  CASE_HEADER_FRAGMENT,
  ORGANISATION_NAME_FRAGMENT,
  PAGE_INFO_FRAGMENT,
  PROFESSIONAL_NAME_FRAGMENT,
} from "../../fragments";

// "Mijn acties": the actions of the viewer's organisation across cases (Query.myActions), kept current by the
// `myActions` subscription (an event only tells the page to reload; the query carries what the viewer may see).

export type MyActionEdge = MyActionsQuery["myActions"]["edges"][number];
export type MyAction = MyActionEdge["node"];

export const MY_ACTIONS_QUERY: TypedDocumentNode<MyActionsQuery, MyActionsQueryVariables> = gql`
  query MyActions($filter: MyActionsFilter, $orderBy: MyActionsOrder, $first: Int, $after: String) {
    myActions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        cursor
        case {
          ...CaseHeader
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
            ...OrganisationName
          }
          ownerProfessional {
            ...ProfessionalName
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
  ${PROFESSIONAL_NAME_FRAGMENT}
  ${ORGANISATION_NAME_FRAGMENT}
  ${CASE_HEADER_FRAGMENT}
  ${PAGE_INFO_FRAGMENT}
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
