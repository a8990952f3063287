import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import {
  ACTION_STATUSES,
  AppError,
  actionStatusProblem,
  canTransitionAction,
  parseInput,
  targetId,
} from "@regiehub/domain";
import { findItem, tables, type ItemOf } from "@regiehub/db";
import { itemScope, mayChangeActionStatus } from "@regiehub/policy";
import { authorizeCase, enforce } from "../../case/access";
import { bumpVersion, reload, snapshotOf } from "../../dossier/operations/shared";
import { loadFactsOfKind, optionalText } from "./shared";

export const ChangeActionStatusInput = z.object({
  actionId: targetId(),
  version: z.number().int().min(1),
  status: z.enum(ACTION_STATUSES),
  reason: optionalText(1_000, { multiline: true }),
});

const STALE =
  "Iemand anders heeft deze actie intussen gewijzigd; laad de gegevens opnieuw en probeer het nog eens";

/**
 * Changes the status of an action: its owner organisation's professionals or the case directors, who must
 * see the action. The status flow is the domain's (`actionStatusProblem`); the previous status is kept in
 * the item's version history; a stale version is a CONFLICT.
 */
export async function changeActionStatus(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"ACTION">> {
  const input = parseInput(ChangeActionStatusInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    const facts = await loadFactsOfKind(tx, input.actionId, "ACTION", "Action");
    const caseFacts = await authorizeCase(tx, actor, facts.caseId, "case.read");
    // The owner decides who may change the status (read for the decision only, locked for the change).
    const [owner] = await tx
      .select({ ownerOrganisationId: tables.actions.ownerOrganisationId })
      .from(tables.actions)
      .where(eq(tables.actions.itemId, facts.id))
      .for("update");
    if (!owner) throw AppError.notFound("Action");
    const action = { ...facts, ownerOrganisationId: owner.ownerOrganisationId };
    enforce(actor, mayChangeActionStatus(actor, caseFacts, action), () =>
      new AppError(
        "FORBIDDEN",
        "Alleen de organisatie die de actie uitvoert of de regie van de casus wijzigt de status",
      ).about(facts.caseId, [facts.id]),
    );
    const before = await findItem(tx, itemScope(actor, now), facts.id, "ACTION");
    if (!before) throw AppError.notFound("Action");
    if (!before.covered) {
      throw new AppError("CONSENT_REQUIRED", "Je hebt geen toestemming om deze actie te zien").about(
        facts.caseId,
        [facts.id],
      );
    }
    if (before.version !== input.version) {
      throw new AppError("CONFLICT", STALE).about(facts.caseId, [facts.id]);
    }
    const current = before.content;
    const from = current.status;
    const problem = actionStatusProblem({ from, to: input.status, reason: input.reason });
    if (problem) {
      const path = from !== input.status && !canTransitionAction(from, input.status) ? "status" : "reason";
      throw AppError.badInput(`input.${path}`, problem);
    }

    await tx.insert(tables.dossierItemVersions).values({
      itemId: facts.id,
      version: before.version,
      snapshot: {
        ...snapshotOf(before),
        title: current.title,
        description: current.description,
        ownerOrganisationId: current.ownerOrganisationId,
        ownerProfessionalId: current.ownerProfessionalId,
        dueOn: current.dueOn,
        status: current.status,
        statusReason: current.statusReason,
        statusChangedAt: current.statusChangedAt.toISOString(),
      },
      supersededByProfessionalId: actor.professionalId,
      reason: input.reason ?? `status ${from} → ${input.status}`,
    });
    await bumpVersion(tx, facts.id, input.version);
    await tx
      .update(tables.actions)
      .set({ status: input.status, statusReason: input.reason, statusChangedAt: now })
      .where(eq(tables.actions.itemId, facts.id));
    record({
      kind: "ACTION_STATUS_CHANGED",
      caseId: facts.caseId,
      subjectPersonIds: facts.subjectPersonIds,
      itemIds: [facts.id],
      fields: ["Action.status", "Action.statusReason", "Action.statusChangedAt"],
      legalBasis: facts.legalBasis,
      detail: `status ${from} → ${input.status}`,
    });
    return reload(tx, actor, now, facts.id, "ACTION");
  });
}
