import { and, asc, eq, inArray, sql } from "drizzle-orm";
import {
  CASE_PHASES,
  addCalendarDays,
  calendarDate,
  calendarDaysBetween,
  type Actor,
  type CaseFramework,
  type CasePhase,
  type DataClass,
  type Domain,
  type HouseholdRole,
  type LegalBasis,
  type ObservationKind,
  type OrganisationKind,
  type RelationshipQuality,
  type ResultStatus,
  type SourceKind,
} from "@regiehub/domain";
import { DEMO, sealProcessingLog, tables, type Database, type DemoCaseKey } from "@regiehub/db";
import type { Pseudonymizer } from "../audit/pseudonym";
import type { Config } from "../config";
import { AuditTrail, traceFrom } from "../audit/trail";
import { ChangeRecorder } from "../changes/recorder";
import type { OperationContext } from "../operation";
import { addAction } from "../modules/actions/operations/add-action";
import { changeActionStatus } from "../modules/actions/operations/change-action-status";
import { recordDoorbraak } from "../modules/actions/operations/record-doorbraak";
import { recordReferral } from "../modules/actions/operations/record-referral";
import { recordResult } from "../modules/actions/operations/record-result";
import { grantAccess } from "../modules/consent/operations/grant-access";
import { recordItem } from "../modules/dossier/operations/record-item";
import { openBreakGlass } from "../modules/break-glass/operations/open-break-glass";
import { addNetworkMember } from "../modules/inventory/operations/add-network-member";
import { recordAssessment } from "../modules/inventory/operations/record-assessment";
import { recordProblem } from "../modules/inventory/operations/record-problem";
import { recordSafetyAssessment } from "../modules/inventory/operations/record-safety-assessment";
import { addGoal } from "../modules/plan/operations/add-goal";
import { agreePlan } from "../modules/plan/operations/agree-plan";
import { approvePlan } from "../modules/plan/operations/approve-plan";
import { draftPlan } from "../modules/plan/operations/draft-plan";
import { holdEvaluation } from "../modules/plan/operations/hold-evaluation";
import { scheduleEvaluation } from "../modules/plan/operations/schedule-evaluation";
import { recordCheckIn } from "../modules/follow-up/operations/record-check-in";
import { recordMonitoringReview } from "../modules/follow-up/operations/record-monitoring-review";
import { setCaseBudget } from "../modules/follow-up/operations/set-case-budget";
import { contributeToMeeting } from "../modules/meetings/operations/contribute-to-meeting";
import { moveMeetingPhase } from "../modules/meetings/operations/move-meeting-phase";
import { planMeeting } from "../modules/meetings/operations/plan-meeting";
import { recordMeetingDecision } from "../modules/meetings/operations/record-meeting-decision";
import { observeScenarioSignal } from "../modules/scenarios/operations/observe-scenario-signal";
import { setCaseScenarios } from "../modules/scenarios/operations/set-case-scenarios";
import { planTableSession } from "../modules/tables/operations/plan-table-session";
import { putCaseOnAgenda } from "../modules/tables/operations/put-case-on-agenda";
import { escalateCase } from "../modules/escalation/operations/escalate-case";
import { moveAgendaPhase } from "../modules/tables/operations/move-agenda-phase";
import { recordAgendaOutcome } from "../modules/tables/operations/record-agenda-outcome";

// The dossier content of the demo region (packages/db/src/seed/demo-region.ts seeds its organisations,
// professionals, cases, families, teams and phase history). Every item is made THROUGH THE HUB'S OPERATIONS,
// as the professional who would make it — partners record their own observations, the casusregisseur grants
// access and does the plan work, the procesregisseur records a doorbraak — so the processing log's hash
// chains, the dossier events, the notifications and every rule of the operations hold exactly as for content
// made in the web app.
//
// Each case gets what its phase implies: a signal (observations); from inventory on, grants for its partners,
// self-reliance (ZRM) and safety assessments and the network; from analysis on, the problem analysis; from
// plan on, a plan with goals per domain; from execution on, that plan agreed and approved, actions (some
// done, some late, some blocked), results, referrals with costs and evaluations; later phases an evaluation
// held and a second round of assessments. The directors follow up: the procesregisseur sets a budget on open
// cases and holds regiegesprekken with the casusregisseur on Marloes de Wit's cases, and cases in monitoring
// get a follow-up date. A few cases carry a scenario for the procesregisseur's portfolio (the sets below):
// acute unsafety, an open doorbraak, an evaluation or regiegesprek missed, over budget, a follow-up passed.
//
// Time. Each operation runs with an OperationContext whose `now` is the day the work happened in the case's
// history (between its phase transitions, never after the real now), so what the operations date from "now"
// is in the past: the plan's approval date, an action's status date, a grant's start, the family's
// agreement, and what they check against it (an evaluation is not held before the plan's approval, a
// measurement is not in the future). What the database stamps itself — dossier_items.created_at/updated_at,
// log and event times — is the real moment of seeding; the portfolio reads plan progress from
// dossier_items.updated_at, so a case whose plan items were seeded counts as moved today. Cases are stalled
// in the portfolio by the rules that do not depend on those stamps: no approved plan six weeks after
// opening, no progress since the start of the phase (in cases without plan items), a monitoring follow-up
// date that passed.
//
// Seeding runs once, right after the region itself was created (startHub, `pnpm db:seed`): when any demo
// case already has a dossier item, nothing is done.

export interface SeedDemoContentOptions {
  /** How persons are pseudonymised in the processing log: the hub's own pseudonymizer. */
  pseudonymize: Pseudonymizer;
  /** The hub's configuration: the region's settings and retention (plan approval may move a phase). */
  config: Pick<Config, "region" | "retentionYears" | "breakGlassMinutes">;
  /** The real moment of seeding (default: now); no content is dated after it. */
  now?: Date;
}

export interface SeedDemoContentResult {
  /** False when the region is absent or already has content (nothing was done). */
  created: boolean;
  /** Cases that received content. */
  cases: number;
  /** Operations called. */
  operations: number;
  /** How long it took, in milliseconds. */
  ms: number;
}

/** Seeds the dossier content of every demo case through the operations; see the comment above. */
export async function seedDemoContent(
  db: Database,
  options: SeedDemoContentOptions,
): Promise<SeedDemoContentResult> {
  const started = Date.now();
  const none = { created: false, cases: 0, operations: 0, ms: 0 };
  const caseIds = Object.values(DEMO.allCases);
  const [region] = await db
    .select({ id: tables.organisations.id })
    .from(tables.organisations)
    .where(eq(tables.organisations.id, DEMO.organisations.gemeente));
  if (!region) return none;
  const [existing] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(tables.dossierItems)
    .where(inArray(tables.dossierItems.caseId, caseIds));
  if ((existing?.n ?? 0) > 0) return none;

  const seeder = new Seeder(db, options.pseudonymize, options.config, options.now ?? new Date());
  await seeder.loadActors();
  const demoCases = await loadDemoCases(db);
  for (const c of demoCases) await seedCase(seeder, c);
  await seedTableSessions(seeder, demoCases);
  await seedAwaitingAgenda(seeder, demoCases);
  // Chain the log entries now, not when the sealer next runs.
  await sealProcessingLog(db, { wait: true });
  return { created: true, cases: demoCases.length, operations: seeder.operations, ms: Date.now() - started };
}

// ---------------------------------------------------------------------------------------------------------
// The cases as seeded, read back from the database

interface DemoPerson {
  id: string;
  givenName: string;
  role: HouseholdRole;
  age: number;
}

interface DemoTeamMember {
  organisationId: string;
  organisationKind: OrganisationKind;
  professionalId: string | null;
  domains: Domain[];
}

interface DemoCase {
  key: DemoCaseKey;
  id: string;
  phase: CasePhase;
  framework: CaseFramework;
  openedOn: string;
  casusregisseurId: string;
  casusregisseurOrganisationId: string;
  procesregisseurId: string | null;
  persons: DemoPerson[];
  /** The partners: every team row but the casusregisseur's own organisation. */
  partners: DemoTeamMember[];
  /** The domains of the casusregisseur's own team row. */
  casusregieDomains: Domain[];
  /** The first day each phase was reached. */
  reached: Partial<Record<CasePhase, string>>;
  /** What the referrals seeded so far cost, in euro cents (for the budget). */
  referralCents: number;
}

async function loadDemoCases(db: Database): Promise<DemoCase[]> {
  const keyOf = new Map(
    (Object.entries(DEMO.allCases) as [DemoCaseKey, string][]).map(([key, id]) => [id, key]),
  );
  const ids = [...keyOf.keys()];
  const { cases, persons, caseTeamMembers, organisations, professionals, casePhaseTransitions } = tables;
  const caseRows = await db.select().from(cases).where(inArray(cases.id, ids)).orderBy(asc(cases.reference));
  const personRows = await db.select().from(persons).where(inArray(persons.caseId, ids));
  const teamRows = await db
    .select({
      caseId: caseTeamMembers.caseId,
      organisationId: caseTeamMembers.organisationId,
      organisationKind: organisations.kind,
      professionalId: caseTeamMembers.professionalId,
      domains: caseTeamMembers.domains,
      addedAt: caseTeamMembers.addedAt,
    })
    .from(caseTeamMembers)
    .innerJoin(organisations, eq(organisations.id, caseTeamMembers.organisationId))
    .where(inArray(caseTeamMembers.caseId, ids))
    .orderBy(asc(caseTeamMembers.addedAt));
  const staff = await db
    .select({ id: professionals.id, organisationId: professionals.organisationId })
    .from(professionals);
  const organisationOf = new Map(staff.map((p) => [p.id, p.organisationId]));
  const transitions = await db
    .select()
    .from(casePhaseTransitions)
    .where(inArray(casePhaseTransitions.caseId, ids))
    .orderBy(asc(casePhaseTransitions.at));

  return caseRows.flatMap((row) => {
    const key = keyOf.get(row.id);
    if (!key || !row.casusregisseurId) return [];
    const casusregisseurOrganisationId = organisationOf.get(row.casusregisseurId) ?? "";
    const reached: Partial<Record<CasePhase, string>> = { SIGNAL: row.openedOn };
    for (const t of transitions.filter((t) => t.caseId === row.id)) {
      reached[t.toPhase] ??= calendarDate(t.at);
    }
    const team = teamRows.filter((m) => m.caseId === row.id);
    const own = team.find((m) => m.organisationId === casusregisseurOrganisationId);
    return [
      {
        key,
        id: row.id,
        phase: row.phase,
        framework: row.framework,
        openedOn: row.openedOn,
        casusregisseurId: row.casusregisseurId,
        casusregisseurOrganisationId,
        procesregisseurId: row.procesregisseurId,
        persons: personRows
          .filter((p) => p.caseId === row.id)
          .map((p) => ({
            id: p.id,
            givenName: p.givenName,
            role: p.householdRole,
            age: ageOn(p.birthDate, row.openedOn),
          }))
          .sort((a, b) => b.age - a.age),
        partners: team
          .filter((m) => m.organisationId !== casusregisseurOrganisationId)
          .map(({ organisationId, organisationKind, professionalId, domains }) => ({
            organisationId,
            organisationKind,
            professionalId,
            domains,
          })),
        casusregieDomains: own?.domains ?? ["FAMILY_RELATIONS"],
        reached,
        referralCents: 0,
      },
    ];
  });
}

function ageOn(birthDate: string | null, day: string): number {
  if (!birthDate) return 30;
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------------------
// Running operations as a professional on a day

class Seeder {
  operations = 0;
  readonly today: string;
  private readonly actors = new Map<string, Actor>();

  constructor(
    readonly db: Database,
    private readonly pseudonymize: Pseudonymizer,
    readonly config: Pick<Config, "region" | "retentionYears" | "breakGlassMinutes">,
    readonly now: Date,
  ) {
    this.today = calendarDate(now);
  }

  async loadActors(): Promise<void> {
    const { professionals: p, organisations: o } = tables;
    const rows = await this.db
      .select({
        id: p.id,
        name: p.name,
        role: p.role,
        organisationId: p.organisationId,
        organisationKind: o.kind,
        registrationNumber: p.registrationNumber,
      })
      .from(p)
      .innerJoin(o, eq(o.id, p.organisationId));
    for (const row of rows) {
      this.actors.set(row.id, {
        kind: "professional",
        professionalId: row.id,
        organisationId: row.organisationId,
        organisationKind: row.organisationKind,
        role: row.role,
        name: row.name,
        hasRegistration: row.registrationNumber !== null,
      });
    }
  }

  /** The context of one operation by `professionalId` on `day` (never later than the real now). */
  as(professionalId: string, day: string): OperationContext {
    const actor = this.actors.get(professionalId);
    if (!actor) throw new Error(`Demo content: unknown professional ${professionalId}`);
    const audit = new AuditTrail(this.db, this.pseudonymize, actor, traceFrom(null));
    this.operations++;
    return {
      db: this.db,
      actor,
      changes: new ChangeRecorder(audit),
      audit,
      pseudonymize: this.pseudonymize,
      now: day >= this.today ? this.now : new Date(`${day}T10:00:00Z`),
      region: this.config.region,
    };
  }

  /** `day` plus `days`, never after today. */
  day(day: string, days: number): string {
    const shifted = addCalendarDays(day, days);
    return shifted > this.today ? this.today : shifted;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Scenarios of the portfolio (by case key)

/** Acute unsafety reported recently (the portfolio puts these first). */
const ACUTE_SAFETY: ReadonlySet<DemoCaseKey> = new Set(["benali", "sedney"]);
/** The procesregisseur recorded a doorbraak that is still open. */
const DOORBRAAK: ReadonlySet<DemoCaseKey> = new Set(["kramer", "huisman"]);
/** A partner opened the whole case with break-glass in acute unsafety; the privacy officer has yet to review it. */
const BREAK_GLASS: ReadonlySet<DemoCaseKey> = new Set(["koopmans"]);
/** The referrals cost more than the budget the procesregisseur set. */
const OVER_BUDGET: ReadonlySet<DemoCaseKey> = new Set(["wouters", "claassen", "vanDenHeuvel"]);
/** The regiegesprek of procesregisseur and casusregisseur is past its date. */
const CHECK_IN_OVERDUE: ReadonlySet<DemoCaseKey> = new Set(["koopmans", "ramautar", "lammers"]);
/** In monitoring, and the follow-up date passed without a look at the case. */
const FOLLOW_UP_PASSED: ReadonlySet<DemoCaseKey> = new Set(["vanDerWal"]);
/** Execution on track: nothing overdue. */
const ON_TRACK: ReadonlySet<DemoCaseKey> = new Set(["lammers", "haddou", "veenstra"]);
/** An evaluation was scheduled and its date passed without it being held. */
const EVALUATION_OVERDUE: ReadonlySet<DemoCaseKey> = new Set(["huisman", "claassen"]);

const PHASE_ORDER: readonly CasePhase[] = CASE_PHASES;

/** The case reached `phase` at some point (a closed case only as far as its history went). */
function hasReached(c: DemoCase, phase: CasePhase): boolean {
  return c.reached[phase] !== undefined;
}

/** The case is in a later phase than `phase` (a closed case is past every phase). */
function isPast(c: DemoCase, phase: CasePhase): boolean {
  return PHASE_ORDER.indexOf(c.phase) > PHASE_ORDER.indexOf(phase);
}

// ---------------------------------------------------------------------------------------------------------
// One case

async function seedCase(s: Seeder, c: DemoCase): Promise<void> {
  await seedDossier(s, c);
  await holdMeetings(s, c);
  await thinkInScenarios(s, c);
  await breakGlass(s, c);
  await setBudget(s, c);
  await recordCheckIns(s, c);
  await followUpMonitoring(s, c);
}

async function seedDossier(s: Seeder, c: DemoCase): Promise<void> {
  await recordSignal(s, c);
  if (!hasReached(c, "INVENTORY")) return;
  await grantPartners(s, c);
  await recordPartnerObservations(s, c);
  await assessSelfReliance(s, c, "first");
  await assessSafety(s, c, "first");
  await mapNetwork(s, c);
  if (!hasReached(c, "ANALYSIS")) return;
  await analyseProblems(s, c);
  if (!hasReached(c, "PLAN")) return;
  const plan = await makePlan(s, c);
  if (!hasReached(c, "EXECUTION")) return;
  await approve(s, c, plan);
  await planActions(s, c, plan);
  await recordReferrals(s, c, plan);
  await measureResults(s, c, plan);
  await evaluate(s, c);
  await assessSelfReliance(s, c, "again");
  await assessSafety(s, c, "again");
  await breakThrough(s, c, plan);
}

const legalBasis = (c: DemoCase): LegalBasis => (c.framework === "VOLUNTARY" ? "CONSENT" : "LEGAL_TASK");
const parents = (c: DemoCase) => c.persons.filter((p) => p.role === "PARENT" || p.role === "EX_PARTNER");
const children = (c: DemoCase) => c.persons.filter((p) => p.role === "CHILD");
const names = (people: readonly DemoPerson[]) =>
  people.length <= 1
    ? (people[0]?.givenName ?? "het gezin")
    : `${people
        .slice(0, -1)
        .map((p) => p.givenName)
        .join(", ")} en ${people.at(-1)!.givenName}`;

/** The persons an item in `domain` is about. */
function subjectsFor(c: DemoCase, domain: Domain): DemoPerson[] {
  const kids = children(c);
  const adults = parents(c);
  if (domain === "EDUCATION" || domain === "YOUTH_CARE" || domain === "DAYTIME_ACTIVITIES") {
    return kids.length ? kids : adults;
  }
  if (["FINANCES", "WORK", "HOUSING", "SUBSTANCE_USE", "JUSTICE"].includes(domain)) {
    return adults.length ? adults : c.persons;
  }
  return c.persons.filter((p) => p.role !== "OTHER");
}

const ids = (people: readonly DemoPerson[]) => people.map((p) => p.id);

/** The day of the first signal: the day the case was opened, or shortly after. */
function signalDay(s: Seeder, c: DemoCase): string {
  return s.day(c.openedOn, 1);
}

/** A day between reaching `from` and the next phase (fraction 0..1 of the way), never after today. */
function during(s: Seeder, c: DemoCase, from: CasePhase, fraction: number): string {
  const start = c.reached[from] ?? c.openedOn;
  const index = PHASE_ORDER.indexOf(from);
  const next = PHASE_ORDER.slice(index + 1)
    .map((p) => c.reached[p])
    .find((d): d is string => d !== undefined && d > start);
  const end = next ?? s.today;
  return s.day(start, Math.max(0, Math.floor(calendarDaysBetween(start, end) * fraction)));
}

// ---------------------------------------------------------------------------------------------------------
// Signal and observations

interface ObservationText {
  domain: Domain;
  kind: ObservationKind;
  dataClass: DataClass;
  sourceKind: SourceKind;
  statement: (c: DemoCase) => string;
}

/** What each kind of partner notices, in their own words. */
const PARTNER_OBSERVATIONS: Partial<Record<OrganisationKind, ObservationText[]>> = {
  SCHOOL: [
    {
      domain: "EDUCATION",
      kind: "FACT",
      dataClass: "GENERAL",
      sourceKind: "OWN_OBSERVATION",
      statement: (c) =>
        `${names(children(c))} ${children(c).length > 1 ? "waren" : "was"} dit kwartaal elf keer afwezig, waarvan zes keer ongeoorloofd. Ouders zijn twee keer uitgenodigd; één gesprek heeft plaatsgevonden.`,
    },
    {
      domain: "EDUCATION",
      kind: "CONCERN",
      dataClass: "GENERAL",
      sourceKind: "OWN_OBSERVATION",
      statement: (c) =>
        `${children(c)[0]?.givenName ?? "Het kind"} komt regelmatig zonder ontbijt op school en valt in de klas in slaap. De leerkracht maakt zich zorgen over de thuissituatie.`,
    },
  ],
  HUISARTS: [
    {
      domain: "MENTAL_HEALTH",
      kind: "OPINION",
      dataClass: "SPECIAL_CATEGORY",
      sourceKind: "OWN_OBSERVATION",
      statement: (c) =>
        `${parents(c)[0]?.givenName ?? "Moeder"} komt vaak op het spreekuur met lichamelijke klachten; mijn indruk is dat overbelasting en somberheid eronder liggen.`,
    },
  ],
  JGZ: [
    {
      domain: "PARENTING",
      kind: "FACT",
      dataClass: "GENERAL",
      sourceKind: "OWN_OBSERVATION",
      statement: (c) =>
        `Bij het consultatiebureau: ${children(c).at(-1)?.givenName ?? "het jongste kind"} groeit onder de curve; twee afspraken zijn niet nagekomen.`,
    },
  ],
  GGZ: [
    {
      domain: "MENTAL_HEALTH",
      kind: "FACT",
      dataClass: "SPECIAL_CATEGORY",
      sourceKind: "OWN_OBSERVATION",
      statement: (c) =>
        `Behandeling gestart voor ${parents(c)[0]?.givenName ?? "een ouder"}: wekelijkse gesprekken, motivatie wisselend. Drie van de vijf afspraken nagekomen.`,
    },
  ],
  VERSLAVINGSZORG: [
    {
      domain: "SUBSTANCE_USE",
      kind: "CONCERN",
      dataClass: "SPECIAL_CATEGORY",
      sourceKind: "OWN_OBSERVATION",
      statement: () =>
        "Het middelengebruik is na een terugval weer toegenomen. Afspraken over gebruik in het bijzijn van de kinderen worden niet altijd nagekomen.",
    },
  ],
  WONINGCORPORATIE: [
    {
      domain: "HOUSING",
      kind: "FACT",
      dataClass: "GENERAL",
      sourceKind: "DOCUMENT",
      statement: () =>
        "Huurachterstand van vier maanden (€ 3.240). Een betalingsregeling is twee keer niet nagekomen; de zaak ligt bij de deurwaarder.",
    },
  ],
  SCHULDHULP: [
    {
      domain: "FINANCES",
      kind: "FACT",
      dataClass: "GENERAL",
      sourceKind: "DOCUMENT",
      statement: () =>
        "Intake schuldhulpverlening: 14 schuldeisers, totale schuld circa € 27.500. Inkomen uit uitkering; vaste lasten hoger dan het inkomen.",
    },
  ],
  POLITIE: [
    {
      domain: "SAFETY",
      kind: "FACT",
      dataClass: "GENERAL",
      sourceKind: "OWN_OBSERVATION",
      statement: () =>
        "Twee meldingen van burengerucht en geschreeuw in de afgelopen maand; bij de laatste melding waren de kinderen thuis.",
    },
  ],
  VEILIG_THUIS: [
    {
      domain: "SAFETY",
      kind: "CONCERN",
      dataClass: "CHILD_SAFETY",
      sourceKind: "OWN_OBSERVATION",
      statement: (c) =>
        `Na de melding is met ouders een veiligheidsplan gemaakt. Zorg blijft of ${names(children(c))} zich thuis veilig ${children(c).length > 1 ? "voelen" : "voelt"}; ouders bagatelliseren de incidenten.`,
    },
  ],
  JEUGDBESCHERMING: [
    {
      domain: "JUSTICE",
      kind: "FACT",
      dataClass: "GENERAL",
      sourceKind: "OWN_OBSERVATION",
      statement: (c) =>
        `${children(c)[0]?.givenName ?? "De jongere"} houdt zich grotendeels aan de afspraken van het toezicht; één keer te laat thuis gekomen.`,
    },
  ],
  WIJKTEAM: [
    {
      domain: "PARENTING",
      kind: "OPINION",
      dataClass: "GENERAL",
      sourceKind: "OWN_OBSERVATION",
      statement: () =>
        "Ouder is betrokken en wil het goed doen, maar grenzen stellen lukt nog onvoldoende; de avonden lopen vaak uit de hand.",
    },
  ],
};

/** The signal: what started the case, recorded by the first partner (or the casusregisseur). */
async function recordSignal(s: Seeder, c: DemoCase): Promise<void> {
  const day = signalDay(s, c);
  const reporter = c.partners.find((p) => p.professionalId);
  const text = reporter && PARTNER_OBSERVATIONS[reporter.organisationKind]?.[0];
  if (reporter?.professionalId && text) {
    await observe(s, c, reporter.professionalId, day, text);
  }
  await observe(s, c, c.casusregisseurId, day, {
    domain: c.casusregieDomains[0] ?? "FAMILY_RELATIONS",
    kind: "FACT",
    dataClass: "GENERAL",
    sourceKind: "FAMILY",
    statement: (c) =>
      `Kennismakingsgesprek met ${names(parents(c))}. ${parents(c).length > 1 ? "Ouders herkennen" : "Ouder herkent"} de zorgen gedeeltelijk en ${parents(c).length > 1 ? "willen" : "wil"} meewerken aan een gezamenlijk plan.`,
  });
}

async function observe(
  s: Seeder,
  c: DemoCase,
  professionalId: string,
  day: string,
  text: ObservationText,
): Promise<void> {
  await recordItem(s.as(professionalId, day), "OBSERVATION", {
    caseId: c.id,
    domain: text.domain,
    dataClass: text.dataClass,
    subjectPersonIds: ids(subjectsFor(c, text.domain)),
    sourceKind: text.sourceKind,
    legalBasis: legalBasis(c),
    observationKind: text.kind,
    statement: text.statement(c),
  });
}

/** During the inventory, every partner with a named professional records what they see. */
async function recordPartnerObservations(s: Seeder, c: DemoCase): Promise<void> {
  let i = 0;
  for (const partner of c.partners) {
    if (!partner.professionalId) continue;
    const texts = PARTNER_OBSERVATIONS[partner.organisationKind] ?? [];
    const text = texts[texts.length > 1 ? 1 : 0];
    if (!text) continue;
    await observe(s, c, partner.professionalId, during(s, c, "INVENTORY", 0.3 + 0.1 * i++), text);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Consent, assessments, network, analysis

/** At the start of the inventory the casusregisseur records the family's consent for each partner. */
async function grantPartners(s: Seeder, c: DemoCase): Promise<void> {
  const day = c.reached.INVENTORY!;
  for (const partner of c.partners) {
    const dataClasses: DataClass[] = ["GENERAL", "SPECIAL_CATEGORY"];
    if (partner.organisationKind === "VEILIG_THUIS" || partner.organisationKind === "POLITIE") {
      dataClasses.push("CHILD_SAFETY");
    }
    await grantAccess(s.as(c.casusregisseurId, day), {
      caseId: c.id,
      granteeOrganisationId: partner.organisationId,
      subjectPersonIds: ids(c.persons),
      domains: partner.domains,
      dataClasses,
      purpose: "Afstemming van de hulp in het gezinsplan",
      legalBasis: c.framework === "COMPULSORY" ? "LEGAL_TASK" : "CONSENT",
      evidenceReference: c.framework === "COMPULSORY" ? null : `Toestemmingsformulier ondertekend op ${day}`,
    });
  }
}

const ZRM_DOMAINS: readonly Domain[] = [
  "FINANCES",
  "WORK",
  "HOUSING",
  "FAMILY_RELATIONS",
  "MENTAL_HEALTH",
  "PHYSICAL_HEALTH",
  "SUBSTANCE_USE",
  "DAILY_LIVING",
  "SOCIAL_NETWORK",
  "SOCIAL_PARTICIPATION",
  "DAYTIME_ACTIVITIES",
  "PARENTING",
];

/** ZRM scores of the (first) parent on the case's domains: at the inventory, and again once the plan ran. */
async function assessSelfReliance(s: Seeder, c: DemoCase, round: "first" | "again"): Promise<void> {
  const domains = [...c.casusregieDomains, ...c.partners.flatMap((p) => p.domains)]
    .filter((d, i, all) => ZRM_DOMAINS.includes(d) && all.indexOf(d) === i)
    .slice(0, 2);
  const after = c.phase === "EXECUTION" ? during(s, c, "EXECUTION", 0.8) : during(s, c, "EVALUATION", 0.1);
  const day = round === "first" ? during(s, c, "INVENTORY", 0.5) : after;
  const better = isPast(c, "EXECUTION");
  for (const person of parents(c).slice(0, 1)) {
    for (const [i, domain] of domains.entries()) {
      const first = 1 + ((i + person.age) % 2);
      const score = round === "first" ? first : Math.min(5, first + (better ? 2 : 1));
      await recordAssessment(s.as(c.casusregisseurId, day), {
        caseId: c.id,
        personId: person.id,
        domain,
        score,
        assessedOn: day,
        explanation:
          round === "first"
            ? "Ingeschat in het keukentafelgesprek, samen met de ouder."
            : "Opnieuw ingeschat bij de evaluatie: vooruitgang zichtbaar.",
      });
    }
  }
}

/** Safety (0–10) where safety is a concern: by Veilig Thuis when on the team, else by the casusregisseur. */
async function assessSafety(s: Seeder, c: DemoCase, round: "first" | "again"): Promise<void> {
  const vt = c.partners.find((p) => p.organisationKind === "VEILIG_THUIS" && p.professionalId);
  const concerned =
    vt !== undefined ||
    c.casusregieDomains.includes("SAFETY") ||
    c.partners.some((p) => p.domains.includes("SAFETY"));
  if (!concerned) return;
  const assessor = vt?.professionalId ?? c.casusregisseurId;
  const kids = children(c);
  if (round === "first") {
    const day = during(s, c, "INVENTORY", 0.2);
    await recordSafetyAssessment(s.as(assessor, day), {
      caseId: c.id,
      subjectPersonIds: ids(kids),
      score: 4,
      riskLevel: "MEDIUM",
      acute: false,
      dangerStatements: [
        {
          danger: `Bij ruzie tussen de volwassenen zijn ${names(kids)} getuige van schreeuwen en gooien met spullen.`,
          safetyGoal: `${names(kids)} ${kids.length > 1 ? "zijn" : "is"} veilig en weten wie ze kunnen bellen als het thuis misgaat.`,
        },
      ],
      instrument: "Signs of Safety",
      assessedOn: day,
      conclusion: "Zorgen over de veiligheid; afspraken vastgelegd in een veiligheidsplan.",
    });
  } else {
    const day = s.day(c.reached.EXECUTION!, 30);
    await recordSafetyAssessment(s.as(assessor, day), {
      caseId: c.id,
      subjectPersonIds: ids(kids),
      score: 7,
      riskLevel: "LOW",
      acute: false,
      dangerStatements: [
        {
          danger: "Terugval in oude patronen bij spanning rond geld of omgang.",
          safetyGoal: "Ouders gebruiken het veiligheidsplan en bellen het netwerk bij oplopende spanning.",
        },
      ],
      instrument: "Signs of Safety",
      assessedOn: day,
      conclusion: "Veiligheidsplan werkt; het netwerk is betrokken.",
    });
  }
  if (ACUTE_SAFETY.has(c.key) && (round === "again" || !hasReached(c, "EXECUTION"))) {
    const day = s.day(s.today, -3);
    await recordSafetyAssessment(s.as(assessor, day), {
      caseId: c.id,
      subjectPersonIds: ids(kids),
      score: 1,
      riskLevel: "HIGH",
      acute: true,
      dangerStatements: [
        {
          danger: `Nieuw incident met geweld in huis; ${kids[0]?.givenName ?? "een kind"} belde zelf de politie.`,
          safetyGoal: "De kinderen verblijven veilig in het netwerk tot er een nieuw veiligheidsplan is.",
        },
      ],
      instrument: "Signs of Safety",
      assessedOn: day,
      conclusion:
        "Acute onveiligheid: direct overleg met Veilig Thuis en de regisseurs, kinderen tijdelijk bij familie.",
    });
  }
}

const NETWORK: {
  name: string;
  relation: string;
  support: string;
  relationshipQuality: RelationshipQuality | null;
}[] = [
  {
    name: "Oma (moeder van {parent})",
    relation: "Grootmoeder",
    support: "Vangt de kinderen op woensdagmiddag op en is in noodsituaties bereikbaar.",
    relationshipQuality: "SUPPORTIVE",
  },
  {
    name: "Buurvrouw Ria",
    relation: "Buurvrouw",
    support: "Helpt met boodschappen en is een vertrouwd adres voor de kinderen.",
    relationshipQuality: "SUPPORTIVE",
  },
  {
    name: "Trainer voetbalclub",
    relation: "Vrijwilliger sportvereniging",
    support: "Ziet {child} twee keer per week en let op hoe het gaat.",
    relationshipQuality: "SUPPORTIVE",
  },
  {
    name: "Ex-partner van {parent}",
    relation: "Ex-partner",
    support: "Haalt {child} om het weekend op; de overdracht loopt vaak uit op ruzie.",
    relationshipQuality: "STRESSFUL",
  },
];

async function mapNetwork(s: Seeder, c: DemoCase): Promise<void> {
  const day = during(s, c, "INVENTORY", 0.6);
  const parent = parents(c)[0]?.givenName ?? "moeder";
  const child = children(c)[0]?.givenName ?? "de kinderen";
  // Two members per case, in turn, so about half the families have a stressful line in their ecogram.
  const first = c.persons.length % NETWORK.length;
  for (const member of [NETWORK[first]!, NETWORK[(first + 1) % NETWORK.length]!]) {
    await addNetworkMember(s.as(c.casusregisseurId, day), {
      caseId: c.id,
      subjectPersonIds: ids(c.persons.filter((p) => p.role !== "OTHER")),
      name: member.name.replace("{parent}", parent),
      relation: member.relation,
      support: member.support.replace("{child}", child),
      relationshipQuality: member.relationshipQuality,
    });
  }
}

interface ProblemText {
  title: string;
  description: string;
  causes: { description: string; chronic: boolean }[];
  patterns: string[];
}

const PROBLEMS: Partial<Record<Domain, ProblemText>> = {
  FINANCES: {
    title: "Oplopende schulden",
    description:
      "De vaste lasten zijn hoger dan het inkomen; post wordt niet geopend en schuldeisers stapelen zich op.",
    causes: [
      { description: "Inkomensval na baanverlies", chronic: false },
      { description: "Weinig overzicht over de administratie", chronic: true },
    ],
    patterns: ["uitstelgedrag", "schaamte om hulp te vragen"],
  },
  PARENTING: {
    title: "Grenzen stellen lukt onvoldoende",
    description:
      "De ouders zijn het niet eens over regels; de kinderen spelen hen tegen elkaar uit en de avonden escaleren.",
    causes: [
      { description: "Eigen opvoedingsgeschiedenis van de ouders", chronic: true },
      { description: "Vermoeidheid en stress", chronic: false },
    ],
    patterns: ["ruzie over regels", "toegeven na escalatie"],
  },
  FAMILY_RELATIONS: {
    title: "Spanningen tussen de ouders",
    description:
      "De ouders communiceren vooral via de kinderen; afspraken over zorg en omgang worden niet nagekomen.",
    causes: [{ description: "Onverwerkte scheiding", chronic: true }],
    patterns: ["kinderen als boodschapper", "verwijten over en weer"],
  },
  SAFETY: {
    title: "Onveiligheid bij conflicten",
    description:
      "Bij oplopende spanning is er fysiek geweld tussen de volwassenen, met de kinderen als getuige.",
    causes: [
      { description: "Geen andere manieren om met boosheid om te gaan", chronic: true },
      { description: "Middelengebruik bij spanning", chronic: false },
    ],
    patterns: ["escalatie in het weekend", "bagatelliseren na een incident"],
  },
  HOUSING: {
    title: "Dreigende ontruiming",
    description: "Door de huurachterstand dreigt ontruiming; het gezin heeft geen alternatief onderdak.",
    causes: [{ description: "Huurachterstand door schulden", chronic: false }],
    patterns: ["brieven van de verhuurder niet geopend"],
  },
  MENTAL_HEALTH: {
    title: "Psychische klachten ouder",
    description:
      "Somberheid en angst maken dat de ouder weinig energie heeft voor het huishouden en de kinderen.",
    causes: [{ description: "Langdurige overbelasting", chronic: true }],
    patterns: ["terugtrekken", "afspraken afzeggen"],
  },
  DAILY_LIVING: {
    title: "Huishouden loopt vast",
    description: "Er is geen dagstructuur; maaltijden, was en boodschappen schieten erbij in.",
    causes: [{ description: "Overbelasting van de enige volwassene in huis", chronic: false }],
    patterns: ["laat opstaan", "geen vaste eettijden"],
  },
};

async function analyseProblems(s: Seeder, c: DemoCase): Promise<void> {
  const day = during(s, c, "ANALYSIS", 0.5);
  const domains = c.casusregieDomains.filter((d) => PROBLEMS[d]).slice(0, 2);
  for (const domain of domains.length ? domains : (["PARENTING"] as Domain[])) {
    const text = PROBLEMS[domain]!;
    await recordProblem(s.as(c.casusregisseurId, day), {
      caseId: c.id,
      domain,
      dataClass: "GENERAL",
      subjectPersonIds: ids(subjectsFor(c, domain)),
      title: text.title,
      description: text.description,
      causes: text.causes,
      patterns: text.patterns,
      statements: [
        { statement: text.description, kind: "FACT", source: "Inventarisatie met de partners" },
        {
          statement: "We willen het zelf oplossen, maar weten niet meer waar we moeten beginnen.",
          kind: "OPINION",
          source: parents(c)[0]?.givenName ?? "Ouder",
        },
      ],
    });
  }
}

// ---------------------------------------------------------------------------------------------------------
// The plan

interface GoalText {
  family: string;
  professional: string;
  actions: [string, string];
  referral?: { care: string; provider: string; costCents: number; kind: "REFERRAL" | "DECISION" };
}

const GOALS: Partial<Record<Domain, GoalText>> = {
  EDUCATION: {
    family: "De kinderen gaan elke dag naar school.",
    professional: "Schoolverzuim terug naar nul; zorgstructuur van school betrokken.",
    actions: ["Verzuimgesprek met ouders en leerplicht", "Aangepast rooster en mentorgesprekken"],
  },
  PARENTING: {
    family: "We hebben samen duidelijke regels en de avonden zijn rustig.",
    professional: "Ouders hanteren gezamenlijke opvoedafspraken; escalaties nemen af.",
    actions: ["Opvoedondersteuning thuis (8 sessies)", "Opvoedafspraken op papier met beide ouders"],
    referral: {
      care: "Ambulante gezinsbegeleiding",
      provider: "Stichting Gezin Centraal",
      costCents: 640_000,
      kind: "DECISION",
    },
  },
  FAMILY_RELATIONS: {
    family: "We kunnen als ouders weer normaal met elkaar praten over de kinderen.",
    professional: "Ouders maken afspraken over zorg en omgang zonder de kinderen als boodschapper.",
    actions: ["Ouderschapsplan opstellen met mediator", "Driegesprek ouders en casusregisseur"],
    referral: {
      care: "Mediation bij scheiding",
      provider: "Mediationpraktijk De Brug",
      costCents: 180_000,
      kind: "REFERRAL",
    },
  },
  FINANCES: {
    family: "We hebben overzicht over ons geld en er komen geen nieuwe schulden bij.",
    professional: "Stabilisatie: budgetbeheer ingericht, minnelijk traject gestart.",
    actions: ["Aanvraag budgetbeheer", "Alle schuldeisers in beeld (schuldenoverzicht)"],
    referral: {
      care: "Budgetbeheer en schuldregeling",
      provider: "Stichting Geldwijs Lindehaven",
      costCents: 150_000,
      kind: "REFERRAL",
    },
  },
  HOUSING: {
    family: "We kunnen in ons huis blijven wonen.",
    professional: "Ontruiming voorkomen door een nagekomen betalingsregeling.",
    actions: ["Betalingsregeling huurachterstand", "Tweede-kansovereenkomst met Lindewonen"],
  },
  MENTAL_HEALTH: {
    family: "Ik voel me minder somber en heb weer energie voor de kinderen.",
    professional: "Ouder volgt behandeling; klachten nemen aantoonbaar af.",
    actions: ["Intake en behandeling GGZ", "Afspraak huisarts over medicatie"],
    referral: {
      care: "Generalistische basis-GGZ",
      provider: "GGZ Beekdal",
      costCents: 320_000,
      kind: "REFERRAL",
    },
  },
  SAFETY: {
    family: "Iedereen in huis is veilig, ook als er ruzie is.",
    professional: "Geen nieuwe incidenten; het veiligheidsplan wordt nageleefd.",
    actions: ["Veiligheidsplan evalueren met het netwerk", "Agressieregulatietraining vader"],
    referral: {
      care: "Systeemgerichte traumabehandeling",
      provider: "GGZ Beekdal",
      costCents: 780_000,
      kind: "DECISION",
    },
  },
  SUBSTANCE_USE: {
    family: "Ik gebruik niet meer als de kinderen thuis zijn.",
    professional: "Gebruik gestabiliseerd; controles negatief.",
    actions: ["Ambulante behandeling verslavingszorg", "Urinecontroles (wekelijks)"],
  },
  DAILY_LIVING: {
    family: "Er is structuur in huis: vaste eettijden en een schoon huis.",
    professional: "Dagstructuur en huishouden op orde met ondersteuning.",
    actions: ["Huishoudelijke ondersteuning inzetten", "Weekplanning maken met het gezin"],
  },
  WORK: {
    family: "Ik heb weer werk of een zinvolle daginvulling.",
    professional: "Ouder is gestart met een re-integratietraject.",
    actions: ["Gesprek werkcoach gemeente", "Aanmelding werkervaringsplaats"],
  },
  DAYTIME_ACTIVITIES: {
    family: "Ik heb iets te doen overdag waar ik plezier in heb.",
    professional: "Jongere heeft een passende dagbesteding.",
    actions: ["Aanmelding dagbesteding", "Kennismaking sportvereniging"],
  },
  SOCIAL_NETWORK: {
    family: "We staan er niet meer alleen voor.",
    professional: "Netwerk versterkt: minstens twee mensen bieden vaste steun.",
    actions: ["Netwerkberaad organiseren", "Afspraken met oma over opvang"],
  },
  YOUTH_CARE: {
    family: "Ons kind krijgt de hulp die hij nodig heeft.",
    professional: "Passende jeugdhulp ingezet en afgestemd met school.",
    actions: ["Indicatie jeugdhulp aanvragen", "Afstemming jeugdhulp en school"],
    referral: {
      care: "Specialistische jeugdhulp ambulant",
      provider: "Jeugdhulp Beekdal",
      costCents: 950_000,
      kind: "DECISION",
    },
  },
};

interface Plan {
  id: string;
  version: number;
  goals: { id: string; domain: Domain; text: GoalText; subjects: DemoPerson[] }[];
}

/** The plan's domains: the casusregie's and the partners', those with a goal text, at most three. */
function planDomains(c: DemoCase, hasRegistration: boolean): Domain[] {
  const all = [...c.casusregieDomains, ...c.partners.flatMap((p) => p.domains)];
  return all
    .filter((d, i) => GOALS[d] && all.indexOf(d) === i)
    .filter((d) => d !== "YOUTH_CARE" || hasRegistration)
    .slice(0, 3);
}

async function makePlan(s: Seeder, c: DemoCase): Promise<Plan> {
  const day = during(s, c, "PLAN", 0.3);
  const ctx = s.as(c.casusregisseurId, day);
  const plan = await draftPlan(ctx, {
    caseId: c.id,
    perspective: `Over een jaar staan ${names(parents(c))} er weer zelf voor: de kinderen gaan naar school, het huis is veilig en rustig, en het gezin weet bij wie het terecht kan.`,
  });
  const goals: Plan["goals"] = [];
  for (const [i, domain] of planDomains(c, ctx.actor.hasRegistration).entries()) {
    const text = GOALS[domain]!;
    const subjects = subjectsFor(c, domain);
    const goal = await addGoal(s.as(c.casusregisseurId, day), {
      planId: plan.id,
      domain,
      subjectPersonIds: ids(subjects),
      familyWording: text.family,
      professionalWording: text.professional,
      priority: i === 0 ? "HIGH" : "MEDIUM",
      targetDate: addCalendarDays(c.reached.PLAN!, 270),
    });
    goals.push({ id: goal.id, domain, text, subjects });
  }
  return { id: plan.id, version: plan.version, goals };
}

/** On the day execution starts, the family agrees with the plan and the casusregisseur approves it. */
async function approve(s: Seeder, c: DemoCase, plan: Plan): Promise<void> {
  const day = c.reached.EXECUTION!;
  const agreed = await agreePlan(s.as(c.casusregisseurId, day), {
    planId: plan.id,
    version: plan.version,
    agreedByPersonIds: ids(parents(c).length ? parents(c) : c.persons.slice(0, 1)),
    agreedOn: day,
  });
  const approved = await approvePlan(
    s.as(c.casusregisseurId, day),
    { planId: plan.id, version: agreed.version },
    s.config.retentionYears,
  );
  plan.version = approved.version;
}

/** The team member that carries work in `domain`: a partner on that domain, else the casusregie. */
function ownerFor(c: DemoCase, domain: Domain): { organisationId: string; professionalId: string } {
  const partner = c.partners.find((p) => p.domains.includes(domain) && p.professionalId);
  return partner
    ? { organisationId: partner.organisationId, professionalId: partner.professionalId! }
    : { organisationId: c.casusregisseurOrganisationId, professionalId: c.casusregisseurId };
}

type ActionFate = "DONE" | "LATE" | "BLOCKED" | "IN_PROGRESS" | "PLANNED";

/** What happens to the actions of a case, goal by goal (two actions per goal). */
function fates(c: DemoCase): ActionFate[] {
  if (c.phase === "MONITORING" || c.phase === "CLOSED") return ["DONE", "DONE"];
  if (c.phase === "EVALUATION") return ["DONE", "IN_PROGRESS", "DONE", "LATE"];
  if (ON_TRACK.has(c.key)) return ["DONE", "IN_PROGRESS", "PLANNED", "DONE"];
  return ["DONE", "LATE", "IN_PROGRESS", "BLOCKED", "PLANNED", "LATE"];
}

async function planActions(s: Seeder, c: DemoCase, plan: Plan): Promise<void> {
  const start = c.reached.EXECUTION!;
  const pattern = fates(c);
  let n = 0;
  for (const goal of plan.goals) {
    for (const title of goal.text.actions) {
      const fate = pattern[n++ % pattern.length]!;
      const owner = ownerFor(c, goal.domain);
      const dueOn =
        fate === "PLANNED" || fate === "IN_PROGRESS"
          ? addCalendarDays(s.today, 14 + 7 * n)
          : fate === "LATE"
            ? s.day(start, Math.min(30, Math.max(1, calendarDaysBetween(start, s.today) - 10)))
            : addCalendarDays(start, 21 + 7 * n);
      const action = await addAction(s.as(c.casusregisseurId, start), {
        goalId: goal.id,
        title,
        ownerOrganisationId: owner.organisationId,
        ownerProfessionalId: owner.professionalId,
        dueOn: fate === "LATE" && dueOn >= s.today ? addCalendarDays(s.today, -1) : dueOn,
        status: fate === "BLOCKED" ? "BLOCKED" : "OPEN",
        statusReason:
          fate === "BLOCKED" ? "Wachtlijst bij de aanbieder; start niet voor komend kwartaal." : null,
      });
      if (fate === "DONE" || fate === "IN_PROGRESS") {
        const day = s.day(start, fate === "DONE" ? 14 + 5 * n : 7);
        await changeActionStatus(s.as(owner.professionalId, day), {
          actionId: action.id,
          version: action.version,
          status: fate,
          reason: fate === "DONE" ? "Afgerond en besproken met het gezin." : null,
        });
      }
    }
  }
}

async function recordReferrals(s: Seeder, c: DemoCase, plan: Plan): Promise<void> {
  const start = c.reached.EXECUTION!;
  const ended = c.phase === "MONITORING" || c.phase === "CLOSED";
  let i = 0;
  for (const goal of plan.goals) {
    const referral = goal.text.referral;
    if (!referral) continue;
    const startsOn = s.day(start, 7 + 14 * i);
    await recordReferral(s.as(c.casusregisseurId, startsOn), {
      caseId: c.id,
      goalId: goal.id,
      referralKind: referral.kind,
      care: referral.care,
      providerName: referral.provider,
      startsOn,
      endsOn: ended ? s.day(c.reached.MONITORING ?? s.today, -7) : addCalendarDays(startsOn, 180),
      costCents: referral.costCents,
      reference: `${referral.kind === "DECISION" ? "BS" : "VW"}-${startsOn.slice(0, 4)}-${String(1000 + i).slice(1)}`,
      domain: goal.domain === "MENTAL_HEALTH" || goal.domain === "SAFETY" ? goal.domain : "YOUTH_CARE",
      dataClass: "SPECIAL_CATEGORY",
      subjectPersonIds: ids(goal.subjects),
      legalBasis: legalBasis(c),
    });
    c.referralCents += referral.costCents;
    if (++i >= 2) break;
  }
}

async function measureResults(s: Seeder, c: DemoCase, plan: Plan): Promise<void> {
  const start = c.reached.EXECUTION!;
  const late = isPast(c, "EXECUTION");
  for (const [i, goal] of plan.goals.entries()) {
    const measuredOn = late ? during(s, c, "EXECUTION", 0.9) : s.day(start, Math.max(1, 20 + 5 * i));
    const status: ResultStatus = late
      ? i === 0
        ? "ACHIEVED"
        : "IMPROVING"
      : i % 2
        ? "IN_PROGRESS"
        : "IMPROVING";
    await recordResult(s.as(c.casusregisseurId, measuredOn), {
      goalId: goal.id,
      measuredOn,
      score: status === "ACHIEVED" ? 8 : status === "IMPROVING" ? 6 : 4,
      status,
      evidence:
        status === "ACHIEVED"
          ? "Doel behaald volgens gezin en partners; bevestigd in het evaluatiegesprek."
          : "Eerste verbeteringen zichtbaar volgens gezin en partners; nog niet stabiel.",
    });
  }
}

const ORGANISATION_LABEL: Partial<Record<OrganisationKind, string>> = {
  SCHOOL: "school",
  HUISARTS: "huisarts",
  JGZ: "jeugdverpleegkundige",
  GGZ: "GGZ-behandelaar",
  VERSLAVINGSZORG: "verslavingszorg",
  WONINGCORPORATIE: "woonconsulent",
  SCHULDHULP: "schuldhulpverlener",
  POLITIE: "wijkagent",
  VEILIG_THUIS: "Veilig Thuis",
  JEUGDBESCHERMING: "jeugdbescherming",
  RAAD_KINDERBESCHERMING: "Raad voor de Kinderbescherming",
};

/** Evaluations: one held when the evaluation phase began; the next one scheduled (in one case: missed). */
async function evaluate(s: Seeder, c: DemoCase): Promise<void> {
  const start = c.reached.EXECUTION!;
  const participants = [
    ...parents(c).map((p) => p.givenName),
    "casusregisseur",
    ...c.partners.slice(0, 2).map((p) => ORGANISATION_LABEL[p.organisationKind] ?? "partner"),
  ];
  if (c.reached.EVALUATION) {
    const heldOn = c.reached.EVALUATION;
    const scheduled = await scheduleEvaluation(s.as(c.casusregisseurId, start), {
      caseId: c.id,
      scheduledOn: heldOn,
      participants,
    });
    await holdEvaluation(s.as(c.casusregisseurId, heldOn), {
      evaluationId: scheduled.id,
      version: scheduled.version,
      heldOn,
      participants,
      conclusions:
        c.phase === "EVALUATION"
          ? "Doelen deels behaald. Het gezin wil doorgaan met de opvoedondersteuning; de partners blijven betrokken."
          : "Doelen grotendeels behaald; afgesproken om af te schalen naar monitoring met het netwerk als vangnet.",
    });
  }
  if (c.phase === "CLOSED") return;
  const span = calendarDaysBetween(start, s.today);
  const missed = EVALUATION_OVERDUE.has(c.key) && span > 20;
  await scheduleEvaluation(s.as(c.casusregisseurId, c.reached.EVALUATION ?? start), {
    caseId: c.id,
    scheduledOn: missed ? addCalendarDays(start, span - 10) : addCalendarDays(s.today, 21),
    participants,
  });
}

/**
 * Noodtoegang: a partner outside most of the grants (the GP or the police, else another partner) opens the
 * whole case in acute unsafety, two days ago; it waits for the privacy officer's review.
 */
async function breakGlass(s: Seeder, c: DemoCase): Promise<void> {
  if (!BREAK_GLASS.has(c.key)) return;
  const partner =
    c.partners.find(
      (p) => p.professionalId && (p.organisationKind === "HUISARTS" || p.organisationKind === "POLITIE"),
    ) ?? c.partners.find((p) => p.professionalId);
  if (!partner?.professionalId) return;
  await openBreakGlass(
    s.as(partner.professionalId, s.day(s.today, -2)),
    {
      caseId: c.id,
      justification: `Melding van acute onveiligheid bij ${names(children(c))} buiten kantoortijd; de casusregisseur was niet bereikbaar en ik had de veiligheidsafspraken nodig om te kunnen handelen.`,
    },
    s.config.breakGlassMinutes,
  );
}

/** The procesregisseur breaks the deadlock: an action that must happen, by a team partner, by a date. */
async function breakThrough(s: Seeder, c: DemoCase, plan: Plan): Promise<void> {
  if (!DOORBRAAK.has(c.key) || !c.procesregisseurId) return;
  const goal =
    plan.goals.find((g) => ownerFor(c, g.domain).organisationId !== c.casusregisseurOrganisationId) ??
    plan.goals[0];
  if (!goal) return;
  const owner = ownerFor(c, goal.domain);
  const day = s.day(s.today, -12);
  await recordDoorbraak(s.as(c.procesregisseurId, day), {
    goalId: goal.id,
    title: `Besluit: ${goal.text.actions[0].toLowerCase()} binnen twee weken geregeld`,
    description: "De afspraak ligt al maanden stil; de procesregisseur besluit dat het nu gebeurt.",
    ownerOrganisationId: owner.organisationId,
    ownerProfessionalId: owner.professionalId,
    dueOn: addCalendarDays(day, 21),
    authority: "Mandaat doorzettingsmacht procesregie, gemeente Lindehaven",
    heard: [names(parents(c)), "casusregisseur", "betrokken partners"],
  });
}

// ---------------------------------------------------------------------------------------------------------
// Meetings and scenarios (issue 17)

/** A decided meeting that put an action in the plan, and one under way with a proposal made too early. */
const MEETINGS: ReadonlySet<DemoCaseKey> = new Set(["veenstra", "koopmans"]);
/** The directors think in scenarios; one signal has been observed. */
const SCENARIOS: ReadonlySet<DemoCaseKey> = new Set(["koopmans", "veenstra"]);

/** A goal of the case's plan that is not superseded (the newest), for a decision's action; null without a plan. */
async function openGoal(s: Seeder, c: DemoCase): Promise<{ id: string; domain: Domain } | null> {
  const { dossierItems, plans } = tables;
  const [goal] = await s.db
    .select({ id: dossierItems.id, domain: dossierItems.domain })
    .from(dossierItems)
    .innerJoin(plans, eq(plans.itemId, dossierItems.parentItemId))
    .where(
      and(eq(dossierItems.caseId, c.id), eq(dossierItems.kind, "GOAL"), sql`${plans.status} <> 'SUPERSEDED'`),
    )
    .orderBy(asc(dossierItems.createdAt))
    .limit(1);
  return goal ?? null;
}

async function holdMeetings(s: Seeder, c: DemoCase): Promise<void> {
  if (!MEETINGS.has(c.key) || c.phase === "CLOSED" || !hasReached(c, "INVENTORY")) return;
  const partners = c.partners.filter((p) => p.professionalId).slice(0, 3);
  if (partners.length === 0) return;
  const family = [...parents(c).slice(0, 1), ...children(c).filter((p) => p.age >= 12)].map((p) => p.id);
  const director = c.casusregisseurId;
  const contribute = async (
    who: DemoTeamMember,
    meetingId: string,
    day: string,
    contributionKind: "INFORMATION" | "JUDGEMENT" | "PROPOSAL",
    body: string,
  ) =>
    contributeToMeeting(s.as(who.professionalId!, day), {
      meetingId,
      contributionKind,
      body,
      domain: who.domains[0] ?? "FAMILY_RELATIONS",
      subjectPersonIds: children(c).map((p) => p.id),
    });

  // Held ten days ago: question, picture, judgement, decision with an action.
  const heldOn = s.day(s.today, -10);
  const as = s.as(director, heldOn);
  let meeting = await planMeeting(as, {
    caseId: c.id,
    question: `Wat hebben ${names(children(c))} nodig om de komende maanden rust te ervaren, thuis en op school?`,
    heldOn,
    participantProfessionalIds: partners.map((p) => p.professionalId!),
    familyPersonIds: family,
  });
  const move = async (phase: "IMAGE_FORMING" | "JUDGEMENT" | "DECISION", day: string) => {
    meeting = await moveMeetingPhase(s.as(director, day), {
      meetingId: meeting.id,
      version: meeting.version,
      phase,
    });
  };
  await move("IMAGE_FORMING", heldOn);
  await contribute(
    partners[0]!,
    meeting.id,
    heldOn,
    "INFORMATION",
    "Na de wisseldagen is het kind de eerste dag moe en stil; de rest van de week gaat het beter.",
  );
  if (partners[1]) {
    await contribute(
      partners[1],
      meeting.id,
      heldOn,
      "INFORMATION",
      "In de behandeling komt de spanning tussen de ouders steeds terug als belangrijkste zorg.",
    );
  }
  await move("JUDGEMENT", heldOn);
  await contribute(
    partners[0]!,
    meeting.id,
    heldOn,
    "JUDGEMENT",
    "De onrust hangt samen met de overdracht tussen de ouders, niet met de school zelf.",
  );
  await move("DECISION", heldOn);
  const goal = await openGoal(s, c);
  await recordMeetingDecision(as, {
    meetingId: meeting.id,
    version: meeting.version,
    decision:
      "De wisseldag gaat naar vrijdag; school en ouders stemmen de overdracht af in een kort gesprek per maand.",
    actions: goal
      ? [
          {
            goalId: goal.id,
            title: "Maandelijks overdrachtsgesprek ouders en school plannen",
            ownerOrganisationId: ownerFor(c, goal.domain).organisationId,
            dueOn: addCalendarDays(heldOn, 21),
          },
        ]
      : [],
  });

  // Next week, under way: the picture is being formed and someone already proposes.
  const next = await planMeeting(s.as(director, s.today), {
    caseId: c.id,
    question: "Is de afgesproken aanpak genoeg, of moet de casus naar een andere tafel?",
    heldOn: s.day(s.today, 5),
    participantProfessionalIds: partners.map((p) => p.professionalId!),
    familyPersonIds: family.slice(0, 1),
  });
  await moveMeetingPhase(s.as(director, s.today), {
    meetingId: next.id,
    version: next.version,
    phase: "IMAGE_FORMING",
  });
  await contribute(
    partners[0]!,
    next.id,
    s.today,
    "INFORMATION",
    "Het verzuim is de afgelopen drie weken gedaald van drie naar één dag per week.",
  );
  if (partners[1]) {
    await contribute(
      partners[1],
      next.id,
      s.today,
      "PROPOSAL",
      "Ik stel voor om de gezinsbehandeling uit te breiden naar twee keer per week.",
    );
  }
}

async function thinkInScenarios(s: Seeder, c: DemoCase): Promise<void> {
  if (!SCENARIOS.has(c.key) || c.phase === "CLOSED" || !hasReached(c, "INVENTORY")) return;
  const parent = parents(c)[0]?.givenName ?? "de ouder";
  const drang = c.framework !== "VOLUNTARY";
  const day = s.day(s.today, -30);
  await setCaseScenarios(s.as(c.casusregisseurId, day), {
    caseId: c.id,
    factors: [
      {
        question: `Gaat ${parent} meewerken aan het plan?`,
        outcomes: [`${parent} werkt mee`, `${parent} werkt niet mee`],
      },
      drang
        ? { question: "Wat beslist de rechter?", outcomes: ["Ondertoezichtstelling", "Geen maatregel"] }
        : {
            question: "Lukt het de ouders om samen afspraken te maken?",
            outcomes: ["Afspraken lukken", "Afspraken lukken niet"],
          },
    ],
    scenarios: drang
      ? [
          {
            key: "0-0",
            response: "Samenwerken met de gezinsvoogd binnen de ondertoezichtstelling; de hulp loopt door.",
            signals: [`${parent} belt zelf de gezinsvoogd`],
          },
          {
            key: "0-1",
            response: "Vrijwillig verder met het gezinsplan en over drie maanden evalueren.",
            signals: ["Afspraken worden nagekomen zonder herinnering"],
          },
          {
            key: "1-0",
            response: "De gezinsvoogd neemt de regie; de partners sluiten aan bij het plan van aanpak.",
            signals: [`${parent} zegt twee afspraken achter elkaar af`],
          },
          {
            key: "1-1",
            response: "Terug naar het Jeugdbeschermingsplein met wat niet lukt.",
            signals: ["De kinderen verzuimen weer school", "Er komt een nieuwe melding binnen"],
          },
        ]
      : [
          {
            key: "0-0",
            response: "Het plan uitvoeren zoals afgesproken en over drie maanden evalueren.",
            signals: ["Afspraken worden nagekomen zonder herinnering"],
          },
          {
            key: "0-1",
            response:
              "Bemiddeling tussen de ouders inzetten; de casusregisseur bewaakt de afspraken voor de kinderen.",
            signals: ["De ouders spreken elkaar alleen via de kinderen"],
          },
          {
            key: "1-0",
            response: "Met de andere ouder en het netwerk de zorg voor de kinderen verdelen.",
            signals: [`${parent} zegt twee afspraken achter elkaar af`],
          },
          {
            key: "1-1",
            response: "Opschalen naar de volgende tafel: drang overwegen.",
            signals: ["De kinderen verzuimen weer school", "Er komt een nieuwe melding binnen"],
          },
        ],
  });
  const [signal] = await s.db
    .select({ id: tables.scenarioSignals.id })
    .from(tables.scenarioSignals)
    .where(
      and(
        eq(tables.scenarioSignals.caseId, c.id),
        eq(tables.scenarioSignals.description, "Afspraken worden nagekomen zonder herinnering"),
      ),
    );
  if (signal)
    await observeScenarioSignal(s.as(c.casusregisseurId, s.day(s.today, -7)), { signalId: signal.id });
}

/**
 * The Jeugdbeschermingsplein: a session two weeks ago decided on Gezin Timmermans (drang, review in three
 * months); the next session, in two days, has Gezin Koopmans and Gezin Ramautar on its agenda with the
 * summaries its members read.
 */
async function seedTableSessions(s: Seeder, demoCases: readonly DemoCase[]): Promise<void> {
  const planner = DEMO.professionals.procesregisseur;
  const chair = DEMO.professionals.procesregisseurRuud;
  const table = DEMO.escalationTables.jeugdbeschermingsplein;
  const timmermans = demoCases.find((c) => c.key === "timmermans");
  const koopmans = demoCases.find((c) => c.key === "koopmans");
  const ramautar = demoCases.find((c) => c.key === "ramautar");
  if (timmermans) {
    const held = s.day(s.today, -14);
    const past = await planTableSession(s.as(planner, s.day(s.today, -21)), { tableId: table, heldOn: held });
    const entry = await putCaseOnAgenda(s.as(timmermans.casusregisseurId, s.day(s.today, -20)), {
      sessionId: past.id,
      caseId: timmermans.id,
      question: "Is drang met monitoring nog nodig, nu de thuisplaatsing bijna rond is?",
      preparationSummary:
        "Na de interventie van Veilig Thuis is de dochter bijna volledig thuis. Afspraken over veiligheid worden nagekomen; de gezinsbehandeling loopt. Vraag: drang voortzetten met monitoring of afschalen.",
      legalBasis: "LEGAL_TASK",
    });
    for (const phase of ["IMAGE_FORMING", "JUDGEMENT", "DECISION"] as const)
      await moveAgendaPhase(s.as(chair, held), { entryId: entry.id, phase });
    await recordAgendaOutcome(s.as(chair, held), {
      entryId: entry.id,
      outcome: "DRANG",
      decision: "Drang met monitoring voortzetten tot de thuisplaatsing drie maanden stabiel is.",
      carriedByProfessionalId: timmermans.casusregisseurId,
      nextReviewOn: s.day(s.today, 76),
    });
  }
  const next =
    koopmans || ramautar
      ? await planTableSession(s.as(planner, s.today), { tableId: table, heldOn: s.day(s.today, 2) })
      : null;
  if (koopmans && next) {
    await putCaseOnAgenda(s.as(koopmans.casusregisseurId, s.today), {
      sessionId: next.id,
      caseId: koopmans.id,
      question: "Volstaat vrijwillige hulp, of is een verzoek tot onderzoek aan de Raad nodig?",
      preparationSummary:
        "Meervoudige problematiek: schulden, somberheid van moeder en schoolverzuim van de oudste. Afspraken lopen wisselend; de veiligheid is nu voldoende. Vraag aan de tafel: drang met doelen en monitoring, of een verzoek tot onderzoek.",
      legalBasis: "LEGAL_TASK",
    });
  }
  if (ramautar && next) {
    await putCaseOnAgenda(s.as(ramautar.casusregisseurId, s.today), {
      sessionId: next.id,
      caseId: ramautar.id,
      question: "Is drang nog genoeg nu Ravi steeds vaker met de politie in aanraking komt?",
      preparationSummary:
        "Ravi (15) verzuimt, gebruikt cannabis en is in beeld bij een jeugdgroep; ouders willen hulp maar houden afspraken niet vol. Drang loopt sinds drie maanden. Vraag aan de tafel: drang voortzetten met strakkere doelen, of een verzoek tot onderzoek.",
      legalBasis: "LEGAL_TASK",
    });
  }
}

/**
 * "Niet of dubbel besproken": Gezin Hoekstra was brought to the Jeugdbeschermingsplein three weeks ago and is on
 * none of its agendas yet — the portfolio signal a procesregisseur acts on.
 */
async function seedAwaitingAgenda(s: Seeder, demoCases: readonly DemoCase[]): Promise<void> {
  const hoekstra = demoCases.find((c) => c.key === "hoekstra");
  if (!hoekstra?.procesregisseurId) return;
  const [current] = await s.db
    .select({ version: tables.cases.version })
    .from(tables.cases)
    .where(eq(tables.cases.id, hoekstra.id));
  await escalateCase(s.as(hoekstra.procesregisseurId, s.day(s.today, -21)), {
    caseId: hoekstra.id,
    version: current!.version,
    tableId: DEMO.escalationTables.jeugdbeschermingsplein,
    reason:
      "Drang loopt vast: afspraken over schoolgang en hulp bij de opvoeding worden niet nagekomen. Vraag aan het plein of een verzoek tot onderzoek nodig is.",
  });
}

// ---------------------------------------------------------------------------------------------------------
// Follow-up by the directors: budget, regiegesprekken, monitoring

const OPEN_PHASES: readonly CasePhase[] = [
  "INVENTORY",
  "ANALYSIS",
  "PLAN",
  "EXECUTION",
  "EVALUATION",
  "MONITORING",
];

async function caseVersion(s: Seeder, c: DemoCase): Promise<number> {
  const [row] = await s.db
    .select({ version: tables.cases.version })
    .from(tables.cases)
    .where(eq(tables.cases.id, c.id));
  return row!.version;
}

/** The procesregisseur sets a budget on open cases: room for the care granted, or (a few) less than it costs. */
async function setBudget(s: Seeder, c: DemoCase): Promise<void> {
  if (!c.procesregisseurId || !OPEN_PHASES.includes(c.phase)) return;
  const euros = 100 * 100; // € 100 in cents
  const over = OVER_BUDGET.has(c.key) && c.referralCents > 0;
  const amountCents = over
    ? Math.floor((c.referralCents * 0.75) / (50 * euros)) * 50 * euros
    : Math.ceil((c.referralCents * 1.3) / (10 * euros)) * 10 * euros + 50 * euros;
  await setCaseBudget(s.as(c.procesregisseurId, c.reached.PLAN ?? c.reached.INVENTORY!), {
    caseId: c.id,
    version: await caseVersion(s, c),
    amountCents,
    reason: over
      ? "Budget volgens de eerste inschatting; de beschikkingen vallen hoger uit."
      : "Budget afgesproken in het regieoverleg, met ruimte voor de ingezette zorg.",
  });
}

/** Regiegesprekken of procesregisseur and casusregisseur on the main procesregisseur's cases. */
async function recordCheckIns(s: Seeder, c: DemoCase): Promise<void> {
  if (c.procesregisseurId !== DEMO.professionals.procesregisseur || !OPEN_PHASES.includes(c.phase)) return;
  const late = CHECK_IN_OVERDUE.has(c.key);
  const latest = s.day(s.today, late ? -63 : -20);
  const heldOn = latest < c.openedOn ? c.openedOn : latest;
  await recordCheckIn(s.as(c.procesregisseurId, heldOn), {
    caseId: c.id,
    heldOn,
    cooperation: late
      ? "De partners wachten op elkaar; de casusregisseur trekt de kar alleen."
      : "De samenwerking in het team loopt; afspraken worden nagekomen.",
    budget: c.referralCents > 0 ? "De ingezette zorg past binnen de afspraken." : null,
    obstacles: late ? "Wachtlijst bij de jeugdhulp; school en wijkteam stemmen niet af." : null,
    nextCheckInOn: late ? addCalendarDays(heldOn, 42) : null,
  });
}

/** Cases in monitoring get their follow-up date (in one case it passed without anyone looking). */
async function followUpMonitoring(s: Seeder, c: DemoCase): Promise<void> {
  if (c.phase !== "MONITORING") return;
  const passed = FOLLOW_UP_PASSED.has(c.key);
  const reviewedOn = passed ? s.day(c.reached.MONITORING!, 3) : s.day(s.today, -2);
  await recordMonitoringReview(
    s.as(c.casusregisseurId, reviewedOn),
    {
      caseId: c.id,
      version: await caseVersion(s, c),
      outcome: "CONTINUE",
      note: "Het gaat goed; het netwerk is betrokken. Afgesproken wanneer we opnieuw kijken.",
      nextFollowUpOn: passed ? s.day(s.today, -6) : addCalendarDays(s.today, 45),
    },
    s.config.retentionYears,
  );
}
