import type { Actor, DataClass, Domain } from "@regiehub/domain";
import { can } from "./policy";
import { itemAccess, seesWholeCase, type BreakGlassFacts, type GrantFacts, type ItemFacts } from "./consent";
import { RELATIONS, worksOnCases, type CaseResource } from "./rules";

// Who may receive a dossier event (docs/consent-and-processing-log.md). Decided per event, at delivery
// time, with the facts of that moment: a grant withdrawn while subscribed stops delivery of what it covered
// at once. Pure.

export interface EventFacts {
  caseId: string;
  /** The changed item; null for a change of the case itself. */
  itemId: string | null;
  domain: Domain | null;
  dataClass: DataClass | null;
  subjectPersonIds: readonly string[];
}

/**
 * May the actor receive this event? A change of the case itself: whoever may read the case. A change of an
 * item: whoever may see the item's content now (`itemAccess`), judged on the item as it is now (`item`), or —
 * when the item is gone — on the facts the event recorded, without the author's own-organisation path.
 */
export function mayReceiveEvent(
  actor: Actor,
  c: CaseResource,
  event: EventFacts,
  item: ItemFacts | undefined,
  grants: readonly GrantFacts[],
  breakGlass: readonly BreakGlassFacts[],
  now: Date,
): boolean {
  if (!can(actor, "case.read", c).allowed) return false;
  if (event.itemId === null) return true;
  if (item) return itemAccess(actor, c, item, grants, breakGlass, now).allowed;
  if (!event.domain || !event.dataClass) return seesWholeCase(actor, c) !== undefined;
  const recorded: ItemFacts = {
    id: event.itemId,
    caseId: event.caseId,
    domain: event.domain,
    dataClass: event.dataClass,
    subjectPersonIds: event.subjectPersonIds,
    authorOrganisationId: "",
  };
  return itemAccess(actor, c, recorded, grants, breakGlass, now).allowed;
}

/**
 * The consent scope of a subscriber in one case: subscribers with the same key see exactly the same things,
 * so an event is resolved once for all of them. What decides access is the organisation (grants, author
 * organisation, directing organisation, team) and the role (`worksOnCases`, role rules). The individual
 * professional counts only where a rule names them: the casusregisseur and procesregisseur relations, an open
 * break-glass access, and fields marked `@personal` in the schema (`personalFields`). A partner system's scopes
 * narrow what it may see, so they are part of its key (a system never shares a group with people).
 */
export function consentScopeKey(
  actor: Actor,
  c: CaseResource,
  breakGlass: readonly BreakGlassFacts[],
  personalFields: boolean,
): string {
  const personal =
    personalFields ||
    RELATIONS.casusregisseur(actor, c) ||
    RELATIONS.procesregisseur(actor, c) ||
    breakGlass.some((b) => b.professionalId === actor.professionalId && b.caseId === c.id);
  return [
    actor.organisationId,
    actor.role,
    actor.hasRegistration ? "registered" : "-",
    worksOnCases(actor) ? "cases" : "-",
    personal ? actor.professionalId : "-",
    actor.system ? `system:${[...actor.system.scopes].sort().join(",")}` : "-",
  ].join("|");
}
