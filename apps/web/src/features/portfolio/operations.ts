import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  PortfolioCsvQuery,
  PortfolioCsvQueryVariables,
  PortfolioQuery,
  PortfolioQueryVariables,
  PortfolioSummaryQuery,
  PortfolioSummaryQueryVariables,
} from "../../generated/graphql";

// The procesregisseur's portfolio (packages/schema/portfolio.graphql): process signals only, most urgent first.

export type PortfolioItem = PortfolioQuery["portfolio"]["edges"][number]["node"];

export const PORTFOLIO_QUERY: TypedDocumentNode<PortfolioQuery, PortfolioQueryVariables> = gql`
  query Portfolio($filter: PortfolioFilter, $orderBy: PortfolioOrder, $first: Int, $after: String) {
    portfolio(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          caseId
          reference
          title
          phase
          framework
          escalationLevel
          weeksInPhase
          stalled
          overdueActions
          acuteSafety
          urgency
          reasons
          casusregisseur {
            id
            name
          }
        }
      }
    }
  }
`;

export const PORTFOLIO_CSV_QUERY: TypedDocumentNode<PortfolioCsvQuery, PortfolioCsvQueryVariables> = gql`
  query PortfolioCsv($filter: PortfolioFilter, $orderBy: PortfolioOrder) {
    portfolioCsv(filter: $filter, orderBy: $orderBy) {
      fileName
      mediaType
      contentBase64
    }
  }
`;

export const PORTFOLIO_SUMMARY_QUERY: TypedDocumentNode<
  PortfolioSummaryQuery,
  PortfolioSummaryQueryVariables
> = gql`
  query PortfolioSummary($filter: PortfolioFilter) {
    portfolioSummary(filter: $filter) {
      total
      stalled
      overdue
      acuteSafety
      byPhase {
        phase
        cases
        stalled
      }
    }
  }
`;
