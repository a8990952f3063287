import { useOutletContext } from "react-router";
import type { CaseDetail } from "./types";

/** What the case layout hands to its sub-pages (Overzicht, Dossier, Toestemmingen, Verwerkingslog). */
export interface CaseContext {
  caseData: CaseDetail;
  /** Refetch the case (and what the layout shows about it). */
  reload: () => Promise<void>;
}

export function useCaseContext(): CaseContext {
  return useOutletContext<CaseContext>();
}

/** Path of a case's sub-page: `casePath(id)`, `casePath(id, "dossier")`. */
export function casePath(caseId: string, sub?: string): string {
  const base = `/casussen/${encodeURIComponent(caseId)}`;
  return sub ? `${base}/${sub}` : base;
}
