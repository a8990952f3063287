import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  BreakGlassAccessFieldsFragment,
  BreakGlassReviewsQuery,
  BreakGlassReviewsQueryVariables,
  ReviewBreakGlassMutation,
  ReviewBreakGlassMutationVariables,
} from "../../generated/graphql";
import { ORGANISATION_NAME_FRAGMENT, PROFESSIONAL_NAME_FRAGMENT } from "../../fragments";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

export type BreakGlassAccessRow = BreakGlassAccessFieldsFragment;

const BREAK_GLASS_ACCESS_FIELDS_FRAGMENT = gql`
  fragment BreakGlassAccessFields on BreakGlassAccess {
    id
    caseId
    caseReference
    itemId
    professional {
      ...ProfessionalName
    }
    organisation {
      ...OrganisationName
    }
    justification
    openedAt
    expiresAt
    reviewedAt
    reviewedBy {
      ...ProfessionalName
    }
    verdict
    reviewNote
  }
  ${PROFESSIONAL_NAME_FRAGMENT}
  ${ORGANISATION_NAME_FRAGMENT}
`;

export const BREAK_GLASS_REVIEWS_QUERY: TypedDocumentNode<
  BreakGlassReviewsQuery,
  BreakGlassReviewsQueryVariables
> = gql`
  query BreakGlassReviews($includeReviewed: Boolean) {
    breakGlassReviews(includeReviewed: $includeReviewed) {
      ...BreakGlassAccessFields
    }
  }
  ${BREAK_GLASS_ACCESS_FIELDS_FRAGMENT}
`;

export const REVIEW_BREAK_GLASS_MUTATION: TypedDocumentNode<
  ReviewBreakGlassMutation,
  ReviewBreakGlassMutationVariables
> = gql`
  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {
    reviewBreakGlass(input: $input) {
      ...BreakGlassAccessFields
    }
  }
  ${BREAK_GLASS_ACCESS_FIELDS_FRAGMENT}
`;
