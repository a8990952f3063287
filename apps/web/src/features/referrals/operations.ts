import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  CaseReferralsQuery,
  CaseReferralsQueryVariables,
  RecordReferralMutation,
  RecordReferralMutationVariables,
} from "../../generated/graphql";

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
          id
          fullName
        }
        authorOrganisation {
          id
          name
        }
      }
    }
  }
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
