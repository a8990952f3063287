import type { CaseScenariosQuery } from "../../generated/graphql";

// A case's scenarios (packages/schema/scenarios.graphql): the directors' tool.

export type ScenarioCase = NonNullable<CaseScenariosQuery["case"]>;
export type CaseScenarios = NonNullable<ScenarioCase["scenarios"]>;
export type ScenarioView = CaseScenarios["scenarios"][number];
