import type { ApolloCache } from "@apollo/client";
import { useLocation, useNavigate } from "react-router";
import { casePath } from "../cases/caseContext";

/** What a record form hands back to the dossier page through the history state. */
export interface DossierNotice {
  notice: string;
  /** The item to put focus on once the timeline shows it. */
  focusItemId?: string;
}

function isDossierNotice(value: unknown): value is DossierNotice {
  return typeof value === "object" && value !== null && typeof (value as DossierNotice).notice === "string";
}

export function useDossierNotice(): DossierNotice | null {
  const { state } = useLocation();
  return isDossierNotice(state) ? state : null;
}

/** Back to the dossier, with a message for it to show. */
export function useBackToDossier(caseId: string): (notice?: DossierNotice) => void {
  const navigate = useNavigate();
  return (notice) => navigate(casePath(caseId, "dossier"), notice ? { state: notice } : undefined);
}

/** Forget the cached timeline pages of a case, so the dossier loads afresh (with a new item in place). */
export function evictTimeline(cache: ApolloCache, caseId: string): void {
  const id = cache.identify({ __typename: "Case", id: caseId });
  if (!id) return;
  cache.evict({ id, fieldName: "timeline" });
  cache.gc();
}

/** Id of an item card's heading (focus target after break-glass, correction and recording). */
export function itemHeadingId(itemId: string): string {
  return `item-${itemId}-heading`;
}

/** Put focus on an item's heading once React has rendered it. */
export function focusItem(itemId: string): void {
  window.setTimeout(() => document.getElementById(itemHeadingId(itemId))?.focus(), 0);
}
