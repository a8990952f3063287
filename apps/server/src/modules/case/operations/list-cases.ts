import type { OperationContext } from "../../../operation";
import { z } from "zod";
import { CASE_PHASES, connection, pageArgs, parseInput, plain, type Connection } from "@regiehub/domain";
import {
  decodeCaseCursor,
  encodeCaseCursor,
  listCases as listCasesInScope,
  type CaseRow,
} from "@regiehub/db";
import { caseScope } from "@regiehub/policy";

export const ListCasesInput = z.object({
  ...pageArgs(25, decodeCaseCursor),
  filter: z
    .object({
      phases: z.array(z.enum(CASE_PHASES)).nullish(),
      search: plain().nullish(),
    })
    .nullish(),
});

/** A page of cases with the number of all cases matching the filter (counted alongside the page). */
export interface CaseList extends Connection<CaseRow> {
  totalCount: number;
}

/**
 * A page of the cases the viewer may see, newest opened first (the `case.read` rule, applied in SQL). The
 * title and reference of each listed case are a read of that case.
 */
export async function listCases(
  { db, actor, audit }: OperationContext,
  rawInput: unknown,
): Promise<CaseList> {
  const input = parseInput(ListCasesInput, rawInput, "");
  const page = await listCasesInScope(
    db,
    caseScope(actor),
    { phases: input.filter?.phases, search: input.filter?.search, first: input.first },
    input.after,
  );
  for (const row of page.rows) {
    audit.read({
      caseId: row.id,
      subjectPersonIds: [],
      fields: ["Case.title", "Case.reference"],
      legalBasis: "LEGAL_TASK",
      detail: "case list",
    });
  }
  return { ...connection(page.rows, page.hasNextPage, encodeCaseCursor), totalCount: page.totalCount };
}
