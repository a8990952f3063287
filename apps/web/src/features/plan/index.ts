// Public surface of the family-plan feature ("Plan", "Acties", "Evaluaties" and the family's own view), used
// by the routes.
export { ActionsPage } from "./ActionsPage";
export { EvaluationsPage } from "./EvaluationsPage";
export { FamilyPlanPage } from "./FamilyPlanPage";
export { PlanPage } from "./PlanPage";
