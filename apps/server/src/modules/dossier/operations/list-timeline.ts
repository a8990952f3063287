import type { OperationContext } from "../../../operation";
import { z } from "zod";
import {
  DOMAINS,
  DOSSIER_ITEM_KINDS,
  connection,
  pageArgs,
  parseInput,
  targetId,
  type LazilyCountedConnection,
} from "@regiehub/domain";
import {
  countCaseItems,
  decodeItemCursor,
  encodeItemCursor,
  listCaseItems,
  type ItemRecord,
} from "@regiehub/db";
import { itemScope } from "@regiehub/policy";

export const ListTimelineInput = z.object({
  ...pageArgs(50, decodeItemCursor),
  caseId: targetId(),
  filter: z
    .object({
      domains: z.array(z.enum(DOMAINS)).nullish(),
      kinds: z.array(z.enum(DOSSIER_ITEM_KINDS)).nullish(),
    })
    .nullish(),
  includeRedacted: z.boolean().nullish(),
});

/**
 * A page of a case's timeline, newest first: the items the viewer's scope covers (with `includeRedacted` the
 * others too, as stubs without content), in one statement; the total is counted only when asked for. The
 * case is one the viewer may read (a `Case` reaches no one else); content is logged field by field as read.
 */
export async function listTimeline(
  { db, actor, now }: OperationContext,
  rawInput: unknown,
): Promise<LazilyCountedConnection<ItemRecord>> {
  const input = parseInput(ListTimelineInput, rawInput, "");
  const scope = itemScope(actor, now);
  const args = {
    caseId: input.caseId,
    domains: input.filter?.domains,
    kinds: input.filter?.kinds,
    includeRedacted: input.includeRedacted ?? false,
    first: input.first,
  };
  const page = await listCaseItems(db, scope, args, input.after);
  return {
    ...connection(page.records, page.hasNextPage, encodeItemCursor),
    totalCount: () => countCaseItems(db, scope, args),
  };
}
