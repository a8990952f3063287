import type { PortfolioChartsQuery, PortfolioQuery } from "../../generated/graphql";

// The procesregisseur's portfolio (packages/schema/portfolio.graphql): process signals only, most urgent first.

export type PortfolioItem = PortfolioQuery["portfolio"]["edges"][number]["node"];

export type PortfolioChartsData = PortfolioChartsQuery["portfolioCharts"];
