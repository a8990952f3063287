import type { DossierEventRow, EventItemFacts, CaseAccessFacts } from "@regiehub/db";
import type { Actor } from "@regiehub/domain";
import type { LiveStream } from "./subscriber";

// Which events each stream carries (routing, not authorization: the policy decides who may receive an
// event, in `mayReceiveEvent`). Pure.

export type PortfolioChange =
  "OPENED" | "PHASE" | "ESCALATION" | "ACUTE_RISK" | "OVERDUE" | "DIRECTORS" | "DETAILS";

const CASE_FIELD_CHANGES: [string, PortfolioChange][] = [
  ["Case.phase", "PHASE"],
  ["Case.escalationLevel", "ESCALATION"],
  ["Case.casusregisseurId", "DIRECTORS"],
  ["Case.procesregisseurId", "DIRECTORS"],
  ["Case.title", "DETAILS"],
  ["Case.municipality", "DETAILS"],
  ["Case.framework", "DETAILS"],
];

/** The case-level change an event stands for in an overview of cases, if any. */
export function portfolioChange(
  event: Pick<DossierEventRow, "itemId" | "operation" | "fields">,
  item: Pick<EventItemFacts, "kind" | "safetyAcute"> | undefined,
): PortfolioChange | null {
  if (event.itemId === null) {
    // Opening a case writes its title; adding a person, team member or grant is a case-level CREATE too.
    if (event.operation === "CREATE" && event.fields.includes("Case.title")) return "OPENED";
    return CASE_FIELD_CHANGES.find(([field]) => event.fields.includes(field))?.[1] ?? null;
  }
  if (event.fields.includes("Action.overdue")) return "OVERDUE";
  if (item?.kind === "SAFETY_ASSESSMENT" && event.operation === "CREATE" && item.safetyAcute) {
    return "ACUTE_RISK";
  }
  return null;
}

/** Does the event belong to the stream (for this subscriber)? */
export function streamCarries(
  stream: LiveStream,
  actor: Actor,
  event: Pick<DossierEventRow, "caseId" | "itemId" | "itemKind" | "operation" | "fields">,
  item: EventItemFacts | undefined,
  c: CaseAccessFacts,
): boolean {
  switch (stream.kind) {
    case "case":
      return event.caseId === stream.caseId;
    case "actions":
      return event.itemKind === "ACTION" && item?.actionOwnerOrganisationId === actor.organisationId;
    case "portfolio":
      if (portfolioChange(event, item) === null) return false;
      // A procesregisseur follows the cases they oversee; others the cases of their organisation.
      return actor.role === "PROCESREGISSEUR" ? c.procesregisseurId === actor.professionalId : true;
  }
}
