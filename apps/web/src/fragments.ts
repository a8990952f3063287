import { gql } from "@apollo/client";

// GraphQL fragments for the shapes the features' documents (features/*/operations.ts) select again and
// again. Interpolate a fragment (`${PROFESSIONAL_NAME_FRAGMENT}`) into every document that spreads it; the
// result types (`pnpm codegen`) inline the spread fields, so a component's types do not change.
//
// The hub's depth limit (GRAPHQL_MAX_DEPTH, 12 by default) counts every fragment spread as a level, so these
// fragments spread no other fragment, and the deepest documents (the plan's goals and actions) spread none.

/** A professional as lists and cards name them: who recorded, decided, chairs or carries something. */
export const PROFESSIONAL_NAME_FRAGMENT = gql`
  fragment ProfessionalName on Professional {
    id
    name
  }
`;

/** An organisation by name. */
export const ORGANISATION_NAME_FRAGMENT = gql`
  fragment OrganisationName on Organisation {
    id
    name
  }
`;

/** A family member by name. */
export const PERSON_NAME_FRAGMENT = gql`
  fragment PersonName on Person {
    id
    fullName
  }
`;

/** A professional with the organisation they work for. */
export const PROFESSIONAL_WITH_ORGANISATION_FRAGMENT = gql`
  fragment ProfessionalWithOrganisation on Professional {
    id
    name
    organisation {
      id
      name
    }
  }
`;

/** Who recorded a dossier item (the author is null with CONSENT_REQUIRED when the item is redacted). */
export const ITEM_AUTHOR_FRAGMENT = gql`
  fragment ItemAuthor on DossierItem {
    author {
      id
      name
    }
    authorOrganisation {
      id
      name
    }
  }
`;

/** A case as a link to it names it. */
export const CASE_HEADER_FRAGMENT = gql`
  fragment CaseHeader on Case {
    id
    reference
    title
  }
`;

/** Where the next page of a connection starts. */
export const PAGE_INFO_FRAGMENT = gql`
  fragment NextPage on PageInfo {
    hasNextPage
    endCursor
  }
`;

/** A generated file (PDF, CSV) to download. */
export const DOCUMENT_FILE_FRAGMENT = gql`
  fragment DocumentFile on Document {
    fileName
    mediaType
    contentBase64
  }
`;

/** An escalation table (tafel) by name. */
export const TABLE_NAME_FRAGMENT = gql`
  fragment TableName on EscalationTable {
    id
    name
  }
`;
