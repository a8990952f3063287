import type { CodegenConfig } from "@graphql-codegen/cli";

// Types generated from the committed SDL file (never from a running server). Run `pnpm codegen`;
// CI checks that the committed output is current.
const scalars = {
  Date: "string",
  DateTime: { input: "string", output: "Date | string" },
  Seq: "number",
};

const config: CodegenConfig = {
  schema: ["packages/schema/schema.graphql", "packages/schema/plan.graphql", "packages/schema/live.graphql"],
  generates: {
    // Schema types for every consumer (web app, tests, partner-facing docs).
    "packages/schema/src/generated/graphql.ts": {
      plugins: ["typescript"],
      config: { enumsAsTypes: true, scalars, avoidOptionals: { field: true } },
    },
    // Resolver signatures for the server, mapped to the server's own models.
    "apps/server/src/graphql/generated/resolvers.ts": {
      plugins: ["typescript", "typescript-resolvers"],
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
          Observation: "../models#ItemModel",
          Note: "../models#ItemModel",
          Assessment: "../models#ItemModel",
          SafetyAssessment: "../models#ItemModel",
          NetworkMember: "../models#ItemModel",
          Problem: "../models#ItemModel",
          Plan: "../models#ItemModel",
          Goal: "../models#ItemModel",
          Action: "../models#ItemModel",
          Result: "../models#ItemModel",
          Evaluation: "../models#ItemModel",
          Referral: "../models#ItemModel",
          SelfRelianceProgress: "../models#SelfRelianceProgressModel",
          EvaluationSchedule: "../models#EvaluationScheduleModel",
          Notification: "../models#NotificationModel",
          OwnStatement: "../models#OwnStatementModel",
          DossierItemVersion: "../models#ItemVersionModel",
          ConsentGrant: "../models#ConsentGrantModel",
          OrganisationAccess: "../models#OrganisationAccessModel",
          BreakGlassAccess: "../models#BreakGlassModel",
          ProcessingLogEntry: "../models#ProcessingLogEntryModel",
          CaseEvent: "../models#LiveEventModel",
          ActionEvent: "../models#LiveEventModel",
          PortfolioEvent: "../models#LiveEventModel",
        },
      },
    },
    // The web cache's `possibleTypes` (which types implement DossierItem), from the SDL.
    "apps/web/src/generated/possible-types.ts": {
      plugins: ["fragment-matcher"],
      config: { useExplicitTyping: true },
    },
    // Per-operation result and variable types, plus a TypedDocumentNode per operation, for the web app.
    // Every operation (`gql` in apps/web/src) needs a unique name.
    "apps/web/src/generated/graphql.ts": {
      documents: ["apps/web/src/**/*.{ts,tsx}", "!apps/web/src/generated/**"],
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
