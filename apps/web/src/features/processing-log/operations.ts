import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type { ProcessingLogQuery, ProcessingLogQueryVariables } from "../../generated/graphql";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

export type LogEntry = ProcessingLogQuery["processingLog"]["edges"][number]["node"];

export const PROCESSING_LOG_QUERY: TypedDocumentNode<ProcessingLogQuery, ProcessingLogQueryVariables> = gql`
  query ProcessingLog($caseId: ID!, $filter: ProcessingLogFilter, $first: Int, $after: String) {
    processingLog(caseId: $caseId, filter: $filter, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          chainSeq
          startedAt
          endedAt
          actorType
          actor {
            id
            name
          }
          organisation {
            id
            name
          }
          role
          subjects {
            id
            fullName
          }
          subjectCount
          itemIds
          fields
          operation
          purpose
          legalBasis
          processingActivityId
          outcome
          breakGlass
          detail
        }
      }
    }
  }
`;
