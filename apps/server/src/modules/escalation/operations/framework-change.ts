import {
  AppError,
  checkFrameworkDecision,
  frameworkRefusalMessage,
  type CaseFramework,
} from "@regiehub/domain";
import { eq } from "drizzle-orm";
import { tables, type CaseRow, type EscalationTableRow, type Executor } from "@regiehub/db";
import type { RecordChange } from "../../../changes/recorder";
import { requireProfessionalWithRole } from "../../case/operations/directors";
import { bumpVersion, ensureOnTeam } from "../../case/operations/update-case";
import { notifyTeam } from "./shared";

/** A table's decision on a case's framework, as `decideFramework` and a table session's outcome record it. */
export interface FrameworkChange {
  /** The case, read for update in the caller's transaction. */
  current: CaseRow;
  table: EscalationTableRow;
  to: CaseFramework;
  decision: string;
  decidedOn: string;
  /** Into COMPULSORY: the casusregisseur of a certified institution who takes over; else null. */
  casusregisseurId: string | null;
  /** Where a refusal points in the caller's input. */
  paths: { to: string; table: string; casusregisseur: string };
}

/**
 * Applies a framework decision through the state machine (packages/domain/src/regie/framework.ts): refuses with
 * BAD_USER_INPUT what the machine refuses; records the decision; into COMPULSORY the named casusregisseur of a
 * certified institution takes over case direction and the procesregisseur's role ends; notifies the team.
 * Returns the case with its new version.
 */
export async function applyFrameworkChange(
  tx: Executor,
  record: RecordChange,
  actorProfessionalId: string,
  change: FrameworkChange,
): Promise<CaseRow> {
  const { current, table, to, paths } = change;
  const newDirector = change.casusregisseurId
    ? await requireProfessionalWithRole(tx, change.casusregisseurId, "CASUSREGISSEUR", paths.casusregisseur)
    : null;
  const [newDirectorOrganisation] = newDirector
    ? await tx
        .select({ kind: tables.organisations.kind })
        .from(tables.organisations)
        .where(eq(tables.organisations.id, newDirector.organisationId))
    : [];
  const refusal = checkFrameworkDecision({
    from: current.framework,
    to,
    tableDecidesFramework: table.decidesFramework && table.active,
    newCasusregisseurOrganisationKind: newDirectorOrganisation?.kind ?? null,
  });
  if (refusal) {
    const path =
      refusal === "NEEDS_CERTIFIED_CASUSREGISSEUR" || refusal === "NO_TAKEOVER_HERE"
        ? paths.casusregisseur
        : refusal === "TABLE_DOES_NOT_DECIDE"
          ? paths.table
          : paths.to;
    throw AppError.badInput(path, frameworkRefusalMessage(refusal, current.framework, to));
  }

  const takesOver = to === "COMPULSORY" && newDirector !== null;
  await tx.insert(tables.caseFrameworkDecisions).values({
    caseId: current.id,
    tableId: table.id,
    fromFramework: current.framework,
    toFramework: to,
    decision: change.decision,
    decidedOn: change.decidedOn,
    newCasusregisseurId: takesOver ? newDirector.id : null,
    previousCasusregisseurId: takesOver ? current.casusregisseurId : null,
    previousProcesregisseurId: takesOver ? current.procesregisseurId : null,
    byProfessionalId: actorProfessionalId,
  });
  if (takesOver)
    await ensureOnTeam(tx, current.id, newDirector.organisationId, newDirector.id, actorProfessionalId);
  const updated = await bumpVersion(tx, current.id, current.version, {
    framework: to,
    ...(takesOver ? { casusregisseurId: newDirector.id, procesregisseurId: null } : {}),
  });
  await notifyTeam(tx, current.id, "FRAMEWORK_DECISION", actorProfessionalId, [
    current.casusregisseurId,
    current.procesregisseurId,
    takesOver ? newDirector.id : null,
  ]);
  record({
    kind: "FRAMEWORK_DECIDED",
    caseId: current.id,
    subjectPersonIds: [],
    fields: ["Case.framework"],
    legalBasis: "LEGAL_TASK",
    detail: `framework ${current.framework} -> ${to} (${table.name}, ${change.decidedOn})`,
  });
  if (takesOver) {
    record({
      kind: "DIRECTORS_CHANGED",
      caseId: current.id,
      subjectPersonIds: [],
      fields: ["Case.casusregisseurId", "Case.procesregisseurId"],
      legalBasis: "LEGAL_TASK",
      detail: "case direction taken over by a certified institution (compulsory framework)",
    });
  }
  return updated;
}
