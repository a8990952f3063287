import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  LiveLastEventSeqQuery,
  LiveLastEventSeqQueryVariables,
  LiveCaseEventsSubscription,
  LiveCaseEventsSubscriptionVariables,
  LivePortfolioEventsSubscription,
  LivePortfolioEventsSubscriptionVariables,
} from "../generated/graphql";

// The live subscriptions the pages hold (packages/schema/live.graphql). They select little: an event only
// tells the page to reload its queries, which carry what the viewer may see.

/** Where a page's first subscription starts: read before the page's own queries (see ./useLiveEvents.ts). */
export const LIVE_LAST_EVENT_SEQ_QUERY: TypedDocumentNode<
  LiveLastEventSeqQuery,
  LiveLastEventSeqQueryVariables
> = gql`
  query LiveLastEventSeq {
    lastEventSeq
  }
`;

export const LIVE_CASE_EVENTS_SUBSCRIPTION: TypedDocumentNode<
  LiveCaseEventsSubscription,
  LiveCaseEventsSubscriptionVariables
> = gql`
  subscription LiveCaseEvents($caseId: ID!, $afterSeq: Seq) {
    caseEvents(caseId: $caseId, afterSeq: $afterSeq) {
      seq
      kind
      itemKind
      itemId
    }
  }
`;

export const LIVE_PORTFOLIO_EVENTS_SUBSCRIPTION: TypedDocumentNode<
  LivePortfolioEventsSubscription,
  LivePortfolioEventsSubscriptionVariables
> = gql`
  subscription LivePortfolioEvents($afterSeq: Seq) {
    portfolioEvents(afterSeq: $afterSeq) {
      seq
      change
    }
  }
`;
