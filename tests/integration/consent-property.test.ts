import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO, listCaseItems, tables } from "@regiehub/db";
import type { DataClass, Domain, LegalBasis } from "@regiehub/domain";
import { itemAccess, itemScope, type GrantFacts } from "@regiehub/policy";
import { insertGrant, insertPropertyCase, partnerView } from "../support/consent-property";
import { gql, signIn, startTestHub, type TestHub } from "../support/hub";

// Property: for random grants and items, and a random partner asking, no value outside a valid grant ever
// appears in any response — and every item read left a processing-log entry. Grants and items are written
// straight into the database, so states the API would refuse are covered too.

const P = DEMO.professionals;
const O = DEMO.organisations;
// Small vocabularies so that random grants and items meet often enough to find mistakes.
const DOMAINS: Domain[] = ["EDUCATION", "JUSTICE", "SAFETY"];
const CLASSES: DataClass[] = ["GENERAL", "JUSTICE", "CHILD_SAFETY"];
const BASES: LegalBasis[] = ["CONSENT", "LEGAL_TASK", "VITAL_INTEREST", "JUSTICE"];
const PARTNERS = [
  { org: O.secondarySchool, kind: "SCHOOL", professional: P.secondarySchoolProfessional },
  { org: O.politie, kind: "POLITIE", professional: P.wijkagent },
  { org: O.jeugdbescherming, kind: "JEUGDBESCHERMING", professional: P.jeugdreclasseerder },
  { org: O.woningcorporatie, kind: "WONINGCORPORATIE", professional: P.woonconsulent },
] as const;
const VIEWERS = [
  ...PARTNERS,
  { org: O.wijkteamNoord, kind: "WIJKTEAM", professional: P.wijkteamProfessional },
] as const;

let hub: TestHub;
const tokens = new Map<string, string>();

beforeAll(async () => {
  hub = await startTestHub();
  for (const v of VIEWERS) tokens.set(v.professional, await signIn(hub, v.professional));
});
afterAll(async () => {
  await hub?.stop();
});

const validity = fc.constantFrom("open", "expired", "future", "bounded", "withdrawn");
const scenario = fc.record({
  partnersOnTeam: fc.subarray([0, 1, 2, 3], { minLength: 1 }),
  items: fc.array(
    fc.record({
      domain: fc.constantFrom(...DOMAINS),
      dataClass: fc.constantFrom(...CLASSES),
      subjects: fc.subarray([0, 1, 2]),
      author: fc.integer({ min: -1, max: 3 }), // -1: the directing organisation
    }),
    { minLength: 1, maxLength: 6 },
  ),
  grants: fc.array(
    fc.record({
      partner: fc.integer({ min: 0, max: 3 }),
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

it("never shows a value outside a valid grant, and logs every read", async () => {
  await fc.assert(
    fc.asyncProperty(scenario, async (s) => {
      const db = hub.database.db;
      const now = Date.now();
      const { caseId, personIds, team } = await insertPropertyCase(
        db,
        s.partnersOnTeam.map((i) => PARTNERS[i]!.org),
        "PROP",
      );

      const items = [];
      for (const spec of s.items) {
        const token = `TOKEN-${randomUUID()}`;
        const authorOrg = spec.author < 0 ? O.wijkteamNoord : PARTNERS[spec.author]!.org;
        const [row] = await db
          .insert(tables.dossierItems)
          .values({
            caseId,
            kind: "OBSERVATION",
            domain: spec.domain,
            dataClass: spec.dataClass,
            subjectPersonIds: spec.subjects.map((i) => personIds[i]!),
            authorProfessionalId: P.casusregisseur,
            authorOrganisationId: authorOrg,
            sourceKind: "PARTNER",
            legalBasis: "LEGAL_TASK",
          })
          .returning();
        await db
          .insert(tables.observations)
          .values({ itemId: row!.id, observationKind: "FACT", statement: token });
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

      // The data layer's SQL decides exactly as the policy does (for a viewer on the team).
      if (team.includes(viewer.org)) {
        const { records } = await listCaseItems(db, itemScope(actor, new Date()), {
          caseId,
          first: 100,
          includeRedacted: true,
        });
        expect(Object.fromEntries(records.map((r) => [r.id, r.covered]))).toEqual(
          Object.fromEntries(expected),
        );
      }

      const token = tokens.get(viewer.professional)!;
      const aliases = items
        .map(
          (i, n) =>
            `i${n}: dossierItem(id: "${i.id}") { redacted ... on Observation { statement subjects { id } } }`,
        )
        .join(" ");
      const res = await gql(
        hub,
        `query($id: ID!) { case(id: $id) { timeline(first: 100, includeRedacted: true) { edges { node { id ... on Observation { statement } } } } } ${aliases} }`,
        { id: caseId },
        token,
      );
      const body = JSON.stringify(res);
      const onTeam = team.includes(viewer.org);
      if (!onTeam) {
        expect(res.errors?.every((e) => e.extensions.code === "NOT_FOUND")).toBe(true);
      }
      for (const item of items) {
        const allowed = onTeam && expected.get(item.id)!;
        expect(body.includes(item.token), `item ${item.domain}/${item.dataClass} allowed=${allowed}`).toBe(
          allowed,
        );
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
    { numRuns: 120 },
  );
}, 180_000);
