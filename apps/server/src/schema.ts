import { makeExecutableSchema } from "@graphql-tools/schema";
import type { GraphQLSchema } from "graphql";
import { typeDefs } from "@regiehub/schema";
import { authResolvers } from "./modules/auth/resolvers";
import { breakGlassResolvers } from "./modules/break-glass/resolvers";
import { caseResolvers } from "./modules/case/resolvers";
import { phaseResolvers } from "./modules/case/phase-resolvers";
import { consentResolvers } from "./modules/consent/resolvers";
import { dossierResolvers } from "./modules/dossier/resolvers";
import { exportResolvers } from "./modules/export/resolvers";
import { processingLogResolvers } from "./modules/processing-log/resolvers";
import { directoryResolvers } from "./modules/directory/resolvers";
import { personResolvers } from "./modules/person/resolvers";
import { teamResolvers } from "./modules/team/resolvers";
import { inventoryResolvers } from "./modules/inventory/resolvers";
import { planResolvers } from "./modules/plan/resolvers";
import { actionResolvers } from "./modules/actions/resolvers";
import { planDocumentResolvers } from "./modules/plan-document/resolvers";
import { liveResolvers } from "./modules/live/resolvers";
import { portfolioResolvers } from "./modules/portfolio/resolvers";
import { escalationResolvers } from "./modules/escalation/resolvers";
import { followUpResolvers } from "./modules/follow-up/resolvers";
import { apiClientResolvers } from "./modules/api-clients/resolvers";
import { trustedDocumentResolvers } from "./modules/trusted-documents/resolvers";
import { partnerReferenceResolvers } from "./modules/partner-references/resolvers";
import { meetingResolvers } from "./modules/meetings/resolvers";
import { scenarioResolvers } from "./modules/scenarios/resolvers";
import { tableResolvers } from "./modules/tables/resolvers";
import { guardRootFields } from "./graphql/guard";
import { DateScalar, DateTimeScalar } from "./graphql/scalars";

/** The executable schema: committed SDL + module resolvers, with every non-public root field guarded. */
export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: [
      { Date: DateScalar, DateTime: DateTimeScalar },
      authResolvers,
      directoryResolvers,
      caseResolvers,
      phaseResolvers,
      personResolvers,
      teamResolvers,
      dossierResolvers,
      consentResolvers,
      breakGlassResolvers,
      processingLogResolvers,
      exportResolvers,
      inventoryResolvers,
      planResolvers,
      actionResolvers,
      planDocumentResolvers,
      liveResolvers,
      portfolioResolvers,
      escalationResolvers,
      followUpResolvers,
      apiClientResolvers,
      trustedDocumentResolvers,
      partnerReferenceResolvers,
      meetingResolvers,
      scenarioResolvers,
      tableResolvers,
    ],
    resolverValidationOptions: { requireResolversToMatchSchema: "error" },
  });
  return guardRootFields(schema);
}
