import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type { ProcessingLogLinesQuery, ProcessingLogLinesQueryVariables } from "../../generated/graphql";
import {
  ORGANISATION_NAME_FRAGMENT,
  PAGE_INFO_FRAGMENT,
  PERSON_NAME_FRAGMENT,
  PROFESSIONAL_NAME_FRAGMENT,
} from "../../fragments";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

export type LogLine = ProcessingLogLinesQuery["processingLogLines"]["edges"][number]["node"];

/** The log as lines (one per request on a case): of one case, or across every case the viewer supervises. */
export const PROCESSING_LOG_LINES_QUERY: TypedDocumentNode<
  ProcessingLogLinesQuery,
  ProcessingLogLinesQueryVariables
> = gql`
  query ProcessingLogLines($search: ProcessingLogSearch, $first: Int, $after: String) {
    processingLogLines(search: $search, first: $first, after: $after) {
      pageInfo {
        ...NextPage
      }
      edges {
        cursor
        node {
          id
          caseId
          caseReference
          startedAt
          actorType
          actor {
            ...ProfessionalName
          }
          organisation {
            ...OrganisationName
          }
          role
          operations
          subjects {
            ...PersonName
          }
          subjectCount
          fields
          itemCount
          processingActivityIds
          legalBases
          outcomes
          breakGlass
          details
          entryCount
        }
      }
    }
  }
  ${PROFESSIONAL_NAME_FRAGMENT}
  ${ORGANISATION_NAME_FRAGMENT}
  ${PERSON_NAME_FRAGMENT}
  ${PAGE_INFO_FRAGMENT}
`;
