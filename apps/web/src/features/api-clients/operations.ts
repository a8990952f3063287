import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  ApiClientFieldsFragment,
  ApiClientsQuery,
  ApiClientsQueryVariables,
  RegisterApiClientMutation,
  RegisterApiClientMutationVariables,
  RevokeApiClientMutation,
  RevokeApiClientMutationVariables,
  RotateApiClientSecretMutation,
  RotateApiClientSecretMutationVariables,
} from "../../generated/graphql";
import { PROFESSIONAL_NAME_FRAGMENT } from "../../fragments";

// Partner systems (API clients) of the ADMIN's organisation: packages/schema/api-clients.graphql.
// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

export type ApiClientRow = ApiClientFieldsFragment;
export type ApiClientSecretRow = ApiClientRow["secrets"][number];

const API_CLIENT_FIELDS_FRAGMENT = gql`
  fragment ApiClientFields on ApiClient {
    id
    name
    scopes
    allowedCidrs
    authMethod
    keyIds
    secrets {
      id
      createdAt
      expiresAt
      active
    }
    createdAt
    createdBy {
      ...ProfessionalName
    }
    revokedAt
    revokedBy {
      ...ProfessionalName
    }
  }
  ${PROFESSIONAL_NAME_FRAGMENT}
`;

export const API_CLIENTS_QUERY: TypedDocumentNode<ApiClientsQuery, ApiClientsQueryVariables> = gql`
  query ApiClients {
    apiClients {
      ...ApiClientFields
    }
  }
  ${API_CLIENT_FIELDS_FRAGMENT}
`;

/** The answer carries the secret once: send it with `fetchPolicy: "no-cache"`, so it never enters the cache. */
export const REGISTER_API_CLIENT_MUTATION: TypedDocumentNode<
  RegisterApiClientMutation,
  RegisterApiClientMutationVariables
> = gql`
  mutation RegisterApiClient($input: RegisterApiClientInput!) {
    registerApiClient(input: $input) {
      clientSecret
      client {
        ...ApiClientFields
      }
    }
  }
  ${API_CLIENT_FIELDS_FRAGMENT}
`;

/** The answer carries the new secret once: send it with `fetchPolicy: "no-cache"`. */
export const ROTATE_API_CLIENT_SECRET_MUTATION: TypedDocumentNode<
  RotateApiClientSecretMutation,
  RotateApiClientSecretMutationVariables
> = gql`
  mutation RotateApiClientSecret($id: ID!, $overlapMinutes: Int) {
    rotateApiClientSecret(id: $id, overlapMinutes: $overlapMinutes) {
      clientSecret
      previousSecretsExpireAt
      client {
        ...ApiClientFields
      }
    }
  }
  ${API_CLIENT_FIELDS_FRAGMENT}
`;

export const REVOKE_API_CLIENT_MUTATION: TypedDocumentNode<
  RevokeApiClientMutation,
  RevokeApiClientMutationVariables
> = gql`
  mutation RevokeApiClient($id: ID!) {
    revokeApiClient(id: $id) {
      ...ApiClientFields
    }
  }
  ${API_CLIENT_FIELDS_FRAGMENT}
`;
