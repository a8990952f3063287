import { lazy, type ComponentType } from "react";

// The app's pages, each loaded when it is first shown (its own chunk: recharts only with the charts, the
// plan's forms only on the plan's pages), so the first load carries the shell and the case list only.
// `page(() => import(…), "Name")` because React.lazy wants a default export and the features export by name.

function page<M extends Record<N, ComponentType>, N extends keyof M & string>(
  load: () => Promise<M>,
  name: N,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}

export const ApiClientsPage = page(() => import("./features/api-clients/ApiClientsPage"), "ApiClientsPage");
export const BreakGlassReviewPage = page(
  () => import("./features/break-glass/BreakGlassReviewPage"),
  "BreakGlassReviewPage",
);
export const CaseLayout = page(() => import("./features/cases/CaseLayout"), "CaseLayout");
export const CaseOverview = page(() => import("./features/cases/CaseOverview"), "CaseOverview");
export const OpenCasePage = page(() => import("./features/cases/OpenCasePage"), "OpenCasePage");
export const ConsentPage = page(() => import("./features/consent/ConsentPage"), "ConsentPage");
export const DossierPage = page(() => import("./features/dossier/DossierPage"), "DossierPage");
export const RecordNotePage = page(() => import("./features/dossier/RecordItemPages"), "RecordNotePage");
export const RecordObservationPage = page(
  () => import("./features/dossier/RecordItemPages"),
  "RecordObservationPage",
);
export const AnalysePage = page(() => import("./features/inventory/AnalysePage"), "AnalysePage");
export const BeeldPage = page(() => import("./features/inventory/BeeldPage"), "BeeldPage");
export const MeetingsPage = page(() => import("./features/meetings/MeetingsPage"), "MeetingsPage");
export const MeetingPage = page(() => import("./features/meetings/MeetingPage"), "MeetingPage");
export const NotificationsPage = page(
  () => import("./features/notifications/NotificationsPage"),
  "NotificationsPage",
);
export const ActionsPage = page(() => import("./features/plan/ActionsPage"), "ActionsPage");
export const MyActionsPage = page(() => import("./features/my-actions/MyActionsPage"), "MyActionsPage");
export const MySessionsPage = page(() => import("./features/tables/MySessionsPage"), "MySessionsPage");
export const EvaluationsPage = page(() => import("./features/plan/EvaluationsPage"), "EvaluationsPage");
export const FamilyPlanPage = page(() => import("./features/plan/FamilyPlanPage"), "FamilyPlanPage");
export const PlanPage = page(() => import("./features/plan/PlanPage"), "PlanPage");
export const PortfolioPage = page(() => import("./features/portfolio/PortfolioPage"), "PortfolioPage");
export const CaseProcessingLog = page(
  () => import("./features/processing-log/CaseProcessingLog"),
  "CaseProcessingLog",
);
export const PrivacyOfficerHome = page(
  () => import("./features/privacy-officer/PrivacyOfficerHome"),
  "PrivacyOfficerHome",
);
export const ReferralsPage = page(() => import("./features/referrals/ReferralsPage"), "ReferralsPage");
