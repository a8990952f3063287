import type { OperationContext } from "../../../operation";
import { parseInput, RELATIONSHIP_QUALITIES, targetId } from "@regiehub/domain";
import { z } from "zod";
import { tables, type ItemOf } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { insertItem, reload, requirePersonsOfCase } from "../../dossier/operations/shared";
import { dataClass, legalBasisFor, optionalLegalBasis, optionalText, subjectPersonIds, text } from "./shared";

export const AddNetworkMemberInput = z.object({
  caseId: targetId(),
  subjectPersonIds,
  name: text(200, "Geef een naam of omschrijving"),
  relation: text(200, "Geef de relatie tot het gezin"),
  support: text(2_000, "Beschrijf welke steun deze persoon kan geven", { multiline: true }),
  contact: optionalText(300),
  relationshipQuality: z.enum(RELATIONSHIP_QUALITIES).nullish(),
  dataClass: dataClass("GENERAL"),
  legalBasis: optionalLegalBasis,
});

/** Adds a member of the family's social network (domain SOCIAL_NETWORK) with the CREATE log entry. */
export async function addNetworkMember(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"NETWORK_MEMBER">> {
  const input = parseInput(AddNetworkMemberInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "item.record");
    await requirePersonsOfCase(tx, input.caseId, input.subjectPersonIds, "input.subjectPersonIds");
    const legalBasis = await legalBasisFor(tx, input.caseId, input.legalBasis);
    const id = await insertItem(tx, actor, {
      caseId: input.caseId,
      kind: "NETWORK_MEMBER",
      domain: "SOCIAL_NETWORK",
      dataClass: input.dataClass,
      subjectPersonIds: input.subjectPersonIds,
      legalBasis,
    });
    await tx.insert(tables.networkMembers).values({
      itemId: id,
      name: input.name,
      relation: input.relation,
      support: input.support,
      contact: input.contact,
      relationshipQuality: input.relationshipQuality ?? null,
    });
    record({
      kind: "ITEM_RECORDED",
      caseId: input.caseId,
      subjectPersonIds: input.subjectPersonIds,
      itemIds: [id],
      fields: [
        "NetworkMember.name",
        "NetworkMember.relation",
        "NetworkMember.support",
        "NetworkMember.contact",
        "NetworkMember.relationshipQuality",
      ],
      legalBasis,
    });
    return reload(tx, actor, now, id, "NETWORK_MEMBER");
  });
}
