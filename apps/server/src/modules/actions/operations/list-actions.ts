import { z } from "zod";
import { ACTION_STATUSES, isActionOverdue, parseInput, type Actor } from "@regiehub/domain";
import type { CoveredItem } from "@regiehub/db";
import { CaseListInput, type Lookup } from "../../reads";
import { sortActions } from "../views";

/** Whose actions: the viewer's own, their organisation's, or all the viewer may see. */
export const ACTION_SCOPES = ["MINE", "ORGANISATION", "ALL"] as const;

export const ListActionsInput = CaseListInput.extend({
  filter: z
    .object({
      scope: z.enum(ACTION_SCOPES).nullish(),
      statuses: z.array(z.enum(ACTION_STATUSES)).nullish(),
      overdueOnly: z.boolean().nullish(),
    })
    .nullish(),
});

/**
 * The action board of a case: the actions the viewer may see (from the request's lookup of the case's work,
 * shared with the goals' and the budget's reads), filtered, overdue first.
 */
export async function listActions(
  work: Lookup<{ actions: CoveredItem<"ACTION">[] }>,
  actor: Actor,
  rawInput: unknown,
  now: Date,
): Promise<CoveredItem<"ACTION">[]> {
  const { caseId, filter } = parseInput(ListActionsInput, rawInput, "");
  const scope = filter?.scope ?? "ALL";
  const statuses = filter?.statuses?.length ? new Set(filter.statuses) : undefined;
  const { actions } = await work.load(caseId);
  const selected = actions.filter((r) => {
    const a = r.content;
    if (scope === "MINE" && a.ownerProfessionalId !== actor.professionalId) return false;
    if (scope === "ORGANISATION" && a.ownerOrganisationId !== actor.organisationId) return false;
    if (statuses && !statuses.has(a.status)) return false;
    if (filter?.overdueOnly && !isActionOverdue(a, now)) return false;
    return true;
  });
  return sortActions(selected, now);
}
