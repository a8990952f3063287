import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  AttachPartnerReferenceMutation,
  AttachPartnerReferenceMutationVariables,
  CasePartnerReferencesQuery,
  CasePartnerReferencesQueryVariables,
  DetachPartnerReferenceMutation,
  DetachPartnerReferenceMutationVariables,
  FindByPartnerReferenceQuery,
  FindByPartnerReferenceQueryVariables,
  OwnReferenceFragment,
} from "../../generated/graphql";
import { CASE_HEADER_FRAGMENT, PERSON_NAME_FRAGMENT } from "../../fragments";

// A partner's own references (packages/schema/partner-references.graphql): the viewer's organisation's own
// identifiers for the family members of a case ("Eigen kenmerken"), and finding a case by one. Result and
// variable types come from `pnpm codegen`.

/** One family member with the viewer's organisation's own references. */
export type PersonWithReferences = NonNullable<CasePartnerReferencesQuery["case"]>["persons"][number];
export type OwnReference = OwnReferenceFragment;

const OWN_REFERENCE_FRAGMENT = gql`
  fragment OwnReference on PartnerReference {
    id
    reference
    label
    createdAt
  }
`;

export const CASE_PARTNER_REFERENCES_QUERY: TypedDocumentNode<
  CasePartnerReferencesQuery,
  CasePartnerReferencesQueryVariables
> = gql`
  query CasePartnerReferences($id: ID!) {
    case(id: $id) {
      id
      persons {
        id
        fullName
        partnerReferences {
          ...OwnReference
        }
      }
    }
  }
  ${OWN_REFERENCE_FRAGMENT}
`;

export const ATTACH_PARTNER_REFERENCE_MUTATION: TypedDocumentNode<
  AttachPartnerReferenceMutation,
  AttachPartnerReferenceMutationVariables
> = gql`
  mutation AttachPartnerReference($input: AttachPartnerReferenceInput!) {
    attachPartnerReference(input: $input) {
      ...OwnReference
    }
  }
  ${OWN_REFERENCE_FRAGMENT}
`;

export const DETACH_PARTNER_REFERENCE_MUTATION: TypedDocumentNode<
  DetachPartnerReferenceMutation,
  DetachPartnerReferenceMutationVariables
> = gql`
  mutation DetachPartnerReference($id: ID!) {
    detachPartnerReference(id: $id)
  }
`;

/** One reference found, with its person and case. */
export type FoundReference = FindByPartnerReferenceQuery["partnerReferences"][number];

export const FIND_BY_PARTNER_REFERENCE_QUERY: TypedDocumentNode<
  FindByPartnerReferenceQuery,
  FindByPartnerReferenceQueryVariables
> = gql`
  query FindByPartnerReference($reference: String!) {
    partnerReferences(reference: $reference) {
      id
      reference
      label
      person {
        ...PersonName
      }
      case {
        ...CaseHeader
      }
    }
  }
  ${PERSON_NAME_FRAGMENT}
  ${CASE_HEADER_FRAGMENT}
`;
