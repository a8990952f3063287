import type { RegionSettings } from "./config";

/**
 * A case's policy facts with the region's settings filled in (`CaseResource.procesregisseurEditsPlans`), so
 * that the pure policy decides over them. Without settings (absent): the default, the stricter one.
 */
export function withRegion<T extends object>(
  facts: T,
  region: RegionSettings | undefined,
): T & { procesregisseurEditsPlans: boolean } {
  return { ...facts, procesregisseurEditsPlans: region?.procesregisseurEditsPlans ?? false };
}
