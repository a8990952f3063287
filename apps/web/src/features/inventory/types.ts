import type { AcuteSafetyQuery, InventoryAnalyseQuery, InventoryBeeldQuery } from "../../generated/graphql";

// "Beeld" (inventory: self-reliance, safety, network) and "Analyse" (problems) of a case. Redacted items are
// left out of these lists by the server, so every content field here is present for the viewer.

type BeeldCase = NonNullable<InventoryBeeldQuery["case"]>;
export type ProgressRow = BeeldCase["selfRelianceProgress"][number];
export type AssessmentRow = BeeldCase["assessments"][number];
export type SafetyAssessmentRow = BeeldCase["safetyAssessments"][number];
export type NetworkMemberRow = BeeldCase["networkMembers"][number];

export type AcuteSafety = NonNullable<NonNullable<AcuteSafetyQuery["case"]>["acuteSafety"]>;

export type ProblemRow = NonNullable<InventoryAnalyseQuery["case"]>["problems"][number];

/** Queries to refetch after a change on Beeld (the banner follows the latest safety assessment). */
export const BEELD_REFETCH = ["InventoryBeeld", "AcuteSafety"] as const;

/** A change on Beeld: the page (and the acute-safety banner) show it once the mutation returns. */
export const BEELD_MUTATION_OPTIONS = { refetchQueries: [...BEELD_REFETCH], awaitRefetchQueries: true };
