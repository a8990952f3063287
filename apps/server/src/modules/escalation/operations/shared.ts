import { and, eq, isNotNull } from "drizzle-orm";
import { z } from "zod";
import { isIsoDate, plain, text, type NotificationKind } from "@regiehub/domain";
import { tables, type Executor } from "@regiehub/db";

// What the ladder's operations share: the inputs of a table's decision, and who hears about a step.

export const reason = text({ max: 2000, multiline: true, required: "Geef een reden" });
export const decisionText = text({
  max: 4000,
  multiline: true,
  required: "Beschrijf het besluit van de tafel",
});
export const decidedOn = plain().refine(isIsoDate, "Geef een geldige datum (JJJJ-MM-DD)");

/** A decision is optional on a step (the table may not have met yet), but its date comes with it. */
export const optionalDecision = {
  decision: decisionText.nullish(),
  decidedOn: decidedOn.nullish(),
};

export function checkDecisionPair(
  input: { decision?: string | null | undefined; decidedOn?: string | null | undefined },
  today: string,
): { path: string; message: string } | null {
  if (input.decision && !input.decidedOn) {
    return { path: "input.decidedOn", message: "Geef de datum waarop de tafel besloot" };
  }
  if (!input.decision && input.decidedOn) {
    return { path: "input.decision", message: "Beschrijf het besluit van de tafel" };
  }
  if (input.decidedOn && input.decidedOn > today) {
    return { path: "input.decidedOn", message: "Een besluit ligt niet in de toekomst" };
  }
  return null;
}

export const versionInput = z.number().int().min(1);

/**
 * Notifies the case's team (the named professionals on it), its casusregisseur and procesregisseur, and any
 * `extra` professionals — not the actor — of a step on the ladder or a framework decision.
 */
export async function notifyTeam(
  tx: Executor,
  caseId: string,
  kind: NotificationKind,
  actorProfessionalId: string,
  directors: readonly (string | null)[],
): Promise<void> {
  const members = await tx
    .select({ professionalId: tables.caseTeamMembers.professionalId })
    .from(tables.caseTeamMembers)
    .where(and(eq(tables.caseTeamMembers.caseId, caseId), isNotNull(tables.caseTeamMembers.professionalId)));
  const recipients = new Set(
    [...members.map((m) => m.professionalId), ...directors].filter(
      (p): p is string => !!p && p !== actorProfessionalId,
    ),
  );
  if (recipients.size === 0) return;
  await tx
    .insert(tables.notifications)
    .values([...recipients].map((recipientProfessionalId) => ({ recipientProfessionalId, caseId, kind })));
}
