import { gql } from "@apollo/client";
import type { TypedDocumentNode } from "@apollo/client";
import { createContext, useContext } from "react";
import type { OrganisationKind, ProfessionalRole } from "./labels";

/** The signed-in professional. */
export interface Viewer {
  id: string;
  name: string;
  role: ProfessionalRole;
  organisation: { id: string; name: string; kind: OrganisationKind };
}

export const ME_QUERY: TypedDocumentNode<{ me: Viewer }, Record<string, never>> = gql`
  query Me {
    me {
      id
      name
      role
      organisation {
        id
        name
        kind
      }
    }
  }
`;

export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer | null {
  return useContext(ViewerContext);
}
