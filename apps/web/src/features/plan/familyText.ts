// The family plan in plain Dutch (B1) is built by one function of the domain package, so the family view and
// the server's PDF say exactly the same.
export { familyPlanText } from "@regiehub/domain";
export type { FamilyPlanInput, FamilyPlanText } from "@regiehub/domain";
