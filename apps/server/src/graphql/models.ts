import type { CaseRow, CaseTeamMemberRow, OrganisationRow, PersonRow, ProfessionalRow } from "@regiehub/db";

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
