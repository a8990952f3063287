import type { OperationContext } from "../../../operation";
import { z } from "zod";
import { DATA_CLASSES, DOMAINS, STATEMENT_KINDS, parseInput, targetId } from "@regiehub/domain";
import { tables, type ItemOf } from "@regiehub/db";
import { authorizeCase } from "../../case/access";
import { insertItem, reload, requirePersonsOfCase } from "../../dossier/operations/shared";
import { legalBasisFor, list, optionalLegalBasis, subjectPersonIds, text } from "./shared";

const ProblemCauseInput = z.object({
  description: text(1_000, "Beschrijf de oorzaak", { multiline: true }),
  chronic: z
    .boolean()
    .nullish()
    .transform((v) => v ?? false),
});

const ProblemStatementInput = z.object({
  statement: text(2_000, "Schrijf de uitspraak op", { multiline: true }),
  kind: z.enum(STATEMENT_KINDS),
  source: text(300, "Geef de bron van de uitspraak"),
});

export const RecordProblemInput = z.object({
  caseId: targetId(),
  domain: z.enum(DOMAINS),
  dataClass: z.enum(DATA_CLASSES),
  subjectPersonIds,
  title: text(200, "Geef het probleem in een regel", { min: 3 }),
  description: text(10_000, "Beschrijf het probleem", { min: 3, multiline: true }),
  causes: list(ProblemCauseInput, 50, "Maximaal 50 oorzaken"),
  patterns: list(text(100, "Een patroon mag niet leeg zijn"), 30, "Maximaal 30 patronen").transform(
    (patterns) => [...new Set(patterns)],
  ),
  statements: list(ProblemStatementInput, 50, "Maximaal 50 uitspraken"),
  legalBasis: optionalLegalBasis,
});

/** Records a problem of the analysis: causes, patterns and statements (fact or opinion, with source). */
export async function recordProblem(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<ItemOf<"PROBLEM">> {
  const input = parseInput(RecordProblemInput, rawInput);
  return changes.transaction(db, async (tx, record) => {
    await authorizeCase(tx, actor, input.caseId, "item.record");
    await requirePersonsOfCase(tx, input.caseId, input.subjectPersonIds, "input.subjectPersonIds");
    const legalBasis = await legalBasisFor(tx, input.caseId, input.legalBasis);
    const id = await insertItem(tx, actor, {
      caseId: input.caseId,
      kind: "PROBLEM",
      domain: input.domain,
      dataClass: input.dataClass,
      subjectPersonIds: input.subjectPersonIds,
      legalBasis,
    });
    await tx.insert(tables.problems).values({
      itemId: id,
      title: input.title,
      description: input.description,
      causes: input.causes,
      patterns: input.patterns,
      statements: input.statements,
    });
    record({
      kind: "ITEM_RECORDED",
      caseId: input.caseId,
      subjectPersonIds: input.subjectPersonIds,
      itemIds: [id],
      fields: [
        "Problem.title",
        "Problem.description",
        "Problem.causes",
        "Problem.patterns",
        "Problem.problemStatements",
      ],
      legalBasis,
    });
    return reload(tx, actor, now, id, "PROBLEM");
  });
}
