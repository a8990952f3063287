import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  PortfolioChartsQuery,
  PortfolioChartsQueryVariables,
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
          awaitsAgenda {
            tableName
            escalatedOn
            daysWaiting
          }
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

export type PortfolioChartsData = PortfolioChartsQuery["portfolioCharts"];

/** The figures of the portfolio's charts beside the cases per phase (packages/schema/portfolio-charts.graphql). */
export const PORTFOLIO_CHARTS_QUERY: TypedDocumentNode<PortfolioChartsQuery, PortfolioChartsQueryVariables> =
  gql`
    query PortfolioCharts($filter: PortfolioFilter) {
      portfolioCharts(filter: $filter) {
        stalledByWeek {
          weekEnd
          stalled
        }
        timeInPhase {
          phase
          cases
          medianWeeks
          maxWeeks
        }
        budgetUse {
          caseId
          reference
          budgetCents
          committedCents
          spentCents
          availableCents
          overBudget
        }
        partnerTimeliness {
          organisation {
            id
            name
          }
          doneOnTime
          doneLate
          openOverdue
          onTimeShare
          medianDaysLate
        }
      }
    }
  `;
