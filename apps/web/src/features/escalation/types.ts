import type { CaseLadderQuery } from "../../generated/graphql";

// The escalation ladder and the framework of a case (packages/schema/ladder.graphql).

export type CaseLadder = NonNullable<CaseLadderQuery["case"]>;
export type LadderTable = CaseLadderQuery["escalationTables"][number];
export type LadderStep = CaseLadder["escalationHistory"][number];
export type FrameworkStep = CaseLadder["frameworkHistory"][number];
