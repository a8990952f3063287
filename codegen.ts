import type { CodegenConfig } from "@graphql-codegen/cli";

// Types generated from the committed SDL file (never from a running server). Run `pnpm codegen`;
// CI checks that the committed output is current.
const scalars = {
  Date: "string",
  DateTime: { input: "string", output: "Date | string" },
};

const config: CodegenConfig = {
  schema: "packages/schema/schema.graphql",
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
        },
      },
    },
  },
  hooks: { afterAllFileWrite: ["prettier --write"] },
};

export default config;
