import { inArray } from "drizzle-orm";
import { CASE_PHASE_WORDS, dutchDate, parseInput, portfolioCsv } from "@regiehub/domain";
import { tables } from "@regiehub/db";
import type { OperationContext } from "../../../operation";
import { ListPortfolioInput, orderedPortfolio } from "./list-portfolio";

const ExportPortfolioInput = ListPortfolioInput.pick({ filter: true, orderBy: true });

const FRAMEWORK_NL: Record<string, string> = {
  VOLUNTARY: "Vrijwillig",
  DRANG: "Drang",
  COMPULSORY: "Gedwongen kader",
};
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The portfolio matching the filter as CSV, with the columns of the list and the reasons — process information
 * only. Handing it out is an EXPORT of each listed case: one processing-log entry per case, written before
 * the file leaves.
 */
export async function exportPortfolio(
  ctx: OperationContext,
  rawInput: unknown,
): Promise<{ fileName: string; mediaType: string; contentBase64: string }> {
  const input = parseInput(ExportPortfolioInput, rawInput, "");
  const items = await orderedPortfolio(ctx, input);
  const directorIds = [
    ...new Set(items.map((i) => i.row.casusregisseurId).filter((id): id is string => !!id)),
  ];
  const names = new Map(
    directorIds.length === 0
      ? []
      : (
          await ctx.db
            .select({ id: tables.professionals.id, name: tables.professionals.name })
            .from(tables.professionals)
            .where(inArray(tables.professionals.id, directorIds))
        ).map((p) => [p.id, p.name]),
  );
  const csv = portfolioCsv(
    items.map(({ signals: s, row, urgency, reasons }) => ({
      reference: s.reference,
      title: row.title,
      phase: capitalised(CASE_PHASE_WORDS[s.phase]),
      weeksInPhase: s.weeksInPhase,
      framework: FRAMEWORK_NL[s.framework] ?? s.framework,
      escalationLevel: s.escalationLevel,
      casusregisseur: (row.casusregisseurId && names.get(row.casusregisseurId)) || "",
      urgency: Math.round(urgency),
      stalled: s.stalled,
      overdueActions: s.overdueActions.count,
      openDoorbraak: s.openDoorbraak,
      awaitsAgendaDays: s.awaitsAgenda?.daysWaiting ?? null,
      reasons,
    })),
  );
  await ctx.changes.transaction(ctx.db, async (_tx, record) => {
    for (const item of items) {
      record({
        kind: "PORTFOLIO_EXPORTED",
        caseId: item.signals.caseId,
        subjectPersonIds: [],
        fields: ["Portfolio.signals", "Case.title", "Case.reference"],
        legalBasis: "LEGAL_TASK",
        detail: "portfolio CSV",
      });
    }
  });
  const day = dutchDate(ctx.now); // the date in the Netherlands, as the hub decides "today"
  return {
    fileName: `portefeuille-${day}.csv`,
    mediaType: "text/csv; charset=utf-8",
    contentBase64: Buffer.from(csv, "utf8").toString("base64"),
  };
}
