import { AppError } from "@regiehub/domain";
import type { ItemRecord } from "@regiehub/db";
import { basisOfAccess, itemAccess, type ItemAccess } from "@regiehub/policy";
import { requireActor, type Context } from "../../graphql/context";

/**
 * The policy's decision for one item record, cached per request. Content is shown only when BOTH the SQL
 * (which left the content out otherwise) and the policy say so.
 */
export async function accessOf(ctx: Context, record: ItemRecord): Promise<ItemAccess> {
  const cache = ctx.itemAccessCache;
  const hit = cache.get(record.id);
  if (hit) return hit;
  const [facts, grants, glass] = await Promise.all([
    ctx.loaders.caseFacts.load(record.caseId),
    ctx.loaders.grantsByCase.load(record.caseId),
    ctx.loaders.openBreakGlassByCase.load(record.caseId),
  ]);
  let decision: ItemAccess = facts
    ? itemAccess(requireActor(ctx), facts, record, grants, glass, ctx.now)
    : { allowed: false, reason: "case not found" };
  if (decision.allowed !== record.covered) {
    ctx.logger.error(
      { itemId: record.id, sql: record.covered, policy: decision.allowed },
      "policy and SQL disagree",
    );
    decision = { allowed: false, reason: "policy and SQL disagree" };
  }
  cache.set(record.id, decision);
  return decision;
}

/**
 * Content of an item: recorded as a read of personal data in the processing log, or — outside the
 * viewer's grants — null with CONSENT_REQUIRED (and a DENIED entry). `value` gets the item's content (of
 * its kind) only once both the policy and the SQL coverage allowed it.
 */
export async function content<R extends ItemRecord, T>(
  ctx: Context,
  record: R,
  field: string,
  value: (content: NonNullable<R["content"]>) => T | Promise<T>,
): Promise<T> {
  const access = await accessOf(ctx, record);
  const itemContent = record.content;
  if (!access.allowed || !record.covered || itemContent === null) {
    throw new AppError("CONSENT_REQUIRED", `No grant covers this ${record.kind.toLowerCase()}`).about(
      record.caseId,
      [record.id],
    );
  }
  const grants = access.via === "GRANT" ? await ctx.loaders.grantsByCase.load(record.caseId) : [];
  ctx.audit.read({
    caseId: record.caseId,
    subjectPersonIds: record.subjectPersonIds,
    itemIds: [record.id],
    fields: [field],
    legalBasis: basisOfAccess(access, record.legalBasis, grants),
    breakGlass: access.via === "BREAK_GLASS",
  });
  return await value(itemContent);
}
