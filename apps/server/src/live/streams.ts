import type { CaseAccessFacts, DossierEventRow, EventItemFacts } from "@regiehub/db";
import { AppError, STREAMS, streamRoutes, type Actor, type StreamKind } from "@regiehub/domain";
import { authorize } from "@regiehub/policy";

// Which events each subscription carries (routing, not authorization: the policy decides who may receive an
// event, in `mayReceiveEvent`), and when a subscription has lost its stream altogether (`streamLost`). The
// routing table is `STREAMS` in packages/domain/src/changes.ts, the same one the outbox reader turns into SQL;
// here it is applied per subscriber. Pure.

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

/**
 * Has the subscriber lost the stream itself? A case stream follows one case: once the case is gone, or the
 * subscriber may no longer read it (their organisation left the team, they are no longer its procesregisseur,
 * they moved to another organisation), no event of it will reach them again. Decided on an event of that case
 * with the facts of its page; the answer is the refusal a fresh subscription to the case would get now (the
 * `case.read` check of `caseEvents`: NOT_FOUND), with which the subscription ends. The other streams follow
 * whatever the subscriber may see at the time of each event, and are not lost this way.
 */
export function streamLost(
  stream: LiveStream,
  actor: Actor,
  event: Pick<DossierEventRow, "caseId">,
  c: CaseAccessFacts | undefined,
): AppError | undefined {
  if (stream.kind !== "case" || event.caseId !== stream.caseId) return undefined;
  if (!c) return AppError.notFound("Case");
  try {
    authorize(actor, "case.read", c);
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error.about(stream.caseId);
    throw error;
  }
}
