import { formatDateTime, toDate } from "../../labels";
import type { Grant } from "./types";

export type GrantState = "ACTIVE" | "WITHDRAWN" | "EXPIRED" | "PENDING";

export interface GrantStatus {
  state: GrantState;
  /** Short label for the badge. */
  label: string;
  /** Detail, e.g. "op 12 november 2026 om 10:15 door Sanne Bakker — reden: …". */
  detail: string | null;
}

/** Actief / Ingetrokken op … door … — reden / Verlopen / Nog niet geldig. */
export function grantStatus(grant: Grant, now = new Date()): GrantStatus {
  if (grant.withdrawnAt) {
    const by = grant.withdrawnBy ? ` door ${grant.withdrawnBy.name}` : "";
    const why = grant.withdrawalReason ? ` — ${grant.withdrawalReason}` : "";
    return {
      state: "WITHDRAWN",
      label: "Ingetrokken",
      detail: `Ingetrokken op ${formatDateTime(grant.withdrawnAt)}${by}${why}`,
    };
  }
  if (grant.isActive) return { state: "ACTIVE", label: "Actief", detail: null };
  const from = toDate(grant.validFrom);
  if (from && from.getTime() > now.getTime()) {
    return { state: "PENDING", label: "Nog niet geldig", detail: `Geldig vanaf ${formatDateTime(from)}` };
  }
  return {
    state: "EXPIRED",
    label: "Verlopen",
    detail: grant.validUntil ? `Verlopen op ${formatDateTime(grant.validUntil)}` : null,
  };
}

/** Badge status of the Utrecht StatusBadge per state. */
export const GRANT_BADGE: Record<GrantState, "safe" | "neutral" | "warning" | "danger"> = {
  ACTIVE: "safe",
  PENDING: "neutral",
  EXPIRED: "neutral",
  WITHDRAWN: "danger",
};
