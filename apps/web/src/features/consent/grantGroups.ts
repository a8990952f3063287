import { grantStatus } from "./grantStatus";
import type { Grant } from "./types";

export interface GranteeGroup {
  organisation: Grant["grantee"];
  grants: Grant[];
}

const STATE_ORDER = { ACTIVE: 0, PENDING: 1, EXPIRED: 2, WITHDRAWN: 3 } as const;

/** Grants per grantee organisation (by name), active ones first within each. */
export function groupByGrantee(grants: readonly Grant[], now = new Date()): GranteeGroup[] {
  const groups = new Map<string, GranteeGroup>();
  for (const grant of grants) {
    const group = groups.get(grant.grantee.id) ?? { organisation: grant.grantee, grants: [] };
    group.grants.push(grant);
    groups.set(grant.grantee.id, group);
  }
  for (const group of groups.values()) {
    group.grants.sort(
      (a, b) => STATE_ORDER[grantStatus(a, now).state] - STATE_ORDER[grantStatus(b, now).state],
    );
  }
  return [...groups.values()].sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, "nl"));
}
