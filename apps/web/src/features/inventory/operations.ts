import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  AcuteSafetyQuery,
  AcuteSafetyQueryVariables,
  AddNetworkMemberMutation,
  AddNetworkMemberMutationVariables,
  InventoryAnalyseQuery,
  InventoryAnalyseQueryVariables,
  InventoryBeeldQuery,
  InventoryBeeldQueryVariables,
  RecordAssessmentMutation,
  RecordAssessmentMutationVariables,
  RecordProblemMutation,
  RecordProblemMutationVariables,
  RecordSafetyAssessmentMutation,
  RecordSafetyAssessmentMutationVariables,
} from "../../generated/graphql";
import { ITEM_AUTHOR_FRAGMENT, PERSON_NAME_FRAGMENT } from "../../fragments";

// "Beeld" (inventory: self-reliance, safety, network) and "Analyse" (problems) of a case. Redacted items are
// left out of these lists by the server, so every content field here is present for the viewer.

/* ---------- Beeld ---------- */

type BeeldCase = NonNullable<InventoryBeeldQuery["case"]>;
export type ProgressRow = BeeldCase["selfRelianceProgress"][number];
export type AssessmentRow = BeeldCase["assessments"][number];
export type SafetyAssessmentRow = BeeldCase["safetyAssessments"][number];
export type NetworkMemberRow = BeeldCase["networkMembers"][number];

export const BEELD_QUERY: TypedDocumentNode<InventoryBeeldQuery, InventoryBeeldQueryVariables> = gql`
  query InventoryBeeld($id: ID!) {
    case(id: $id) {
      id
      selfRelianceProgress {
        person {
          ...PersonName
        }
        domain
        points {
          assessedOn
          score
        }
        latest {
          assessedOn
          score
        }
        change
        trend
      }
      assessments {
        id
        version
        domain
        dataClass
        person {
          ...PersonName
        }
        score
        scoreLabel
        assessedOn
        explanation
        ...ItemAuthor
      }
      safetyAssessments {
        id
        version
        domain
        dataClass
        subjects {
          ...PersonName
        }
        score
        riskLevel
        acute
        dangerStatements {
          danger
          safetyGoal
        }
        instrument
        assessedOn
        conclusion
        ...ItemAuthor
      }
      networkMembers {
        id
        version
        domain
        dataClass
        subjects {
          ...PersonName
        }
        name
        relation
        support
        contact
        relationshipQuality
        ...ItemAuthor
      }
    }
  }
  ${ITEM_AUTHOR_FRAGMENT}
  ${PERSON_NAME_FRAGMENT}
`;

export const RECORD_ASSESSMENT_MUTATION: TypedDocumentNode<
  RecordAssessmentMutation,
  RecordAssessmentMutationVariables
> = gql`
  mutation RecordAssessment($input: RecordAssessmentInput!) {
    recordAssessment(input: $input) {
      id
      score
      assessedOn
    }
  }
`;

export const RECORD_SAFETY_ASSESSMENT_MUTATION: TypedDocumentNode<
  RecordSafetyAssessmentMutation,
  RecordSafetyAssessmentMutationVariables
> = gql`
  mutation RecordSafetyAssessment($input: RecordSafetyAssessmentInput!) {
    recordSafetyAssessment(input: $input) {
      id
      acute
      riskLevel
    }
  }
`;

export const ADD_NETWORK_MEMBER_MUTATION: TypedDocumentNode<
  AddNetworkMemberMutation,
  AddNetworkMemberMutationVariables
> = gql`
  mutation AddNetworkMember($input: AddNetworkMemberInput!) {
    addNetworkMember(input: $input) {
      id
      name
    }
  }
`;

/* ---------- Acute safety (on top of every case page) ---------- */

export type AcuteSafety = NonNullable<NonNullable<AcuteSafetyQuery["case"]>["acuteSafety"]>;

export const ACUTE_SAFETY_QUERY: TypedDocumentNode<AcuteSafetyQuery, AcuteSafetyQueryVariables> = gql`
  query AcuteSafety($id: ID!) {
    case(id: $id) {
      id
      acuteSafety {
        id
        score
        riskLevel
        assessedOn
        conclusion
        subjects {
          ...PersonName
        }
        ...ItemAuthor
      }
    }
  }
  ${ITEM_AUTHOR_FRAGMENT}
  ${PERSON_NAME_FRAGMENT}
`;

/* ---------- Analyse ---------- */

export type ProblemRow = NonNullable<InventoryAnalyseQuery["case"]>["problems"][number];

export const ANALYSE_QUERY: TypedDocumentNode<InventoryAnalyseQuery, InventoryAnalyseQueryVariables> = gql`
  query InventoryAnalyse($id: ID!) {
    case(id: $id) {
      id
      problems {
        id
        version
        domain
        dataClass
        subjects {
          ...PersonName
        }
        title
        description
        causes {
          description
          chronic
        }
        patterns
        problemStatements {
          statement
          kind
          source
        }
        ...ItemAuthor
        createdAt
      }
    }
  }
  ${ITEM_AUTHOR_FRAGMENT}
  ${PERSON_NAME_FRAGMENT}
`;

export const RECORD_PROBLEM_MUTATION: TypedDocumentNode<
  RecordProblemMutation,
  RecordProblemMutationVariables
> = gql`
  mutation RecordProblem($input: RecordProblemInput!) {
    recordProblem(input: $input) {
      id
      title
    }
  }
`;

/** Queries to refetch after a change on Beeld (the banner follows the latest safety assessment). */
export const BEELD_REFETCH = ["InventoryBeeld", "AcuteSafety"] as const;

/** A change on Beeld: the page (and the acute-safety banner) show it once the mutation returns. */
export const BEELD_MUTATION_OPTIONS = { refetchQueries: [...BEELD_REFETCH], awaitRefetchQueries: true };
