import type {
  CasePartnerReferencesQuery,
  FindByPartnerReferenceQuery,
  OwnReferenceFragment,
} from "../../generated/graphql";

// A partner's own references (packages/schema/partner-references.graphql): the viewer's organisation's own
// identifiers for the family members of a case ("Eigen kenmerken"), and finding a case by one. Result and
// variable types come from `pnpm codegen`.

/** One family member with the viewer's organisation's own references. */
export type PersonWithReferences = NonNullable<CasePartnerReferencesQuery["case"]>["persons"][number];
export type OwnReference = OwnReferenceFragment;

/** One reference found, with its person and case. */
export type FoundReference = FindByPartnerReferenceQuery["partnerReferences"][number];
