import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import type { AuthMode, OrganisationKind, ProfessionalRole } from "../../labels";

export interface AuthConfigData {
  authConfig: { mode: AuthMode; issuer: string | null };
}

export const AUTH_CONFIG_QUERY: TypedDocumentNode<AuthConfigData, Record<string, never>> = gql`
  query AuthConfig {
    authConfig {
      mode
      issuer
    }
  }
`;

export interface DevSignInOption {
  professionalId: string;
  name: string;
  role: ProfessionalRole;
  organisationName: string;
  organisationKind: OrganisationKind;
}

export const DEV_SIGN_IN_OPTIONS_QUERY: TypedDocumentNode<
  { devSignInOptions: DevSignInOption[] },
  Record<string, never>
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

export interface DevSignInData {
  devSignIn: { token: string; expiresAt: string; professional: { id: string; name: string } };
}

export const DEV_SIGN_IN_MUTATION: TypedDocumentNode<DevSignInData, { professionalId: string }> = gql`
  mutation DevSignIn($professionalId: ID!) {
    devSignIn(professionalId: $professionalId) {
      token
      expiresAt
      professional {
        id
        name
      }
    }
  }
`;
