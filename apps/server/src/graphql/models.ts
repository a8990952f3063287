import type { Domain, LazilyCountedConnection } from "@regiehub/domain";
import type {
  BreakGlassRow,
  NotificationRow,
  CaseEscalationRow,
  CaseCheckInRow,
  CaseMonitoringReviewRow,
  CaseFrameworkDecisionRow,
  CaseRow,
  EscalationTableRow,
  CaseTeamMemberRow,
  ConsentGrantRow,
  ItemOf,
  ItemRecord,
  ItemStatementRow,
  OrganisationRow,
  PersonRow,
  ProcessingLogRow,
  ProfessionalRow,
  MeetingDecisionRow,
  MeetingParticipantRow,
  MeetingRow,
  ScenarioSignalRow,
  AgendaEntryRow,
  TableSessionRow,
} from "@regiehub/db";

// What resolvers pass around for each GraphQL object type (codegen "mappers").
export type OrganisationModel = OrganisationRow;
export type ProfessionalModel = ProfessionalRow;
export type CaseModel = CaseRow;
export type PersonModel = PersonRow;
export type CaseTeamMemberModel = CaseTeamMemberRow;
export interface TeamWarningModel {
  code: string;
  message: string;
  personId: string;
  caseId: string;
}
export interface SignInPayloadModel {
  token: string;
  expiresAt: Date;
  professionalId: string;
}
/** A dossier item of any kind (the DossierItem interface). */
export type ItemModel = ItemRecord;
/** The model of each item type (codegen maps `Action` to `ItemOf<"ACTION">`, … from the item-kind registry). */
export type { ItemOf };
export type OwnStatementModel = ItemStatementRow;
export interface ItemVersionModel {
  itemId: string;
  version: number;
  snapshot: unknown;
  supersededAt: Date;
  supersededByProfessionalId: string;
  reason: string | null;
}
export type ConsentGrantModel = ConsentGrantRow;
export interface OrganisationAccessModel {
  caseId: string;
  organisationId: string;
  wholeCase: boolean;
  activeGrants: ConsentGrantRow[];
  visibleItemCount: number;
  totalItemCount: number;
}
export type BreakGlassModel = BreakGlassRow;
export type ProcessingLogEntryModel = ProcessingLogRow;
export interface SelfRelianceProgressModel {
  personId: string;
  caseId: string;
  domain: Domain;
  points: { assessedOn: string; score: number }[];
  latest: { assessedOn: string; score: number };
  change: number;
  trend: string;
}
export interface EvaluationScheduleModel {
  intervalMonths: number;
  plan: ItemOf<"PLAN"> | null;
  nextDueOn: string | null;
  overdue: boolean;
}
export type NotificationModel = NotificationRow;
/** A page of a case's timeline: `totalCount` is counted only when a client asks for it. */
export type DossierItemConnectionModel = LazilyCountedConnection<ItemRecord>;
/** A page of the viewer's actions across cases (`Query.myActions`), each with its case. */
export type {
  MyActionConnection as ActionConnectionModel,
  MyActionEdge as ActionEdgeModel,
} from "../modules/actions/operations/list-my-actions";

export type { LiveEvent as LiveEventModel } from "../live/types";

/** One case of a portfolio: its signals, urgency and reasons, with the row they came from. */
export type { PortfolioItem as PortfolioEntryModel } from "../modules/portfolio/operations/list-portfolio";
/** One partner organisation's timeliness in a portfolio's charts (the organisation by id, through its loader). */
export type { PartnerTimeliness as PortfolioPartnerTimelinessModel } from "../modules/portfolio/operations/summarise-portfolio-charts";

export type EscalationTableModel = EscalationTableRow;
export type CaseEscalationModel = CaseEscalationRow;
export type FrameworkDecisionModel = CaseFrameworkDecisionRow;
/** One recorded phase transition of a case (`Case.phaseReason`, `Case.phaseHistory`). */
export type { PhaseTransitionModel } from "../modules/case/operations/list-phase-transitions";

/** A regiegesprek (`CheckIn`): the row, released by the Case field that reached it. */
export type CheckInModel = CaseCheckInRow;
/** A follow-up of a case in monitoring (`MonitoringReview`). */
export type MonitoringReviewModel = CaseMonitoringReviewRow;

/** An organisation's own reference for a person (`PartnerReference`): the row, released only to that organisation. */
export type { PartnerReferenceModel } from "../modules/partner-references/shared";

/** A partner system as the API shows it (`ApiClient`); its trusted documents are resolved on demand. */
export type { ApiClientView as ApiClientModel } from "../modules/api-clients/shared";
/** An operation an API client registered ahead of time (`TrustedDocument`). */
export type { TrustedDocumentModel } from "../modules/trusted-documents/shared";

/** A meeting of a case (`Meeting`): the row, reached through a case or `Query.meeting` that decided access. */
export type MeetingModel = MeetingRow;
/** A participant, with the case of its meeting (to find the family member among the case's persons). */
export type MeetingParticipantModel = MeetingParticipantRow & { caseId: string };
/** A meeting's decision, with the case of its meeting. */
export type MeetingDecisionModel = MeetingDecisionRow & { caseId: string };
/** A scenario's signal (`ScenarioSignal`), released by `Case.scenarios`. */
export type ScenarioSignalModel = ScenarioSignalRow;
/** A table session (`TableSession`), listed by `mySessions` for the tables the viewer sits on. */
export type TableSessionModel = TableSessionRow;
/** A case on an agenda (`AgendaEntry`), with its case's reference. */
export type AgendaEntryModel = AgendaEntryRow & { caseReference: string };
/** A TABLE_OUTCOME notification read through its agenda entry (a table member outside the case team). */
export type TableOutcomeNoticeModel = NotificationRow & {
  entry: AgendaEntryModel;
  tableId: string;
  tableName: string;
};
