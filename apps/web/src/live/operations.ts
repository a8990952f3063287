import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  LiveCaseEventsSubscription,
  LiveCaseEventsSubscriptionVariables,
  LivePortfolioEventsSubscription,
  LivePortfolioEventsSubscriptionVariables,
} from "../generated/graphql";

// The live subscriptions the pages hold (packages/schema/live.graphql). They select little: an event only
// tells the page to reload its queries, which carry what the viewer may see.

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
