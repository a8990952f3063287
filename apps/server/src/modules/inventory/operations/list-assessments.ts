import type { OperationContext } from "../../../operation";
import { z } from "zod";
import { DOMAINS, id, parseInput } from "@regiehub/domain";
import type { ItemOf } from "@regiehub/db";
import { CaseListInput } from "../../reads";
import { newestFirst } from "../views";
import { visibleItems } from "./shared";

export const ListAssessmentsInput = CaseListInput.extend({
  personId: id("Onbekende persoon").nullish(),
  domain: z.enum(DOMAINS).nullish(),
});

const assessedOn = (r: ItemOf<"ASSESSMENT">) => r.content?.assessedOn ?? "";

/** The ZRM assessments of a case the viewer may see, of one person or domain if asked, newest first. */
export async function listAssessments({ db, actor, now }: OperationContext, rawInput: unknown) {
  const { caseId, personId, domain } = parseInput(ListAssessmentsInput, rawInput, "");
  const records = await visibleItems(db, actor, now, caseId, "ASSESSMENT", domain);
  const ofPerson = personId ? records.filter((r) => r.content?.personId === personId) : records;
  return newestFirst(ofPerson, assessedOn);
}
