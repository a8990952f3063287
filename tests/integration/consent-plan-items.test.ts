import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO, listCaseItems, tables, type Executor } from "@regiehub/db";
import type { DataClass, Domain, DossierItemKind, LegalBasis } from "@regiehub/domain";
import { itemAccess, itemScope, type GrantFacts } from "@regiehub/policy";
import { insertGrant, insertPropertyCase, partnerView } from "../support/consent-property";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";

// The consent property of issue 3, extended to every item type of the family plan (issue 4): for random items
// of every kind, random grants and a random partner asking, the SQL decides exactly as the policy, no content
// value outside a valid grant appears in any response (by id, in the timeline, or in the Case lists of the
// plan sections), and every item read left a processing-log entry. Items and grants are written straight into
// the database so that states the API would refuse are covered too.

const P = DEMO.professionals;
const O = DEMO.organisations;
const DOMAINS: Domain[] = ["EDUCATION", "JUSTICE", "SAFETY", "YOUTH_CARE"];
const CLASSES: DataClass[] = ["GENERAL", "JUSTICE", "CHILD_SAFETY", "SPECIAL_CATEGORY"];
const BASES: LegalBasis[] = ["CONSENT", "LEGAL_TASK", "VITAL_INTEREST", "JUSTICE"];
const KINDS = [
  "ASSESSMENT",
  "SAFETY_ASSESSMENT",
  "NETWORK_MEMBER",
  "PROBLEM",
  "PLAN",
  "GOAL",
  "ACTION",
  "RESULT",
  "EVALUATION",
  "REFERRAL",
] as const satisfies readonly DossierItemKind[];
type Kind = (typeof KINDS)[number];
const PARTNERS = [
  { org: O.secondarySchool, kind: "SCHOOL", professional: P.secondarySchoolProfessional },
  { org: O.politie, kind: "POLITIE", professional: P.wijkagent },
  { org: O.jeugdbescherming, kind: "JEUGDBESCHERMING", professional: P.jeugdreclasseerder },
] as const;
const VIEWERS = [
  ...PARTNERS,
  { org: O.wijkteamNoord, kind: "WIJKTEAM", professional: P.wijkteamProfessional },
] as const;

/** Where each kind keeps a free-text value, and how a query reads it. */
const TOKEN_FIELD: Record<Kind, string> = {
  ASSESSMENT: "... on Assessment { explanation }",
  SAFETY_ASSESSMENT: "... on SafetyAssessment { conclusion dangerStatements { danger } }",
  NETWORK_MEMBER: "... on NetworkMember { name support }",
  PROBLEM: "... on Problem { title causes { description } }",
  PLAN: "... on Plan { number status perspective }",
  GOAL: "... on Goal { familyWording }",
  ACTION: "... on Action { title }",
  RESULT: "... on Result { evidence }",
  EVALUATION: "... on Evaluation { conclusions }",
  REFERRAL: "... on Referral { care }",
};
const ALL_TOKEN_FIELDS = Object.values(TOKEN_FIELD).join(" ");

/** The plan sections' lists on a case, with every token field. */
const CASE_LISTS = `
  assessments { id ${TOKEN_FIELD.ASSESSMENT} }
  safetyAssessments { id ${TOKEN_FIELD.SAFETY_ASSESSMENT} }
  networkMembers { id ${TOKEN_FIELD.NETWORK_MEMBER} }
  problems { id ${TOKEN_FIELD.PROBLEM} }
  plans { id redacted number status goals { id ${TOKEN_FIELD.GOAL} } }
  actions { id ${TOKEN_FIELD.ACTION} }
  evaluations { id ${TOKEN_FIELD.EVALUATION} }
  referrals { id ${TOKEN_FIELD.REFERRAL} }
  timeline(first: 100, includeRedacted: true) { edges { node { id redacted summary ${ALL_TOKEN_FIELDS} } } }
`;

let hub: TestHub;
const tokens = new Map<string, string>();

beforeAll(async () => {
  hub = await startTestHub();
  for (const v of VIEWERS) tokens.set(v.professional, await signIn(hub, v.professional));
});
afterAll(async () => {
  await hub?.stop();
});

interface Ctx {
  caseId: string;
  personIds: string[];
  planId: string;
  goalId: string;
}

/** Writes the content row of `kind` with `token` in its free text. */
async function insertContent(db: Executor, c: Ctx, kind: Kind, itemId: string, token: string, n: number) {
  switch (kind) {
    case "ASSESSMENT":
      return db.insert(tables.assessments).values({
        itemId,
        personId: c.personIds[0]!,
        score: 3,
        assessedOn: "2026-10-01",
        explanation: token,
      });
    case "SAFETY_ASSESSMENT":
      return db.insert(tables.safetyAssessments).values({
        itemId,
        score: 4,
        riskLevel: "HIGH",
        acute: false,
        dangerStatements: [{ danger: token, safetyGoal: "veilig" }],
        assessedOn: "2026-10-01",
        conclusion: token,
      });
    case "NETWORK_MEMBER":
      return db
        .insert(tables.networkMembers)
        .values({ itemId, name: token, relation: "oma", support: token });
    case "PROBLEM":
      return db.insert(tables.problems).values({
        itemId,
        title: token,
        description: token,
        causes: [{ description: token, chronic: true }],
        patterns: [],
        statements: [],
      });
    case "PLAN":
      return db
        .insert(tables.plans)
        .values({ itemId, caseId: c.caseId, number: 100 + n, status: "DRAFT", perspective: token });
    case "GOAL":
      return db.insert(tables.goals).values({
        itemId,
        lineageId: randomUUID(),
        familyWording: token,
        professionalWording: token,
        priority: "HIGH",
      });
    case "ACTION":
      return db
        .insert(tables.actions)
        .values({ itemId, title: token, ownerOrganisationId: O.wijkteamNoord, status: "OPEN" });
    case "RESULT":
      return db
        .insert(tables.results)
        .values({ itemId, measuredOn: "2026-10-01", status: "IMPROVING", evidence: token });
    case "EVALUATION":
      return db
        .insert(tables.evaluations)
        .values({ itemId, scheduledOn: "2026-12-01", participants: [], conclusions: token });
    case "REFERRAL":
      return db.insert(tables.referrals).values({
        itemId,
        referralKind: "DECISION",
        care: token,
        providerName: "Zorgaanbieder",
        startsOn: "2026-10-01",
        costCents: 1000,
      });
  }
}

/** Which item a child kind hangs under (the structure is visible; the content is not). */
function parentOf(kind: Kind, c: Ctx): string | null {
  if (kind === "GOAL" || kind === "EVALUATION") return c.planId;
  if (kind === "ACTION" || kind === "RESULT" || kind === "REFERRAL") return c.goalId;
  return null;
}

const validity = fc.constantFrom("open", "expired", "future", "withdrawn");
const scenario = fc.record({
  partnersOnTeam: fc.subarray([0, 1, 2], { minLength: 1 }),
  items: fc.array(
    fc.record({
      kind: fc.constantFrom(...KINDS),
      domain: fc.constantFrom(...DOMAINS),
      dataClass: fc.constantFrom(...CLASSES),
      subjects: fc.subarray([0, 1, 2]),
      author: fc.integer({ min: -1, max: 2 }), // -1: the directing organisation
    }),
    { minLength: 1, maxLength: 8 },
  ),
  grants: fc.array(
    fc.record({
      partner: fc.integer({ min: 0, max: 2 }),
      subjects: fc.oneof(fc.constant([0, 1, 2]), fc.subarray([0, 1, 2])),
      domains: fc.subarray(DOMAINS, { minLength: 1 }),
      dataClasses: fc.subarray(CLASSES, { minLength: 1 }),
      legalBasis: fc.constantFrom(...BASES),
      validity,
    }),
    { maxLength: 5 },
  ),
  viewer: fc.integer({ min: 0, max: VIEWERS.length - 1 }),
  viewerIsAGrantee: fc.boolean(),
});

it("never shows a value of any plan item type outside a valid grant, and logs every read", async () => {
  await fc.assert(
    fc.asyncProperty(scenario, async (s) => {
      const db = hub.database.db;
      const now = Date.now();
      const { caseId, personIds, team } = await insertPropertyCase(
        db,
        s.partnersOnTeam.map((i) => PARTNERS[i]!.org),
        "PLAN",
      );

      // A plan and a goal of the directing organisation, about the whole family, as the parents of children.
      const structure = async (kind: "PLAN" | "GOAL", parentItemId: string | null) => {
        const [row] = await db
          .insert(tables.dossierItems)
          .values({
            caseId,
            kind,
            domain: "FAMILY_RELATIONS",
            dataClass: "GENERAL",
            subjectPersonIds: personIds,
            authorProfessionalId: P.casusregisseur,
            authorOrganisationId: O.wijkteamNoord,
            sourceKind: "OWN_OBSERVATION",
            legalBasis: "CONSENT",
            parentItemId,
          })
          .returning({ id: tables.dossierItems.id });
        return row!.id;
      };
      const c: Ctx = { caseId, personIds, planId: "", goalId: "" };
      c.planId = await structure("PLAN", null);
      await insertContent(db, c, "PLAN", c.planId, "STRUCTURE-PLAN", 0);
      c.goalId = await structure("GOAL", c.planId);
      await insertContent(db, c, "GOAL", c.goalId, "STRUCTURE-GOAL", 0);

      const items = [];
      for (const [n, spec] of s.items.entries()) {
        const token = `TOKEN-${randomUUID()}`;
        const authorOrg = spec.author < 0 ? O.wijkteamNoord : PARTNERS[spec.author]!.org;
        const [row] = await db
          .insert(tables.dossierItems)
          .values({
            caseId,
            kind: spec.kind,
            domain: spec.domain,
            dataClass: spec.dataClass,
            subjectPersonIds: spec.subjects.map((i) => personIds[i]!),
            authorProfessionalId: P.casusregisseur,
            authorOrganisationId: authorOrg,
            sourceKind: "PARTNER",
            legalBasis: "LEGAL_TASK",
            parentItemId: parentOf(spec.kind, c),
          })
          .returning();
        await insertContent(db, c, spec.kind, row!.id, token, n + 1);
        items.push({ ...row!, token });
      }

      const grants: GrantFacts[] = [];
      for (const g of s.grants) {
        grants.push(await insertGrant(db, caseId, PARTNERS[g.partner]!.org, g, personIds, now));
      }

      const viewer =
        s.viewerIsAGrantee && s.grants.length ? PARTNERS[s.grants[0]!.partner]! : VIEWERS[s.viewer]!;
      const { actor, facts } = partnerView(viewer, caseId, team);
      const expected = new Map(
        items.map((i) => [i.id, itemAccess(actor, facts, i, grants, [], new Date()).allowed]),
      );

      if (team.includes(viewer.org)) {
        const { records } = await listCaseItems(db, itemScope(actor, new Date()), {
          caseId,
          kinds: [...KINDS],
          first: 100,
          includeRedacted: true,
        });
        const covered = Object.fromEntries(
          records.filter((r) => expected.has(r.id)).map((r) => [r.id, r.covered]),
        );
        expect(covered).toEqual(Object.fromEntries(expected));
        // Content is absent from the record itself when not covered: nothing to leak by mistake.
        for (const r of records) {
          if (!r.covered) expect(r.content).toBeNull();
        }
      }

      const token = tokens.get(viewer.professional)!;
      const aliases = items
        .map(
          (i, n) => `i${n}: dossierItem(id: "${i.id}") { redacted summary ${TOKEN_FIELD[i.kind as Kind]} }`,
        )
        .join(" ");
      const res = await gql(
        hub,
        `query($id: ID!) { case(id: $id) { ${CASE_LISTS} } ${aliases} }`,
        { id: caseId },
        token,
      );
      const body = JSON.stringify(res);
      const onTeam = team.includes(viewer.org);
      if (!onTeam) {
        expect(res.errors?.every((e) => e.extensions.code === "NOT_FOUND")).toBe(true);
      } else {
        expect(
          res.errors?.filter((e) => e.extensions.code !== "CONSENT_REQUIRED") ?? [],
          "only CONSENT_REQUIRED errors",
        ).toEqual([]);
      }
      for (const item of items) {
        const allowed = onTeam && expected.get(item.id)!;
        expect(
          body.includes(item.token),
          `${item.kind} ${item.domain}/${item.dataClass} allowed=${allowed}`,
        ).toBe(allowed);
        if (allowed) {
          const [logged] = await db
            .select({ n: sql<number>`count(*)::int` })
            .from(tables.processingLog)
            .where(
              and(
                eq(tables.processingLog.actorId, viewer.professional),
                eq(tables.processingLog.operation, "READ"),
                sql`${item.id}::uuid = any(${tables.processingLog.itemIds})`,
              ),
            );
          expect(logged!.n, "a read of an item left a log entry").toBeGreaterThan(0);
        }
      }
    }),
    { numRuns: 80 },
  );
}, 240_000);
