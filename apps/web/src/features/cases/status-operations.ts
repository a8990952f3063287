import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  CaseStatusQuery,
  CaseStatusQueryVariables,
  UpdateCaseDetailsMutation,
  UpdateCaseDetailsMutationVariables,
} from "../../generated/graphql";

// The status block of the case overview: what is late, what comes next, what waits for the viewer. Everything
// here follows the viewer's grants on the server: actions outside them are absent, a partner sees only its own
// organisation's grants, and the next regiegesprek is only asked with READ_FOLLOW_UP.

export type CaseStatusData = NonNullable<CaseStatusQuery["case"]>;
export type StatusAction = CaseStatusData["actions"][number];

export const CASE_STATUS_QUERY: TypedDocumentNode<CaseStatusQuery, CaseStatusQueryVariables> = gql`
  query CaseStatus($id: ID!, $followUp: Boolean!) {
    case(id: $id) {
      id
      actions {
        id
        title
        dueOn
        status
        overdue
        ownerOrganisation {
          id
          name
        }
        ownerProfessional {
          id
          name
        }
      }
      evaluations {
        id
        scheduledOn
        heldOn
      }
      evaluationSchedule {
        nextDueOn
        overdue
      }
      currentPlan {
        id
        number
        approvedOn
      }
      draftPlan {
        id
        number
        status
      }
      grants {
        id
        validUntil
        isActive
        grantee {
          id
          name
        }
      }
      nextCheckInOn @include(if: $followUp)
    }
  }
`;

/** Title and municipality of a case (`updateCase`), from the overview's "Gegevens wijzigen" dialog. */
export const UPDATE_CASE_DETAILS_MUTATION: TypedDocumentNode<
  UpdateCaseDetailsMutation,
  UpdateCaseDetailsMutationVariables
> = gql`
  mutation UpdateCaseDetails($input: UpdateCaseInput!) {
    updateCase(input: $input) {
      id
      title
      municipality
      version
    }
  }
`;
