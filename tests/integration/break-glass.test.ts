import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, tables } from "@regiehub/db";
import { expectCode, gql, signIn, startTestHub, type TestHub } from "../support/hub";

// Break-glass (noodknop): a team partner opens the case outside the grants with a written justification;
// the access is time-limited, logged as VITAL_INTEREST with the break-glass flag, and reviewed once by the
// privacy officer. (Which items become visible through it is tested with the dossier items.)

let hub: TestHub;
const tokens: Record<string, string> = {};
const P = DEMO.professionals;
const O = DEMO.organisations;
const CASE = DEMO.cases.separatedParents; // the school (De Regenboog) is on the team

const FIELDS = `id caseId caseReference itemId professional { id } organisation { id } justification openedAt
  expiresAt reviewedAt reviewedBy { id } verdict reviewNote`;
const BREAK_GLASS = `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { ${FIELDS} } }`;
const REVIEWS = `query($all: Boolean) { breakGlassReviews(includeReviewed: $all) { ${FIELDS} } }`;
const REVIEW = `mutation($input: ReviewBreakGlassInput!) { reviewBreakGlass(input: $input) { ${FIELDS} } }`;
const JUSTIFICATION = "Kind meldt vandaag op school dat vader dreigt; acuut veiligheidsrisico.";

type Access = {
  id: string;
  caseReference: string;
  itemId: string | null;
  professional: { id: string };
  organisation: { id: string };
  justification: string;
  openedAt: string;
  expiresAt: string;
  reviewedAt: string | null;
  reviewedBy: { id: string } | null;
  verdict: string | null;
  reviewNote: string | null;
};

beforeAll(async () => {
  hub = await startTestHub();
  for (const key of [
    "schoolProfessional",
    "privacyOfficer",
    "casusregisseur",
    "casusregisseurYoussef",
    "huisarts",
  ] as const) {
    tokens[key] = await signIn(hub, P[key]);
  }
});
afterAll(async () => {
  await hub?.stop();
});

async function open(token: string, input: Record<string, unknown>) {
  return gql<{ breakGlass: Access }>(hub, BREAK_GLASS, { input }, token);
}

describe("opening break-glass", () => {
  it("requires a justification of at least 20 characters", async () => {
    const res = await open(tokens.schoolProfessional!, { caseId: CASE, justification: "  Acuut!  " });
    expectCode(res, "BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions.field).toBe("input.justification");
    expect(res.errors?.[0]?.message).toMatch(/20 tekens/);
  });

  it("accepts an item only of that case", async () => {
    const res = await open(tokens.schoolProfessional!, {
      caseId: CASE,
      itemId: randomUUID(),
      justification: JUSTIFICATION,
    });
    expectCode(res, "BAD_USER_INPUT");
    expect(res.errors?.[0]?.extensions.field).toBe("input.itemId");
  });

  it("is NOT_FOUND for whoever does not see the case", async () => {
    for (const key of ["huisarts", "privacyOfficer"] as const) {
      expectCode(await open(tokens[key]!, { caseId: CASE, justification: JUSTIFICATION }), "NOT_FOUND");
    }
  });

  it("opens the case for a limited time and logs it as break-glass under VITAL_INTEREST", async () => {
    const res = await open(tokens.schoolProfessional!, {
      caseId: CASE,
      justification: `  ${JUSTIFICATION}  `,
    });
    expect(res.errors).toBeUndefined();
    const access = res.data!.breakGlass;
    const [theCase] = await hub.database.db
      .select({ reference: tables.cases.reference })
      .from(tables.cases)
      .where(eq(tables.cases.id, CASE));
    expect(access).toMatchObject({
      caseReference: theCase!.reference,
      itemId: null,
      professional: { id: P.schoolProfessional },
      organisation: { id: O.school },
      justification: JUSTIFICATION,
      reviewedAt: null,
      reviewedBy: null,
      verdict: null,
    });
    expect(Date.parse(access.expiresAt) - Date.parse(access.openedAt)).toBe(
      hub.config.breakGlassMinutes * 60_000,
    );

    const entries = await hub.database.db
      .select()
      .from(tables.processingLog)
      .where(and(eq(tables.processingLog.caseId, CASE), eq(tables.processingLog.operation, "CREATE")));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorId: P.schoolProfessional,
      organisationId: O.school,
      breakGlass: true,
      legalBasis: "VITAL_INTEREST",
      processingActivityId: "RH-PA-03",
      fields: ["BreakGlassAccess"],
      detail: JUSTIFICATION,
      outcome: "SUCCESS",
    });

    // The directing organisation sees it in the case's processing log.
    const log = await gql(
      hub,
      `query($id: ID!) { processingLog(caseId: $id, filter: { operations: [CREATE] }) {
        edges { node { breakGlass actor { id } legalBasis detail } } } }`,
      { id: CASE },
      tokens.casusregisseurYoussef,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data.processingLog.edges.map((e: { node: unknown }) => e.node)).toEqual([
      {
        breakGlass: true,
        actor: { id: P.schoolProfessional },
        legalBasis: "VITAL_INTEREST",
        detail: JUSTIFICATION,
      },
    ]);
  });
});

describe("review by the privacy officer", () => {
  it("lists open accesses for the privacy officer only", async () => {
    const res = await gql<{ breakGlassReviews: Access[] }>(hub, REVIEWS, {}, tokens.privacyOfficer);
    expect(res.errors).toBeUndefined();
    const open = res.data!.breakGlassReviews;
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({
      professional: { id: P.schoolProfessional },
      justification: JUSTIFICATION,
    });

    for (const key of ["casusregisseur", "schoolProfessional"] as const) {
      const denied = await gql(hub, REVIEWS, {}, tokens[key]);
      expectCode(denied, "FORBIDDEN");
      expect(denied.data).toBeNull();
    }
  });

  it("records a verdict once; a second review is a CONFLICT", async () => {
    const [access] = (await gql<{ breakGlassReviews: Access[] }>(hub, REVIEWS, {}, tokens.privacyOfficer))
      .data!.breakGlassReviews;
    const input = { id: access!.id, verdict: "JUSTIFIED", note: "Terecht: acute dreiging, direct gemeld." };

    expectCode(await gql(hub, REVIEW, { input }, tokens.casusregisseur), "FORBIDDEN");
    expectCode(
      await gql(hub, REVIEW, { input: { ...input, id: randomUUID() } }, tokens.privacyOfficer),
      "NOT_FOUND",
    );

    const first = await gql<{ reviewBreakGlass: Access }>(hub, REVIEW, { input }, tokens.privacyOfficer);
    expect(first.errors).toBeUndefined();
    expect(first.data!.reviewBreakGlass).toMatchObject({
      id: access!.id,
      verdict: "JUSTIFIED",
      reviewNote: input.note,
      reviewedBy: { id: P.privacyOfficer },
    });
    expect(first.data!.reviewBreakGlass.reviewedAt).not.toBeNull();

    const second = await gql(
      hub,
      REVIEW,
      { input: { ...input, verdict: "UNJUSTIFIED" } },
      tokens.privacyOfficer,
    );
    expectCode(second, "CONFLICT");
    const [row] = await hub.database.db
      .select({ verdict: tables.breakGlassAccesses.verdict })
      .from(tables.breakGlassAccesses)
      .where(eq(tables.breakGlassAccesses.id, access!.id));
    expect(row?.verdict).toBe("JUSTIFIED");

    const [logged] = await hub.database.db
      .select()
      .from(tables.processingLog)
      .where(and(eq(tables.processingLog.caseId, CASE), eq(tables.processingLog.operation, "UPDATE")));
    expect(logged).toMatchObject({
      actorId: P.privacyOfficer,
      processingActivityId: "RH-PA-05",
      breakGlass: false,
    });
  });

  it("lists reviewed accesses on request, after the open ones", async () => {
    const again = await open(tokens.schoolProfessional!, { caseId: CASE, justification: JUSTIFICATION });
    expect(again.errors).toBeUndefined();
    const openOnly = (await gql<{ breakGlassReviews: Access[] }>(hub, REVIEWS, {}, tokens.privacyOfficer))
      .data!.breakGlassReviews;
    expect(openOnly.map((a) => a.id)).toEqual([again.data!.breakGlass.id]);

    const all = (
      await gql<{ breakGlassReviews: Access[] }>(hub, REVIEWS, { all: true }, tokens.privacyOfficer)
    ).data!.breakGlassReviews;
    expect(all).toHaveLength(2);
    expect(all[0]).toMatchObject({ id: again.data!.breakGlass.id, reviewedAt: null });
    expect(all[1]?.verdict).toBe("JUSTIFIED");

    // Reading the review list is supervision of the case, and logged as such.
    const reads = await hub.database.db
      .select()
      .from(tables.processingLog)
      .where(and(eq(tables.processingLog.caseId, CASE), eq(tables.processingLog.actorId, P.privacyOfficer)));
    expect(reads.some((e) => e.operation === "READ" && e.processingActivityId === "RH-PA-05")).toBe(true);
  });
});
