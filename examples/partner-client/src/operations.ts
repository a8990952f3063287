// The operations the partner system runs, each a GraphQL document of its own. On a hub that enforces trusted
// documents (`TRUSTED_DOCUMENTS=clients`) an ADMIN registers exactly these texts for the client
// (`registerTrustedDocuments`; src/setup.ts does); a byte changed is another document.

export const FIND_BY_REFERENCE = /* GraphQL */ `
  query FindByReference($reference: String!) {
    partnerReferences(reference: $reference) {
      id
      reference
      label
      person {
        id
        fullName
      }
      case {
        id
        reference
        title
        phase
      }
    }
  }
`;

export const CASE_ITEMS = /* GraphQL */ `
  query CaseItems($caseId: ID!) {
    case(id: $caseId) {
      id
      visible: timeline(first: 10) {
        totalCount
        edges {
          node {
            id
            kind
            domain
            summary
            authorOrganisation {
              name
            }
            createdAt
          }
        }
      }
      all: timeline(first: 1, includeRedacted: true) {
        totalCount
      }
    }
  }
`;

export const LAST_EVENT_SEQ = /* GraphQL */ `
  query LastEventSeq {
    lastEventSeq
  }
`;

export const CASE_EVENTS = /* GraphQL */ `
  subscription CaseEvents($caseId: ID!, $afterSeq: Seq) {
    caseEvents(caseId: $caseId, afterSeq: $afterSeq) {
      seq
      kind
      itemKind
      itemId
      fields
      occurredAt
    }
  }
`;

export const RECORD_OBSERVATION = /* GraphQL */ `
  mutation RecordObservation($input: RecordObservationInput!) {
    recordObservation(input: $input) {
      id
      version
      createdAt
    }
  }
`;

export interface Found {
  partnerReferences: {
    id: string;
    reference: string;
    label: string | null;
    person: { id: string; fullName: string };
    case: { id: string; reference: string; title: string; phase: string };
  }[];
}

export interface CaseItems {
  case: {
    id: string;
    visible: {
      totalCount: number;
      edges: {
        node: {
          id: string;
          kind: string;
          domain: string;
          summary: string | null;
          authorOrganisation: { name: string };
          createdAt: string;
        };
      }[];
    };
    all: { totalCount: number };
  };
}

export interface CaseEvent {
  seq: number;
  kind: string;
  itemKind: string | null;
  itemId: string | null;
  fields: string[];
  occurredAt: string;
}

export interface Recorded {
  recordObservation: { id: string; version: number; createdAt: string };
}

export const ATTACH_REFERENCE = /* GraphQL */ `
  mutation AttachReference($input: AttachPartnerReferenceInput!) {
    attachPartnerReference(input: $input) {
      id
    }
  }
`;

/** Every operation of the client, for registering them as trusted documents. */
export const CLIENT_OPERATIONS = [
  FIND_BY_REFERENCE,
  CASE_ITEMS,
  LAST_EVENT_SEQ,
  CASE_EVENTS,
  RECORD_OBSERVATION,
  ATTACH_REFERENCE,
];
