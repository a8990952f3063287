import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type {
  AuthConfigQuery,
  AuthConfigQueryVariables,
  DevSignInMutation,
  DevSignInMutationVariables,
  DevSignInOptionsQuery,
  DevSignInOptionsQueryVariables,
} from "../../generated/graphql";
import { PROFESSIONAL_NAME_FRAGMENT } from "../../fragments";

// Result and variable types come from `pnpm codegen` (src/generated/graphql.ts).

export const AUTH_CONFIG_QUERY: TypedDocumentNode<AuthConfigQuery, AuthConfigQueryVariables> = gql`
  query AuthConfig {
    authConfig {
      mode
      issuer
    }
  }
`;

/** One professional to sign in as. */
export type DevSignInOption = DevSignInOptionsQuery["devSignInOptions"][number];

export const DEV_SIGN_IN_OPTIONS_QUERY: TypedDocumentNode<
  DevSignInOptionsQuery,
  DevSignInOptionsQueryVariables
> = gql`
  query DevSignInOptions {
    devSignInOptions {
      professionalId
      name
      role
      organisationName
      organisationKind
    }
  }
`;

export const DEV_SIGN_IN_MUTATION: TypedDocumentNode<DevSignInMutation, DevSignInMutationVariables> = gql`
  mutation DevSignIn($professionalId: ID!) {
    devSignIn(professionalId: $professionalId) {
      token
      expiresAt
      professional {
        ...ProfessionalName
      }
    }
  }
  ${PROFESSIONAL_NAME_FRAGMENT}
`;
