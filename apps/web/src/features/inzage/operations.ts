import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type { ExportPersonDataMutation, ExportPersonDataMutationVariables } from "../../generated/graphql";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

/** Inzage: everything held about one person, as JSON. Logged as EXPORT. */
export const EXPORT_PERSON_DATA_MUTATION: TypedDocumentNode<
  ExportPersonDataMutation,
  ExportPersonDataMutationVariables
> = gql`
  mutation ExportPersonData($personId: ID!) {
    exportPersonData(personId: $personId) {
      json
      generatedAt
    }
  }
`;
