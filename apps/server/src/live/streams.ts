import type { CaseAccessFacts, DossierEventRow, EventItemFacts } from "@regiehub/db";
import { STREAMS, streamRoutes, type Actor, type StreamKind } from "@regiehub/domain";

// Which events each subscription carries (routing, not authorization: the policy decides who may receive an
// event, in `mayReceiveEvent`). The routing table is `STREAMS` in packages/domain/src/changes.ts, the same one
// the outbox reader turns into SQL; here it is applied per subscriber. Pure.

export type LiveStream = { kind: "case"; caseId: string } | { kind: "actions" } | { kind: "portfolio" };

/** The outbox filter of a stream: what a replay reads. */
export function eventFilter(stream: LiveStream): { kind: "stream"; stream: StreamKind; caseId?: string } {
  return stream.kind === "case"
    ? { kind: "stream", stream: "case", caseId: stream.caseId }
    : { kind: "stream", stream: stream.kind };
}

/** Does the event belong to the stream, for this subscriber? */
export function streamCarries(
  stream: LiveStream,
  actor: Actor,
  event: Pick<DossierEventRow, "caseId" | "changeKind" | "itemKind">,
  item: Pick<EventItemFacts, "actionOwnerOrganisationId"> | undefined,
  c: CaseAccessFacts,
): boolean {
  if (!streamRoutes(stream.kind, event)) return false;
  const follows = STREAMS[stream.kind].follows;
  switch (follows) {
    case "case":
      return stream.kind === "case" && event.caseId === stream.caseId;
    case "ownedActions":
      return item?.actionOwnerOrganisationId === actor.organisationId;
    case "overseenCases":
      // A procesregisseur follows the cases they oversee; others the cases of their organisation.
      return actor.role === "PROCESREGISSEUR" ? c.procesregisseurId === actor.professionalId : true;
    default: {
      const unknown: never = follows;
      throw new Error(`unknown stream following ${String(unknown)}`);
    }
  }
}
