import type { CodegenConfig } from "@graphql-codegen/cli";
import { ITEM_KINDS } from "./packages/domain/src/item-kinds";

// Types generated from the committed SDL file (never from a running server). Run `pnpm codegen`;
// CI checks that the committed output is current.
const scalars = {
  Date: "string",
  DateTime: { input: "string", output: "Date | string" },
  Seq: "number",
};

// Each item type's resolvers receive the record of its kind (`ItemOf<"ACTION">` for Action), narrowed by
// `covered` to its content: derived from the item-kind registry, so a new kind is mapped without an edit here.
const itemMappers = Object.fromEntries(
  Object.entries(ITEM_KINDS).map(([kind, { typeName }]) => [typeName, `ItemOf<"${kind}">`]),
);

const config: CodegenConfig = {
  // Every SDL file of packages/schema (the same list as `SCHEMA_PATHS` there).
  schema: ["packages/schema/*.graphql"],
  generates: {
    // Schema types for every consumer (web app, tests, partner-facing docs).
    "packages/schema/src/generated/graphql.ts": {
      plugins: ["typescript"],
      config: { enumsAsTypes: true, scalars, avoidOptionals: { field: true } },
    },
    // Resolver signatures for the server, mapped to the server's own models.
    "apps/server/src/graphql/generated/resolvers.ts": {
      plugins: [
        { add: { content: 'import type { ItemOf } from "../models";' } },
        "typescript",
        "typescript-resolvers",
      ],
      config: {
        enumsAsTypes: true,
        scalars,
        useTypeImports: true,
        contextType: "../context#Context",
        mappers: {
          Organisation: "../models#OrganisationModel",
          Professional: "../models#ProfessionalModel",
          Case: "../models#CaseModel",
          Person: "../models#PersonModel",
          CaseTeamMember: "../models#CaseTeamMemberModel",
          TeamWarning: "../models#TeamWarningModel",
          SignInPayload: "../models#SignInPayloadModel",
          DossierItem: "../models#ItemModel",
          ...itemMappers,
          SelfRelianceProgress: "../models#SelfRelianceProgressModel",
          EvaluationSchedule: "../models#EvaluationScheduleModel",
          Notification: "../models#NotificationModel",
          OwnStatement: "../models#OwnStatementModel",
          DossierItemVersion: "../models#ItemVersionModel",
          ConsentGrant: "../models#ConsentGrantModel",
          OrganisationAccess: "../models#OrganisationAccessModel",
          BreakGlassAccess: "../models#BreakGlassModel",
          ProcessingLogEntry: "../models#ProcessingLogEntryModel",
          ProcessingLogLine: "../../modules/processing-log/lines#ProcessingLogLineModel",
          DossierItemConnection: "../models#DossierItemConnectionModel",
          ActionConnection: "../models#ActionConnectionModel",
          ActionEdge: "../models#ActionEdgeModel",
          CaseEvent: "../models#LiveEventModel",
          ActionEvent: "../models#LiveEventModel",
          PortfolioEvent: "../models#LiveEventModel",
          PortfolioEntry: "../models#PortfolioEntryModel",
          CheckIn: "../models#CheckInModel",
          MonitoringReview: "../models#MonitoringReviewModel",
          PortfolioPartnerTimeliness: "../models#PortfolioPartnerTimelinessModel",
          EscalationTable: "../models#EscalationTableModel",
          Meeting: "../models#MeetingModel",
          MeetingParticipant: "../models#MeetingParticipantModel",
          MeetingDecision: "../models#MeetingDecisionModel",
          ScenarioSignal: "../models#ScenarioSignalModel",
          TableSession: "../models#TableSessionModel",
          AgendaEntry: "../models#AgendaEntryModel",
          TableOutcomeNotice: "../models#TableOutcomeNoticeModel",
          CaseEscalation: "../models#CaseEscalationModel",
          FrameworkDecision: "../models#FrameworkDecisionModel",
          PhaseTransition: "../models#PhaseTransitionModel",
          ApiClient: "../models#ApiClientModel",
          TrustedDocument: "../models#TrustedDocumentModel",
          PartnerReference: "../models#PartnerReferenceModel",
        },
      },
    },
    // The web cache's `possibleTypes` (which types implement DossierItem), from the SDL.
    "apps/web/src/generated/possible-types.ts": {
      plugins: ["fragment-matcher"],
      config: { useExplicitTyping: true },
    },
    // The web app's documents: per-operation result and variable types, and a typed document per operation
    // (`CaseDetailDocument`) and per fragment (`CaseDetailFragmentDoc`), with the fragments it spreads. The
    // documents live in `.graphql` files beside the pages that use them; every operation needs a unique name.
    "apps/web/src/generated/graphql.ts": {
      documents: ["apps/web/src/**/*.graphql"],
      // typescript-operations 6 works without the `typescript` plugin (together they declare every used enum
      // and input type twice) and emits only the enums and input types the operations use.
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        // v6's name for `enumsAsTypes: true`: enums become string-literal unions.
        enumType: "string-literal",
        scalars,
        useTypeImports: true,
        // The web app depends on @apollo/client, which re-exports the TypedDocumentNode type.
        documentNodeImport: "@apollo/client#TypedDocumentNode",
      },
    },
  },
  hooks: { afterAllFileWrite: ["prettier --write"] },
};

export default config;
