import type { OperationContext } from "../../../operation";
import { z } from "zod";
import {
  DOMAINS,
  DOSSIER_ITEM_KINDS,
  connection,
  ids,
  optionalText,
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

/** Most ids a list filter (persons, author organisations) takes. */
const MAX_FILTER_IDS = 50;
/** Fewest characters of a search (after trimming): one letter would match nearly everything. */
const MIN_SEARCH = 2;

export const ListTimelineInput = z
  .object({
    ...pageArgs(50, decodeItemCursor),
    caseId: targetId(),
    filter: z
      .object({
        domains: z.array(z.enum(DOMAINS)).nullish(),
        kinds: z.array(z.enum(DOSSIER_ITEM_KINDS)).nullish(),
        authorOrganisations: ids("Onbekende organisatie")
          .max(MAX_FILTER_IDS, `Kies hoogstens ${MAX_FILTER_IDS} organisaties`)
          .nullish(),
        persons: ids("Onbekende persoon")
          .max(MAX_FILTER_IDS, `Kies hoogstens ${MAX_FILTER_IDS} personen`)
          .nullish(),
        search: optionalText({ max: 100 }).refine(
          (value) => value === null || value.length >= MIN_SEARCH,
          `Zoek op minstens ${MIN_SEARCH} tekens`,
        ),
        redacted: z.boolean().nullish(),
      })
      .nullish(),
    includeRedacted: z.boolean().nullish(),
  })
  .refine((input) => !input.filter?.redacted || input.includeRedacted === true, {
    path: ["filter", "redacted"],
    message: "Alleen afgeschermde items vraagt includeRedacted: true",
  });

/**
 * A page of a case's timeline, newest first: the items the viewer's scope covers (with `includeRedacted` the
 * others too, as stubs without content; with `filter.redacted` only those), in one statement; the total is
 * counted only when asked for. Every filter runs in that statement, within the same scope: the persons and the
 * search only over covered items (`coverageOf` in packages/db), so a stub never matches them. The case is one
 * the viewer may read (a `Case` reaches no one else); content is logged field by field as read.
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
    authorOrganisationIds: input.filter?.authorOrganisations,
    personIds: input.filter?.persons,
    search: input.filter?.search,
    includeRedacted: input.includeRedacted ?? false,
    redacted: input.filter?.redacted ?? false,
    first: input.first,
  };
  const page = await listCaseItems(db, scope, args, input.after);
  return {
    ...connection(page.records, page.hasNextPage, encodeItemCursor),
    totalCount: () => countCaseItems(db, scope, args),
  };
}
