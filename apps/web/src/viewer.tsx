import { createContext, useContext } from "react";
import type { GlobalAction, MeQuery } from "./generated/graphql";

/** The signed-in professional and what they may do outside any one case (`Query.viewerCan`). */
export type Viewer = MeQuery["me"] & { can: readonly GlobalAction[] };

export function toViewer(data: MeQuery): Viewer {
  return { ...data.me, can: data.viewerCan };
}

export const ViewerContext = createContext<Viewer | null>(null);

export function useViewer(): Viewer | null {
  return useContext(ViewerContext);
}

/**
 * Whether the professional manages the partner systems (API clients) of their organisation: an ADMIN, as the
 * rule `apiClient.manage` in packages/policy/src/rules.ts says (the API decides; this only shows the page).
 */
export function canManageApiClients(viewer: Viewer | null): boolean {
  return viewer?.role === "ADMIN";
}

/** Whether the signed-in professional may do `action` (the UI shows only the controls they may use). */
export function useViewerCan(action: GlobalAction): boolean {
  return useViewer()?.can.includes(action) ?? false;
}
