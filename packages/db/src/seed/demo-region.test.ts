import { asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CASE_FRAMEWORKS,
  CASE_PHASES,
  DOMAINS,
  ORGANISATION_KINDS,
  canTransition,
  isValidBsn,
  teamWarnings,
  type CasePhase,
  type OrganisationKind,
} from "@regiehub/domain";
import { createDatabase, type Database, type DatabaseHandle } from "../client";
import {
  caseEscalations,
  casePhaseTransitions,
  escalationTables,
  caseTeamMembers,
  cases,
  organisations,
  persons,
  professionals,
} from "../schema";
import { buildDemoRegion, DEMO, demoUuid, seedDemoRegion, type DemoBackgroundCase } from "./demo-region";

const TODAY = new Date("2026-11-23T10:00:00Z");
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function freshDatabase(): Promise<DatabaseHandle> {
  const handle = createDatabase({ dataDir: "memory://" });
  await handle.migrate();
  return handle;
}

async function counts(db: Database) {
  return {
    organisations: await db.$count(organisations),
    professionals: await db.$count(professionals),
    cases: await db.$count(cases),
    persons: await db.$count(persons),
    teamMembers: await db.$count(caseTeamMembers),
    phaseTransitions: await db.$count(casePhaseTransitions),
    escalationTables: await db.$count(escalationTables),
    escalations: await db.$count(caseEscalations),
  };
}

function ageOn(birthDate: string, today: Date): number {
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age--;
  return age;
}

describe("seedDemoRegion", () => {
  let handle: DatabaseHandle;
  let db: Database;

  beforeAll(async () => {
    handle = await freshDatabase();
    db = handle.db;
    expect(await seedDemoRegion(db, { today: TODAY })).toEqual({ created: true });
  }, 60_000);

  afterAll(async () => {
    await handle?.close();
  });

  async function teamKinds(caseId: string): Promise<OrganisationKind[]> {
    const rows = await db
      .select({ kind: organisations.kind })
      .from(caseTeamMembers)
      .innerJoin(organisations, eq(organisations.id, caseTeamMembers.organisationId))
      .where(eq(caseTeamMembers.caseId, caseId));
    return rows.map((r) => r.kind);
  }

  it("creates the expected numbers of rows", async () => {
    const actual = await counts(db);
    expect(actual).toEqual(DEMO.counts);
    expect(actual.organisations).toBeGreaterThanOrEqual(12);
    expect(actual.professionals).toBeGreaterThanOrEqual(25);
    expect(actual.cases).toBe(46);
    expect(actual.persons).toBeGreaterThanOrEqual(60);
  });

  it("covers every organisation kind but OTHER, in the fictional municipality", async () => {
    const rows = await db.select().from(organisations);
    const kinds = new Set(rows.map((o) => o.kind));
    for (const kind of ORGANISATION_KINDS.filter((k) => k !== "OTHER")) expect(kinds).toContain(kind);
    expect(rows.filter((o) => o.kind === "WIJKTEAM")).toHaveLength(2);
    expect(rows.filter((o) => o.kind === "SCHOOL")).toHaveLength(2);
    expect(rows.filter((o) => o.municipality === DEMO.municipality).length).toBeGreaterThan(rows.length / 2);
    const municipalities: string[] = [DEMO.municipality, DEMO.neighbouringMunicipality];
    expect(rows.every((o) => municipalities.includes(o.municipality))).toBe(true);
    expect(rows.map((o) => o.name).join(" ")).not.toMatch(/xonar|rotterdam|rijnmond/i);
  });

  it("has professionals in every role, registered where it matters, with fictional e-mail addresses", async () => {
    const rows = await db.select().from(professionals);
    const byRole = (role: string) => rows.filter((p) => p.role === role);
    expect(byRole("PROCESREGISSEUR")).toHaveLength(3);
    expect(byRole("CASUSREGISSEUR").length).toBeGreaterThanOrEqual(5);
    expect(byRole("PROFESSIONAL").length).toBeGreaterThanOrEqual(12);
    expect(byRole("PRIVACY_OFFICER")).toHaveLength(1);
    expect(byRole("ADMIN")).toHaveLength(1);
    expect(rows.every((p) => p.email.endsWith(".example"))).toBe(true);
    expect(new Set(rows.map((p) => p.email)).size).toBe(rows.length);

    const registered = rows.filter((p) => p.registrationKind !== null);
    expect(registered.some((p) => p.registrationKind === "SKJ")).toBe(true);
    expect(registered.some((p) => p.registrationKind === "BIG")).toBe(true);
    expect(registered.every((p) => p.registrationNumber && /^\d{9,11}$/.test(p.registrationNumber))).toBe(
      true,
    );
    expect(rows.some((p) => p.registrationKind === null && p.role === "CASUSREGISSEUR")).toBe(true);
    expect(rows.some((p) => p.registrationKind === null && p.role === "PROFESSIONAL")).toBe(true);

    const byId = new Map(rows.map((p) => [p.id, p]));
    expect(byId.get(DEMO.professionals.casusregisseur)?.registrationKind).toBe("SKJ");
    expect(byId.get(DEMO.professionals.casusregisseurDaan)?.registrationKind).toBeNull();
    expect(byId.get(DEMO.professionals.procesregisseur)?.organisationId).toBe(DEMO.organisations.gemeente);
    expect(byId.get(DEMO.professionals.privacyOfficer)?.role).toBe("PRIVACY_OFFICER");
    expect(byId.get(DEMO.professionals.admin)?.role).toBe("ADMIN");
    for (const [key, id] of Object.entries(DEMO.professionals)) {
      expect(byId.get(id)?.email).toBe(DEMO.emails[key as keyof typeof DEMO.emails]);
    }
  });

  it("represents every phase, every framework and escalation levels 0 to 3", async () => {
    const rows = await db.select().from(cases);
    const perPhase = new Map<CasePhase, number>();
    for (const c of rows) perPhase.set(c.phase, (perPhase.get(c.phase) ?? 0) + 1);
    for (const phase of CASE_PHASES) {
      expect(perPhase.get(phase) ?? 0, phase).toBeGreaterThanOrEqual(phase === "SIGNAL" ? 2 : 3);
    }
    expect(perPhase.get("CLOSED")).toBeLessThanOrEqual(3);

    for (const framework of CASE_FRAMEWORKS) expect(rows.some((c) => c.framework === framework)).toBe(true);
    expect(rows.filter((c) => c.framework === "VOLUNTARY").length).toBeGreaterThan(rows.length / 2);
    expect(new Set(rows.map((c) => c.escalationLevel))).toEqual(new Set([0, 1, 2, 3]));

    for (const c of rows) {
      expect(c.title).toMatch(/^Gezin \p{Lu}/u);
      expect(c.municipality).toBe(DEMO.municipality);
      expect(c.closedOn === null, c.title).toBe(c.phase !== "CLOSED");
      if (c.closedOn) expect(c.closedOn > c.openedOn).toBe(true);
    }
  });

  it("spreads opening dates over the two years before today and keeps timestamps consistent", async () => {
    const rows = await db.select().from(cases);
    const today = TODAY.toISOString().slice(0, 10);
    const twoYearsAgo = new Date(TODAY.getTime() - 731 * 86_400_000).toISOString().slice(0, 10);
    for (const c of rows) {
      expect(c.openedOn <= today && c.openedOn >= twoYearsAgo, c.openedOn).toBe(true);
      expect(c.createdAt.toISOString().slice(0, 10)).toBe(c.openedOn);
      expect(c.updatedAt.getTime()).toBeGreaterThanOrEqual(c.createdAt.getTime());
      expect(c.updatedAt.getTime()).toBeLessThanOrEqual(TODAY.getTime());
    }
    const years = new Set(rows.map((c) => c.openedOn.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(2);
  });

  it("numbers references sequentially in order of opening and advances the sequence past them", async () => {
    const rows = await db.select().from(cases).orderBy(asc(cases.openedOn), asc(cases.reference));
    const numbers = rows.map((c) => {
      const match = /^RH-(\d{4})-(\d{4})$/.exec(c.reference);
      expect(match, c.reference).not.toBeNull();
      expect(match?.[1]).toBe(c.openedOn.slice(0, 4));
      return Number(match?.[2]);
    });
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));

    // PGlite answers `execute` with `{ rows }` (postgres-js with an array); this test runs on PGlite.
    const next = (await db.execute(sql`select nextval('case_reference_seq')::int as n`)) as unknown as {
      rows: { n: number }[];
    };
    expect(next.rows[0]?.n).toBe(rows.length + 1);
  });

  it("gives every case 2 to 6 persons with realistic ages and elfproef-valid test BSNs", async () => {
    const rows = await db.select().from(persons);
    const perCase = new Map<string, typeof rows>();
    for (const p of rows) perCase.set(p.caseId, [...(perCase.get(p.caseId) ?? []), p]);
    expect(perCase.size).toBe(DEMO.counts.cases);
    for (const members of perCase.values()) {
      expect(members.length).toBeGreaterThanOrEqual(2);
      expect(members.length).toBeLessThanOrEqual(6);
      expect(members.some((p) => p.householdRole === "CHILD")).toBe(true);
      expect(members.some((p) => p.householdRole === "PARENT")).toBe(true);
    }

    const childAges = rows
      .filter((p) => p.householdRole === "CHILD")
      .map((p) => ageOn(p.birthDate ?? "", TODAY));
    expect(childAges.every((age) => age >= 0 && age < 18)).toBe(true);
    expect(childAges.some((age) => age < 4)).toBe(true);
    expect(childAges.some((age) => age >= 5 && age <= 12)).toBe(true);
    expect(childAges.some((age) => age >= 13)).toBe(true);
    for (const p of rows.filter((p) => p.householdRole !== "CHILD")) {
      expect(ageOn(p.birthDate ?? "", TODAY), p.givenName).toBeGreaterThanOrEqual(18);
    }

    const bsns = rows.flatMap((p) => (p.bsn ? [p.bsn] : []));
    expect(bsns.length).toBeGreaterThanOrEqual(10);
    expect(bsns.length).toBeLessThan(rows.length / 2);
    expect(new Set(bsns).size).toBe(bsns.length);
    for (const bsn of bsns) {
      expect(isValidBsn(bsn), bsn).toBe(true);
      expect(bsn.startsWith("9999"), bsn).toBe(true);
    }
  });

  it("puts each casusregisseur's organisation, with the casusregisseur, on the case team", async () => {
    const caseRows = await db.select().from(cases);
    const team = await db.select().from(caseTeamMembers);
    const staff = new Map((await db.select().from(professionals)).map((p) => [p.id, p]));
    for (const c of caseRows) {
      const casusregisseur = staff.get(c.casusregisseurId ?? "");
      expect(casusregisseur?.role, c.title).toBe("CASUSREGISSEUR");
      if (c.procesregisseurId) expect(staff.get(c.procesregisseurId)?.role).toBe("PROCESREGISSEUR");
      const members = team.filter((m) => m.caseId === c.id);
      expect(
        members.some(
          (m) =>
            m.organisationId === casusregisseur?.organisationId && m.professionalId === casusregisseur.id,
        ),
        c.title,
      ).toBe(true);
      const teamOrganisations = new Set(members.map((m) => m.organisationId));
      expect(teamOrganisations.size).toBeGreaterThanOrEqual(2);
      for (const m of members) {
        expect(m.domains.length).toBeGreaterThan(0);
        expect(m.domains.every((d) => (DOMAINS as readonly string[]).includes(d))).toBe(true);
        expect(m.responsibility).toBeTruthy();
        if (m.professionalId) expect(staff.get(m.professionalId)?.organisationId).toBe(m.organisationId);
      }
    }
    expect(caseRows.filter((c) => c.procesregisseurId !== null).length).toBeGreaterThan(caseRows.length / 2);
  });

  it("has complete teams once a case is past inventory (JGZ for under-4s, school for school-age children)", async () => {
    const caseRows = await db.select().from(cases);
    const personRows = await db.select().from(persons);
    const laterPhases = CASE_PHASES.slice(CASE_PHASES.indexOf("ANALYSIS"));
    for (const c of caseRows.filter((c) => laterPhases.includes(c.phase))) {
      const warnings = teamWarnings(
        {
          persons: personRows.filter((p) => p.caseId === c.id),
          teamOrganisationKinds: await teamKinds(c.id),
        },
        TODAY,
      );
      expect(warnings, c.title).toEqual([]);
    }
  });

  it("traces each case's path through the phases with valid, explained transitions", async () => {
    const caseRows = await db.select().from(cases);
    const transitions = await db.select().from(casePhaseTransitions).orderBy(asc(casePhaseTransitions.at));
    for (const c of caseRows) {
      const path = transitions.filter((t) => t.caseId === c.id);
      if (c.phase === "SIGNAL") {
        expect(path).toEqual([]);
        continue;
      }
      expect(path.length, c.title).toBeGreaterThan(0);
      let phase: CasePhase = "SIGNAL";
      let previous = c.createdAt.getTime();
      for (const t of path) {
        expect(t.fromPhase, c.title).toBe(phase);
        expect(canTransition(t.fromPhase, t.toPhase), `${t.fromPhase} → ${t.toPhase}`).toBe(true);
        expect(t.reason?.length ?? 0).toBeGreaterThan(10);
        expect(t.byProfessionalId).toBe(c.casusregisseurId);
        expect(t.at.getTime()).toBeGreaterThan(previous);
        previous = t.at.getTime();
        phase = t.toPhase;
      }
      expect(phase, c.title).toBe(c.phase);
      expect(c.updatedAt.getTime()).toBe(previous);
      if (c.closedOn) expect(path.at(-1)?.at.toISOString().slice(0, 10)).toBe(c.closedOn);
    }
  });

  it("contains family (a): separated parents, voluntary, with schools, GGZ and the wijkteam", async () => {
    const [c] = await db.select().from(cases).where(eq(cases.id, DEMO.cases.separatedParents));
    expect(c).toMatchObject({ phase: "EXECUTION", framework: "VOLUNTARY" });
    expect(c?.procesregisseurId).toBe(DEMO.professionals.procesregisseur);
    const people = await db.select().from(persons).where(eq(persons.caseId, DEMO.cases.separatedParents));
    expect(people.filter((p) => p.householdRole === "EX_PARTNER")).toHaveLength(1);
    expect(people.filter((p) => p.householdRole === "PARENT")).toHaveLength(1);
    expect(people.filter((p) => p.householdRole === "CHILD")).toHaveLength(2);
    const kinds = await teamKinds(DEMO.cases.separatedParents);
    expect(kinds).toEqual(expect.arrayContaining(["WIJKTEAM", "SCHOOL", "GGZ"]));
  });

  it("contains family (b): monitored under drang after a Veilig Thuis intervention", async () => {
    const [c] = await db.select().from(cases).where(eq(cases.id, DEMO.cases.veiligThuisMonitoring));
    expect(c).toMatchObject({ phase: "MONITORING", framework: "DRANG" });
    const kinds = await teamKinds(DEMO.cases.veiligThuisMonitoring);
    expect(kinds).toEqual(expect.arrayContaining(["WIJKTEAM", "VEILIG_THUIS"]));
    const casusregisseur = await db
      .select({ kind: organisations.kind })
      .from(professionals)
      .innerJoin(organisations, eq(organisations.id, professionals.organisationId))
      .where(eq(professionals.id, c?.casusregisseurId ?? ""));
    expect(casusregisseur[0]?.kind).toBe("WIJKTEAM");
    const people = await db
      .select()
      .from(persons)
      .where(eq(persons.caseId, DEMO.cases.veiligThuisMonitoring));
    expect(people.some((p) => p.householdRole === "OTHER")).toBe(true); // the aunt and uncle (network placement)
  });

  it("contains family (c): the multi-problem family, escalated to procesregie", async () => {
    const [c] = await db.select().from(cases).where(eq(cases.id, DEMO.cases.multiProblem));
    expect(["PLAN", "EXECUTION"]).toContain(c?.phase);
    expect(c?.escalationLevel).toBe(2);
    expect(c?.casusregisseurId).toBe(DEMO.professionals.casusregisseur);
    expect(c?.procesregisseurId).toBe(DEMO.professionals.procesregisseur);
    const kinds = await teamKinds(DEMO.cases.multiProblem);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "VERSLAVINGSZORG",
        "WONINGCORPORATIE",
        "SCHULDHULP",
        "SCHOOL",
        "JEUGDBESCHERMING",
        "POLITIE",
      ]),
    );
    const people = await db.select().from(persons).where(eq(persons.caseId, DEMO.cases.multiProblem));
    expect(people.filter((p) => p.householdRole === "PARENT")).toHaveLength(2);
    expect(people.filter((p) => p.householdRole === "CHILD")).toHaveLength(2);
  });

  it("matches DEMO.visibility: team organisation or directing procesregisseur", async () => {
    const staff = await db.select().from(professionals);
    const background = Object.entries(DEMO.cases) as [DemoBackgroundCase, string][];
    const caseRows = await db.select().from(cases);
    const team = await db.select().from(caseTeamMembers);
    for (const p of staff) {
      const key = Object.entries(DEMO.professionals).find(([, id]) => id === p.id)?.[0];
      expect(key).toBeDefined();
      const sees = background
        .filter(([, caseId]) => {
          const directs = caseRows.some((c) => c.id === caseId && c.procesregisseurId === p.id);
          const onTeam = team.some((m) => m.caseId === caseId && m.organisationId === p.organisationId);
          return directs || onTeam;
        })
        .map(([name]) => name);
      expect(sees, key).toEqual(DEMO.visibility[key as keyof typeof DEMO.visibility]);
    }
    // The fixtures the authorization tests rely on.
    expect(DEMO.visibility.schoolProfessional).toContain("separatedParents");
    expect(DEMO.visibility.schoolProfessional).not.toContain("veiligThuisMonitoring");
    expect(DEMO.visibility.casusregisseur).toContain("multiProblem");
    const outsidersOfC = Object.values(DEMO.visibility).filter((seen) => !seen.includes("multiProblem"));
    expect(outsidersOfC.length).toBeGreaterThan(0);
    expect(DEMO.visibility.jeugdverpleegkundige).toEqual([]);
  });

  it("gives Marloes de Wit a portfolio of about forty voluntary and drang cases in every phase", async () => {
    const rows = await db.select().from(cases);
    const hers = rows.filter((c) => c.procesregisseurId === DEMO.professionals.procesregisseur);
    expect(hers.map((c) => c.id).sort()).toEqual([...DEMO.portfolioCases].sort());
    expect(hers.length).toBeGreaterThanOrEqual(35);
    expect(hers.length).toBeLessThanOrEqual(45);
    const phases = new Set(hers.map((c) => c.phase));
    expect([...CASE_PHASES].filter((phase) => !phases.has(phase))).toEqual([]);
    expect(hers.every((c) => c.framework !== "COMPULSORY")).toBe(true);
    expect(new Set(hers.map((c) => c.escalationLevel))).toEqual(new Set([0, 1, 2, 3]));
    expect(rows.filter((c) => c.framework === "COMPULSORY").every((c) => c.procesregisseurId === null)).toBe(
      true,
    );
    // The other procesregisseurs keep cases of their own.
    for (const other of [DEMO.professionals.procesregisseurHanneke, DEMO.professionals.procesregisseurRuud]) {
      expect(rows.some((c) => c.procesregisseurId === other)).toBe(true);
    }
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await counts(db);
    const snapshot = await db.select().from(cases).orderBy(asc(cases.id));
    expect(await seedDemoRegion(db, { today: TODAY })).toEqual({ created: false });
    expect(await seedDemoRegion(db)).toEqual({ created: false });
    expect(await counts(db)).toEqual(before);
    expect(await db.select().from(cases).orderBy(asc(cases.id))).toEqual(snapshot);
  });
});

describe("seedDemoRegion, concurrently and on other days", () => {
  it("lets only one of two simultaneous runs create the region", async () => {
    const handle = await freshDatabase();
    try {
      const results = await Promise.all([seedDemoRegion(handle.db), seedDemoRegion(handle.db)]);
      expect(results.map((r) => r.created).sort()).toEqual([false, true]);
      expect(await counts(handle.db)).toEqual(DEMO.counts);
    } finally {
      await handle.close();
    }
  }, 60_000);

  it("derives the same ids on any day, with dates relative to that day", () => {
    const now = buildDemoRegion(TODAY);
    const later = buildDemoRegion(new Date("2031-03-01T12:00:00Z"));
    for (const table of Object.keys(now) as (keyof typeof now)[]) {
      expect(later[table].map((r) => r.id)).toEqual(now[table].map((r) => r.id));
      for (const row of now[table]) expect(row.id).toMatch(UUID_V4);
    }
    const allIds = Object.values(now).flatMap((rows: { id?: string }[]) => rows.map((r) => r.id));
    expect(new Set(allIds).size).toBe(allIds.length);
    expect(
      later.cases.every((c) => (c.openedOn ?? "") >= "2029-02-28" && (c.openedOn ?? "") <= "2031-03-01"),
    ).toBe(true);
    expect(later.persons.map((p) => p.bsn)).toEqual(now.persons.map((p) => p.bsn));
  });

  it("counts its days from today's date in the Netherlands, also in the hour before midnight UTC", () => {
    // 23:30 UTC on 23 November is 00:30 on 24 November in Amsterdam: the same region as later that day.
    const lateEvening = buildDemoRegion(new Date("2026-11-23T23:30:00Z"));
    const nextMorning = buildDemoRegion(new Date("2026-11-24T10:00:00Z"));
    const dates = (region: typeof lateEvening) => ({
      cases: region.cases.map((c) => [c.openedOn, c.closedOn]),
      births: region.persons.map((p) => p.birthDate),
      decisions: region.caseEscalations.map((e) => e.decidedOn),
    });
    expect(dates(lateEvening)).toEqual(dates(nextMorning));
    expect(dates(lateEvening)).not.toEqual(dates(buildDemoRegion(TODAY)));
  });

  it("exposes stable ids for the demo fixtures", () => {
    expect(DEMO.organisations.gemeente).toBe(demoUuid("org:gemeente"));
    expect(DEMO.cases.multiProblem).toBe(demoUuid("case:koopmans"));
    expect(demoUuid("a")).not.toBe(demoUuid("b"));
    expect(new Set(Object.values(DEMO.cases)).size).toBe(3);
  });
});
