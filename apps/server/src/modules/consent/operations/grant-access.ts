import type { OperationContext } from "../../../operation";
import { z } from "zod";
import {
  AppError,
  DATA_CLASSES,
  DOMAINS,
  LEGAL_BASES,
  id,
  ids,
  parseInput,
  plain,
  targetId,
  text,
} from "@regiehub/domain";
import { tables, type ConsentGrantRow } from "@regiehub/db";
import { grantProblems } from "@regiehub/policy";
import { authorizeCase } from "../../case/access";
import { requirePersonsOfCase } from "../../dossier/operations/shared";

const unique = <T>(values: T[]) => [...new Set(values)];

export const GrantAccessInput = z.object({
  caseId: targetId(),
  granteeOrganisationId: id("Onbekende organisatie"),
  subjectPersonIds: ids("Onbekende persoon").transform(unique),
  domains: z.array(z.enum(DOMAINS)).transform(unique),
  dataClasses: z.array(z.enum(DATA_CLASSES)).transform(unique),
  purpose: text({ min: 5, max: 500, multiline: true, required: "Beschrijf het doel" }),
  legalBasis: z.enum(LEGAL_BASES),
  validFrom: plain().nullish(),
  validUntil: plain().nullish(),
  evidenceReference: text({ max: 300, min: 0 }).nullish(),
});

/** Records a grant: a team partner may see these domains and data classes about these persons. */
export async function grantAccess(
  { db, actor, changes, now }: OperationContext,
  rawInput: unknown,
): Promise<ConsentGrantRow> {
  const input = parseInput(GrantAccessInput, rawInput);
  const validFrom = input.validFrom ? new Date(input.validFrom) : now;
  const validUntil = input.validUntil ? new Date(input.validUntil) : null;
  const problems = grantProblems({ ...input, validFrom, validUntil });
  if (input.legalBasis === "CONSENT" && !input.evidenceReference) {
    problems.push({ path: "input.evidenceReference", message: "Leg vast waar de toestemming is vastgelegd" });
  }
  if (problems.length) throw new AppError("BAD_USER_INPUT", problems[0]!.message, problems);

  return changes.transaction(db, async (tx, record) => {
    const facts = await authorizeCase(tx, actor, input.caseId, "consent.manage");
    if (!facts.teamOrganisationIds.includes(input.granteeOrganisationId)) {
      throw AppError.badInput(
        "input.granteeOrganisationId",
        "Deze organisatie staat niet in het team van de casus",
      );
    }
    if (input.granteeOrganisationId === facts.casusregisseurOrganisationId) {
      throw AppError.badInput(
        "input.granteeOrganisationId",
        "De regievoerende organisatie ziet de hele casus al",
      );
    }
    await requirePersonsOfCase(tx, input.caseId, input.subjectPersonIds, "input.subjectPersonIds");
    const [grant] = await tx
      .insert(tables.consentGrants)
      .values({
        caseId: input.caseId,
        granteeOrganisationId: input.granteeOrganisationId,
        subjectPersonIds: input.subjectPersonIds,
        domains: input.domains,
        dataClasses: input.dataClasses,
        purpose: input.purpose,
        legalBasis: input.legalBasis,
        validFrom,
        validUntil,
        evidenceReference: input.evidenceReference || null,
        recordedByProfessionalId: actor.professionalId,
      })
      .returning();
    record({
      kind: "ACCESS_GRANTED",
      caseId: input.caseId,
      subjectPersonIds: input.subjectPersonIds,
      fields: ["ConsentGrant"],
      legalBasis: input.legalBasis,
      activity: "RH-PA-02",
      detail: `grant to organisation ${input.granteeOrganisationId}`,
    });
    return grant!;
  });
}
