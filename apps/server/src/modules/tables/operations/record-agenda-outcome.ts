import type { OperationContext } from "../../../operation";
import { eq } from "drizzle-orm";
import { z } from "zod";
import {
  AGENDA_OUTCOMES,
  AppError,
  agendaOutcomeFramework,
  dutchDate,
  id,
  ids,
  meetingTakesDecision,
  parseInput,
  targetId,
  text,
} from "@regiehub/domain";
import { tables, type Executor } from "@regiehub/db";
import type { RecordChange } from "../../../changes/recorder";
import type { AgendaEntryModel } from "../../../graphql/models";
import { isoDate } from "../../actions/operations/shared";
import { requireCaseWorker } from "../../case/operations/directors";
import { applyFrameworkChange } from "../../escalation/operations/framework-change";
import { authorizeEntry, loadEntry, type LoadedEntry } from "../access";

export const RecordAgendaOutcomeInput = z.object({
  entryId: targetId(),
  outcome: z.enum(AGENDA_OUTCOMES),
  decision: text({ max: 5_000, min: 5, multiline: true, required: "Beschrijf het besluit van de tafel" }),
  carriedByProfessionalId: id("Kies een professional die aan casussen werkt").nullish(),
  nextReviewOn: isoDate.nullish(),
  presentProfessionalIds: ids("Kies wie van de tafel er was")
    .max(100)
    .refine((list) => new Set(list).size === list.length, "Kies iedereen één keer")
    .nullish(),
});
type Input = z.infer<typeof RecordAgendaOutcomeInput>;

/**
 * Records the table's outcome on a case on its agenda (the table's chair, in the DECISION phase). At a table
 * that decides frameworks the outcome goes through the framework state machine like `decideFramework`: a
 * request to the Raad puts the case in the compulsory framework and the named casusregisseur of a certified
 * institution takes over. From this moment the members' access to the preparation summary lapses; they and
 * the case's directors are notified of the outcome (TABLE_OUTCOME) — the process outcome, never the content.
 */
export async function recordAgendaOutcome(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<AgendaEntryModel> {
  const input = parseInput(RecordAgendaOutcomeInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    const loaded = await loadEntry(tx, input.entryId, now, { forUpdate: true });
    if (loaded.entry.decidedAt) {
      throw new AppError("CONFLICT", "De tafel heeft al een uitkomst vastgelegd").about(loaded.entry.caseId);
    }
    authorizeEntry(actor, loaded, "agenda.decide");
    const { entry, session } = loaded;
    if (!meetingTakesDecision(entry.phase, false)) {
      throw AppError.badInput(
        "input.entryId",
        "Een uitkomst volgt op de oordeelsvorming: zet de bespreking eerst in de fase besluitvorming",
      );
    }
    if (input.nextReviewOn && input.nextReviewOn <= session.heldOn) {
      throw AppError.badInput("input.nextReviewOn", "Kies een dag na de zitting");
    }
    if (input.carriedByProfessionalId) {
      const path = "input.carriedByProfessionalId";
      await requireCaseWorker(
        tx,
        input.carriedByProfessionalId,
        path,
        "Kies een professional die aan casussen werkt",
      );
    }
    const present = input.presentProfessionalIds ?? [];
    const atTable = [loaded.resource.tableChairProfessionalId, ...loaded.resource.tableMemberProfessionalIds];
    if (present.some((p) => !atTable.includes(p))) {
      throw AppError.badInput(
        "input.presentProfessionalIds",
        "Kies alleen de voorzitter en leden van de tafel",
      );
    }
    const frameworkDecidedTo = await decideFramework(tx, record, actor.professionalId, loaded, input, now);
    const [decided] = await tx
      .update(tables.agendaEntries)
      .set({
        decidedAt: now,
        phase: "DECISION",
        outcome: input.outcome,
        decision: input.decision,
        carriedByProfessionalId: input.carriedByProfessionalId ?? null,
        nextReviewOn: input.nextReviewOn ?? null,
        frameworkDecidedTo,
        presentProfessionalIds: present,
      })
      .where(eq(tables.agendaEntries.id, entry.id))
      .returning();
    await notifyOutcome(tx, actor.professionalId, loaded);
    record({
      kind: "AGENDA_DECIDED",
      caseId: entry.caseId,
      subjectPersonIds: [],
      fields: [
        "AgendaEntry.outcome",
        "AgendaEntry.decision",
        "AgendaEntry.carriedBy",
        "AgendaEntry.nextReviewOn",
        "AgendaEntry.present",
      ],
      legalBasis: entry.legalBasis,
      detail: `table outcome ${input.outcome}`,
    });
    return { ...decided!, caseReference: loaded.caseReference };
  });
}

/**
 * The framework decision an outcome carries, at a table that decides frameworks: applied through the state
 * machine when it moves the case (a refusal is BAD_USER_INPUT and nothing is recorded); null when the table does
 * not decide frameworks, the outcome names none, or the case is in that framework already.
 */
async function decideFramework(
  tx: Executor,
  record: RecordChange,
  actorProfessionalId: string,
  { table, entry }: LoadedEntry,
  input: Input,
  now: Date,
) {
  const to = agendaOutcomeFramework(input.outcome);
  if (!to || !table.decidesFramework || !table.active) return null;
  const [current] = await tx
    .select()
    .from(tables.cases)
    .where(eq(tables.cases.id, entry.caseId))
    .for("update");
  if (!current) throw AppError.notFound("AgendaEntry");
  if (current.framework === to) return null;
  if (current.phase === "CLOSED") throw AppError.badInput("input.entryId", "De casus is gesloten");
  await applyFrameworkChange(tx, record, actorProfessionalId, {
    current,
    table,
    to,
    decision: input.decision,
    decidedOn: dutchDate(now),
    casusregisseurId: to === "COMPULSORY" ? (input.carriedByProfessionalId ?? null) : null,
    paths: { to: "input.outcome", table: "input.entryId", casusregisseur: "input.carriedByProfessionalId" },
  });
  return to;
}

/**
 * Notifies the table's members and the case's directors of the outcome (not the actor). Each notification
 * names its agenda entry: those on the case team open it as a notification of the case, the other members
 * read it through the entry (`myTableOutcomeNotices`) — the process outcome only.
 */
async function notifyOutcome(tx: Executor, actorProfessionalId: string, loaded: LoadedEntry): Promise<void> {
  const { entry, caseFacts, resource } = loaded;
  const recipients = new Set(
    [
      ...resource.tableMemberProfessionalIds,
      resource.tableChairProfessionalId,
      caseFacts.casusregisseurId,
      caseFacts.procesregisseurId,
    ].filter((p): p is string => !!p && p !== actorProfessionalId),
  );
  if (recipients.size === 0) return;
  await tx.insert(tables.notifications).values(
    [...recipients].map((recipientProfessionalId) => ({
      recipientProfessionalId,
      caseId: entry.caseId,
      agendaEntryId: entry.id,
      kind: "TABLE_OUTCOME" as const,
    })),
  );
}
