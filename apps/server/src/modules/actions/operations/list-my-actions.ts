import { z } from "zod";
import { ACTION_STATUSES, calendarDate, id, pageArgs, parseInput, type PageInfo } from "@regiehub/domain";
import {
  countOwnActions,
  decodeOwnActionsCursor,
  listOwnActions,
  type CaseRow,
  type CoveredItem,
  type OwnActionsArgs,
} from "@regiehub/db";
import { caseScope, itemScope } from "@regiehub/policy";
import type { OperationContext } from "../../../operation";

// "Mijn acties": the actions the viewer's organisation carries (or, with `mine`, the viewer personally) across
// every case. Authorized by the guard (`action.listOwn`, a global action); what is listed is decided in SQL by
// the rules every case-scoped read applies: `case.read` for the case and the consent rule (`itemAccess`) for
// the action. One statement per page; the total only when asked for.

const ORDERS = ["DUE", "RECENTLY_CHANGED"] as const;

export const ListMyActionsInput = z
  .object({
    ...pageArgs(50, decodeOwnActionsCursor),
    orderBy: z.enum(ORDERS).nullish(),
    filter: z
      .object({
        mine: z.boolean().nullish(),
        statuses: z.array(z.enum(ACTION_STATUSES)).nullish(),
        caseId: id("Onbekende casus").nullish(),
        overdueOnly: z.boolean().nullish(),
      })
      .nullish(),
  })
  .refine((input) => !input.after || input.after.order === (input.orderBy ?? "DUE"), {
    path: ["after"],
    message: "Deze cursor hoort bij een andere volgorde",
  });

export interface MyActionEdge {
  cursor: string;
  node: CoveredItem<"ACTION">;
  case: CaseRow;
}

export interface MyActionConnection {
  edges: MyActionEdge[];
  pageInfo: PageInfo;
  /** Counted only when asked for (a statement of its own). */
  totalCount: () => Promise<number>;
}

/**
 * A page of the viewer's actions, in the order asked. The title and reference of each listed case are logged
 * as a read of that case; the actions' content is logged field by field where it is resolved.
 */
export async function listMyActions(
  { db, actor, audit, now }: OperationContext,
  rawInput: unknown,
): Promise<MyActionConnection> {
  const input = parseInput(ListMyActionsInput, rawInput, "");
  const cases = caseScope(actor);
  const items = itemScope(actor, now);
  const args: OwnActionsArgs = {
    organisationId: actor.organisationId,
    ownerProfessionalId: input.filter?.mine ? actor.professionalId : null,
    statuses: input.filter?.statuses,
    caseId: input.filter?.caseId,
    overdueOnly: input.filter?.overdueOnly,
    today: calendarDate(now),
    order: input.orderBy ?? "DUE",
    first: input.first,
  };
  const page = await listOwnActions(db, cases, items, args, input.after);
  const logged = new Set<string>();
  for (const row of page.rows) {
    if (logged.has(row.case.id)) continue;
    logged.add(row.case.id);
    audit.read({
      caseId: row.case.id,
      subjectPersonIds: [],
      fields: ["Case.title", "Case.reference"],
      legalBasis: "LEGAL_TASK",
      detail: "my actions",
    });
  }
  const edges = page.rows.map((row) => ({ cursor: row.cursor, node: row.record, case: row.case }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: () => (counted ??= countOwnActions(db, cases, items, args)),
  };
}
