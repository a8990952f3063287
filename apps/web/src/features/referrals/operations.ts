import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  CaseReferralsQuery,
  CaseReferralsQueryVariables,
  RecordReferralMutation,
  RecordReferralMutationVariables,
} from "../../generated/graphql";
import { ORGANISATION_NAME_FRAGMENT, PERSON_NAME_FRAGMENT } from "../../fragments";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

export type ReferralRow = NonNullable<CaseReferralsQuery["case"]>["referrals"][number];

export const CASE_REFERRALS_QUERY: TypedDocumentNode<CaseReferralsQuery, CaseReferralsQueryVariables> = gql`
  query CaseReferrals($id: ID!) {
    case(id: $id) {
      id
      budget {
        totalCostCents
        activeCostCents
        referralCount
      }
      referrals {
        id
        version
        domain
        referralKind
        care
        providerName
        startsOn
        endsOn
        costCents
        reference
        subjects {
          ...PersonName
        }
        authorOrganisation {
          ...OrganisationName
        }
      }
    }
  }
  ${ORGANISATION_NAME_FRAGMENT}
  ${PERSON_NAME_FRAGMENT}
`;

export const RECORD_REFERRAL_MUTATION: TypedDocumentNode<
  RecordReferralMutation,
  RecordReferralMutationVariables
> = gql`
  mutation RecordReferral($input: RecordReferralInput!) {
    recordReferral(input: $input) {
      id
      care
    }
  }
`;
