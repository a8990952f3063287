import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  CaseGrantsQuery,
  CaseGrantsQueryVariables,
  ConsentGrantFieldsFragment,
  GrantAccessMutation,
  GrantAccessMutationVariables,
  OrganisationAccessQuery,
  OrganisationAccessQueryVariables,
  WithdrawAccessMutation,
  WithdrawAccessMutationVariables,
} from "../../generated/graphql";
import { PERSON_NAME_FRAGMENT, PROFESSIONAL_NAME_FRAGMENT } from "../../fragments";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

export type Grant = ConsentGrantFieldsFragment;

const CONSENT_GRANT_FIELDS_FRAGMENT = gql`
  fragment ConsentGrantFields on ConsentGrant {
    id
    caseId
    grantee {
      id
      name
      kind
    }
    subjects {
      ...PersonName
    }
    domains
    dataClasses
    purpose
    legalBasis
    validFrom
    validUntil
    evidenceReference
    recordedBy {
      ...ProfessionalName
    }
    recordedAt
    withdrawnAt
    withdrawnBy {
      ...ProfessionalName
    }
    withdrawalReason
    isActive
  }
  ${PROFESSIONAL_NAME_FRAGMENT}
  ${PERSON_NAME_FRAGMENT}
`;

/** All grants of the case for its directors; the own organisation's for other team members. */
export const CASE_GRANTS_QUERY: TypedDocumentNode<CaseGrantsQuery, CaseGrantsQueryVariables> = gql`
  query CaseGrants($caseId: ID!, $includeInactive: Boolean) {
    case(id: $caseId) {
      id
      grants(includeInactive: $includeInactive) {
        ...ConsentGrantFields
      }
    }
  }
  ${CONSENT_GRANT_FIELDS_FRAGMENT}
`;

export const ORGANISATION_ACCESS_QUERY: TypedDocumentNode<
  OrganisationAccessQuery,
  OrganisationAccessQueryVariables
> = gql`
  query OrganisationAccess($caseId: ID!, $organisationId: ID!) {
    case(id: $caseId) {
      id
      accessFor(organisationId: $organisationId) {
        organisation {
          id
        }
        wholeCase
        visibleItemCount
        totalItemCount
        activeGrants {
          id
        }
      }
    }
  }
`;

export const GRANT_ACCESS_MUTATION: TypedDocumentNode<GrantAccessMutation, GrantAccessMutationVariables> =
  gql`
    mutation GrantAccess($input: GrantAccessInput!) {
      grantAccess(input: $input) {
        ...ConsentGrantFields
      }
    }
    ${CONSENT_GRANT_FIELDS_FRAGMENT}
  `;

export const WITHDRAW_ACCESS_MUTATION: TypedDocumentNode<
  WithdrawAccessMutation,
  WithdrawAccessMutationVariables
> = gql`
  mutation WithdrawAccess($input: WithdrawAccessInput!) {
    withdrawAccess(input: $input) {
      ...ConsentGrantFields
    }
  }
  ${CONSENT_GRANT_FIELDS_FRAGMENT}
`;
