import { randomUUID } from "node:crypto";
import { DEMO, tables, type Database } from "@regiehub/db";
import type { CasePhase, ChangeKind, Domain, LegalBasis } from "@regiehub/domain";
import { PEOPLE, type BenchLoader, type Person } from "./loader";

// The portfolio row's data: procesregisseurs of their own (one per size, so each portfolio holds exactly its
// cases) and cases directed by them with the process facts the portfolio reads, written as the API writes
// them: the case with its phase history (case_phase_transitions), persons, team (with domains) and a grant;
// the family plan (PLAN + plans, a second version for some cases with the first SUPERSEDED), goals, actions
// (done, open with a due date — some past it —, blocked, cancelled, now and then a doorbraak), a result,
// evaluations held and scheduled, referrals with costs, for some a safety assessment (a few acute), a few
// observations and notes; for every change one processing-log entry and one outbox event (the loader's
// appendLogEntries / appendEvents), including the case's own changes (opened, phase moves, a hand-over of the
// casusregisseur for some). Deterministic per seed.

const O = DEMO.organisations;
const DAY = 86_400_000;

/** A procesregisseur of the gemeente, created for the bench (the directory row the demo seed writes). */
export async function createProcesregisseur(db: Database, key: string): Promise<Person> {
  const id = randomUUID();
  await db.insert(tables.professionals).values({
    id,
    organisationId: O.gemeente,
    name: `Procesregisseur ${key} (bench)`,
    email: `procesregisseur.${key}.${id.slice(0, 8)}@bench.invalid`,
    role: "PROCESREGISSEUR",
  });
  return { professionalId: id, organisationId: O.gemeente, role: "PROCESREGISSEUR" };
}

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The phases in order, as the forward path of a case goes (packages/domain/src/phases.ts). */
const PATH: CasePhase[] = [
  "SIGNAL",
  "INVENTORY",
  "ANALYSIS",
  "PLAN",
  "EXECUTION",
  "EVALUATION",
  "MONITORING",
];
/** Where the portfolio's cases are: most in execution; a few closed. */
const PHASE_WEIGHTS: [CasePhase, number][] = [
  ["INVENTORY", 0.08],
  ["ANALYSIS", 0.08],
  ["PLAN", 0.1],
  ["EXECUTION", 0.44],
  ["EVALUATION", 0.12],
  ["MONITORING", 0.13],
  ["CLOSED", 0.05],
];
const GOAL_DOMAINS: Domain[] = [
  "FINANCES",
  "HOUSING",
  "PARENTING",
  "MENTAL_HEALTH",
  "EDUCATION",
  "SUBSTANCE_USE",
  "WORK",
];
/** The partners on a portfolio case's team, with the life domains they carry. */
const TEAM: { who: Person; domains: Domain[] }[] = [
  { who: PEOPLE.partner, domains: ["FINANCES", "WORK"] },
  { who: PEOPLE.woonconsulent, domains: ["HOUSING"] },
  { who: PEOPLE.verslavingszorg, domains: ["SUBSTANCE_USE", "MENTAL_HEALTH"] },
];

type Item = typeof tables.dossierItems.$inferInsert;
type Change = Parameters<BenchLoader["writeChanges"]>[1][number];

export interface PortfolioLoad {
  procesregisseur: Person;
  cases: number;
  key: string;
  seed: number;
  /** Observations and notes per case (besides the process items). */
  notesPerCase?: number;
  now?: Date;
  /** Cases per transaction. */
  batch?: number;
}

export interface PortfolioLoadStats {
  cases: number;
  items: number;
  changes: number;
  /** Cases with at least one open action past its due date (as the loader wrote them, against `now`). */
  withOverdueActions: number;
}

/** Writes `cases` portfolio cases directed by `procesregisseur`, `batch` cases per transaction. */
export async function addPortfolioCases(
  loader: BenchLoader,
  db: Database,
  o: PortfolioLoad,
): Promise<PortfolioLoadStats> {
  const now = o.now ?? new Date();
  const batch = o.batch ?? 50;
  const notesPerCase = o.notesPerCase ?? 6;
  const next = prng(o.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const stats: PortfolioLoadStats = { cases: 0, items: 0, changes: 0, withOverdueActions: 0 };

  for (let start = 0; start < o.cases; start += batch) {
    const n = Math.min(batch, o.cases - start);
    const rows = {
      cases: [] as (typeof tables.cases.$inferInsert)[],
      persons: [] as (typeof tables.persons.$inferInsert)[],
      team: [] as (typeof tables.caseTeamMembers.$inferInsert)[],
      grants: [] as (typeof tables.consentGrants.$inferInsert)[],
      transitions: [] as (typeof tables.casePhaseTransitions.$inferInsert)[],
      items: [] as Item[],
      plans: [] as (typeof tables.plans.$inferInsert)[],
      goals: [] as (typeof tables.goals.$inferInsert)[],
      actions: [] as (typeof tables.actions.$inferInsert)[],
      results: [] as (typeof tables.results.$inferInsert)[],
      evaluations: [] as (typeof tables.evaluations.$inferInsert)[],
      referrals: [] as (typeof tables.referrals.$inferInsert)[],
      safety: [] as (typeof tables.safetyAssessments.$inferInsert)[],
      observations: [] as (typeof tables.observations.$inferInsert)[],
      notes: [] as (typeof tables.notes.$inferInsert)[],
    };
    const changes: Change[] = [];

    for (let k = 0; k < n; k++) {
      const i = start + k;
      const caseId = randomUUID();
      const casusregisseur = next() < 0.8 ? PEOPLE.director : PEOPLE.jeugdbescherming;
      const ageDays = 30 + Math.floor(next() * 670);
      const opened = new Date(now.getTime() - ageDays * DAY);
      const r = next();
      let acc = 0;
      const phase = PHASE_WEIGHTS.find(([, w]) => (acc += w) >= r)?.[0] ?? "EXECUTION";
      const reached = phase === "CLOSED" ? PATH.length - 1 : PATH.indexOf(phase);
      // Phase moves spread over the case's life; the last one (into the current phase) some weeks ago.
      const moves: { from: CasePhase; to: CasePhase; at: Date }[] = [];
      const steps = reached + (phase === "CLOSED" ? 1 : 0);
      for (let s = 1; s <= steps; s++) {
        const to = s <= reached ? PATH[s]! : "CLOSED";
        const from = s <= reached ? PATH[s - 1]! : PATH[reached]!;
        moves.push({ from, to, at: new Date(opened.getTime() + (ageDays * DAY * s) / (steps + 1)) });
      }
      const at = (fraction: number) => new Date(opened.getTime() + ageDays * DAY * fraction);
      const personIds = [randomUUID(), randomUUID(), randomUUID()];
      const parents = personIds.slice(0, 2);
      const closedOn = phase === "CLOSED" ? day(moves.at(-1)!.at) : null;
      rows.cases.push({
        id: caseId,
        reference: `BENCH-P-${o.key}-${i}`,
        title: `Gezin ${o.key}-${i} (bench)`,
        municipality: DEMO.municipality,
        phase,
        framework: next() < 0.85 ? "VOLUNTARY" : "DRANG",
        escalationLevel: next() < 0.85 ? 0 : next() < 0.7 ? 1 : 2,
        casusregisseurId: casusregisseur.professionalId,
        procesregisseurId: o.procesregisseur.professionalId,
        openedOn: day(opened),
        closedOn,
        // As closing sets it (the retention period after the closing date; 20 years, the hub's default).
        retainUntil: closedOn ? `${Number(closedOn.slice(0, 4)) + 20}${closedOn.slice(4)}` : null,
        budgetCents: next() < 0.7 ? 500_000 + Math.floor(next() * 4_500_000) : null,
        createdAt: opened,
        updatedAt: moves.at(-1)?.at ?? opened,
      });
      const caseChange = (
        kind: ChangeKind,
        actor: Person,
        fields: string[],
        when: Date,
        subjectPersonIds: string[] = [],
        detail?: string,
      ) => {
        const entry = loader.entry(
          actor,
          caseId,
          kind,
          { subjectPersonIds, fields, legalBasis: "LEGAL_TASK" },
          when,
        );
        changes.push({ actor, caseId, kind, itemIds: [], entry: { ...entry, detail: detail ?? null } });
      };
      caseChange("CASE_OPENED", casusregisseur, ["Case.title", "Case.municipality"], opened);
      personIds.forEach((id, p) => {
        rows.persons.push({
          id,
          caseId,
          givenName: ["Fatima", "Johan", "Noor"][p]!,
          familyName: `Portefeuille${o.key}`,
          birthDate: p < 2 ? "1983-02-17" : "2014-06-03",
          householdRole: p < 2 ? "PARENT" : "CHILD",
          createdAt: opened,
          updatedAt: opened,
        });
        caseChange("PERSON_ADDED", casusregisseur, ["Person.givenName", "Person.familyName"], opened, [id]);
      });
      rows.team.push({
        caseId,
        organisationId: casusregisseur.organisationId,
        professionalId: casusregisseur.professionalId,
        responsibility: "casusregie",
        addedByProfessionalId: casusregisseur.professionalId,
        addedAt: opened,
      });
      const team = TEAM.filter(() => next() < 0.75);
      for (const member of team) {
        rows.team.push({
          caseId,
          organisationId: member.who.organisationId,
          professionalId: member.who.professionalId,
          responsibility: "partner",
          domains: member.domains,
          addedByProfessionalId: casusregisseur.professionalId,
          addedAt: opened,
        });
      }
      for (let t = 0; t <= team.length; t++) {
        caseChange("TEAM_MEMBER_ADDED", casusregisseur, ["CaseTeamMember.organisation"], opened);
      }
      rows.grants.push({
        caseId,
        granteeOrganisationId: PEOPLE.partner.organisationId,
        subjectPersonIds: parents,
        domains: ["FINANCES"],
        dataClasses: ["GENERAL"],
        purpose: "Schuldhulpverlening (bench)",
        legalBasis: "CONSENT",
        validFrom: opened,
        evidenceReference: "Formulier B-1",
        recordedByProfessionalId: casusregisseur.professionalId,
      });
      caseChange("ACCESS_GRANTED", casusregisseur, ["ConsentGrant"], opened, parents);
      for (const move of moves) {
        rows.transitions.push({
          caseId,
          fromPhase: move.from,
          toPhase: move.to,
          reason: move.to === "CLOSED" ? "Doelen bereikt" : null,
          byProfessionalId: casusregisseur.professionalId,
          at: move.at,
        });
        caseChange(
          "PHASE_CHANGED",
          casusregisseur,
          ["Case.phase"],
          move.at,
          [],
          `phase ${move.from} -> ${move.to}`,
        );
      }
      // A hand-over of the casusregisseur (the procesregisseur decides) in some cases.
      if (next() < 0.1) {
        caseChange(
          "DIRECTORS_CHANGED",
          o.procesregisseur,
          ["Case.casusregisseurId", "Case.procesregisseurId"],
          at(0.3),
        );
      }

      const item = (
        kind: Item["kind"],
        when: Date,
        fields: string[],
        extra: Partial<Item> = {},
        author: Person = casusregisseur,
        legalBasis: LegalBasis = "LEGAL_TASK",
      ): string => {
        const id = randomUUID();
        const subjectPersonIds = extra.subjectPersonIds ?? parents;
        rows.items.push({
          id,
          caseId,
          kind,
          domain: "FAMILY_RELATIONS",
          dataClass: "GENERAL",
          subjectPersonIds,
          authorProfessionalId: author.professionalId,
          authorOrganisationId: author.organisationId,
          sourceKind: "OWN_OBSERVATION",
          legalBasis,
          createdAt: when,
          updatedAt: when,
          ...extra,
        });
        changes.push({
          actor: author,
          caseId,
          kind: "ITEM_RECORDED",
          itemIds: [id],
          entry: loader.entry(
            author,
            caseId,
            "ITEM_RECORDED",
            { subjectPersonIds, itemIds: [id], fields, legalBasis },
            when,
          ),
        });
        return id;
      };
      const itemChange = (
        kind: ChangeKind,
        id: string,
        fields: string[],
        when: Date,
        actor: Person = casusregisseur,
      ) =>
        changes.push({
          actor,
          caseId,
          kind,
          itemIds: [id],
          entry: loader.entry(
            actor,
            caseId,
            kind,
            { subjectPersonIds: parents, itemIds: [id], fields, legalBasis: "LEGAL_TASK" },
            when,
          ),
        });

      // Observations and notes over the case's life.
      for (let m = 0; m < notesPerCase; m++) {
        const when = at((m + 1) / (notesPerCase + 1));
        const domain = pick(GOAL_DOMAINS);
        if (next() < 0.7) {
          const id = item(
            "OBSERVATION",
            when,
            ["Observation.observationKind", "Observation.statement"],
            { domain },
            next() < 0.6 ? casusregisseur : pick(team.map((t) => t.who).concat(casusregisseur)),
          );
          rows.observations.push({
            itemId: id,
            observationKind: pick(["FACT", "OPINION", "CONCERN"] as const),
            statement: "Het gezin geeft aan dat de afspraken grotendeels worden nagekomen.",
          });
        } else {
          const id = item("NOTE", when, ["Note.title", "Note.body", "Note.occurredOn"], { domain });
          rows.notes.push({
            itemId: id,
            title: `Gesprek ${m + 1}`,
            body: "Huisbezoek; de voortgang op de doelen is besproken met beide ouders.",
            occurredOn: day(when),
          });
        }
      }
      // A safety assessment in some cases; a few judged acute.
      if (next() < 0.25) {
        const acute = next() < 0.12;
        const when = at(0.2 + next() * 0.7);
        const id = item(
          "SAFETY_ASSESSMENT",
          when,
          ["SafetyAssessment.score", "SafetyAssessment.riskLevel", "SafetyAssessment.acute"],
          { domain: "SAFETY", dataClass: "CHILD_SAFETY", subjectPersonIds: [personIds[2]!] },
        );
        rows.safety.push({
          itemId: id,
          score: acute ? 2 : 5 + Math.floor(next() * 5),
          riskLevel: acute ? "HIGH" : pick(["LOW", "MEDIUM"] as const),
          acute,
          dangerStatements: [{ danger: "Spanningen thuis", safetyGoal: "Een veilige thuissituatie" }],
          instrument: "ARIJ",
          assessedOn: day(when),
        });
      }

      // The family plan from the PLAN phase on: drafted, then approved when the case moved into execution.
      const reachedPlan = reached >= PATH.indexOf("PLAN");
      if (!reachedPlan) continue;
      const planMove = moves.find((m) => m.to === "PLAN")!;
      const execution = moves.find((m) => m.to === "EXECUTION");
      const versions = execution && next() < 0.3 ? 2 : 1;
      let current = "";
      let approvedOn: Date | undefined;
      const secondApproval = () => {
        const drafted = (execution!.at.getTime() + now.getTime()) / 2;
        return day(new Date(drafted + Math.min(14 * DAY, (now.getTime() - drafted) / 2)));
      };
      for (let v = 1; v <= versions; v++) {
        // A second version: drafted halfway between execution and now, approved some days later.
        const drafted = v === 1 ? planMove.at : new Date((execution!.at.getTime() + now.getTime()) / 2);
        const approved = execution
          ? v === 1
            ? execution.at
            : new Date(drafted.getTime() + Math.min(14 * DAY, (now.getTime() - drafted.getTime()) / 2))
          : undefined;
        const supersededOn = v < versions ? secondApproval() : null;
        const status = !approved ? "DRAFT" : v < versions ? "SUPERSEDED" : "APPROVED";
        const id = item("PLAN", drafted, ["Plan.number", "Plan.status", "Plan.perspective"], {
          subjectPersonIds: personIds,
          updatedAt: approved ?? drafted,
        });
        rows.plans.push({
          itemId: id,
          caseId,
          number: v,
          status,
          perspective: "Een stabiel gezin met een eigen inkomen en een veilige woning.",
          agreedByPersonIds: approved ? parents : [],
          agreedOn: approved ? day(approved) : null,
          agreementRecordedByProfessionalId: approved ? casusregisseur.professionalId : null,
          approvedOn: approved ? day(approved) : null,
          approvedByProfessionalId: approved ? casusregisseur.professionalId : null,
          supersededOn,
        });
        if (approved) {
          itemChange("PLAN_STATUS_CHANGED", id, ["Plan.status", "Plan.agreedOn"], approved);
          itemChange(
            "PLAN_STATUS_CHANGED",
            id,
            ["Plan.status", "Plan.approvedOn", "Plan.approvedBy"],
            approved,
          );
          approvedOn = approved;
        }
        current = id;
      }

      const goalsDomains = [...new Set([pick(GOAL_DOMAINS), pick(GOAL_DOMAINS), pick(GOAL_DOMAINS)])];
      const planDrafted = rows.items.find((it) => it.id === current)!.createdAt as Date;
      let overdue = false;
      for (const domain of goalsDomains) {
        const goalId = item(
          "GOAL",
          planDrafted,
          ["Goal.familyWording", "Goal.professionalWording", "Goal.priority", "Goal.targetDate"],
          { domain, parentItemId: current },
        );
        rows.goals.push({
          itemId: goalId,
          lineageId: randomUUID(),
          familyWording: "Wij willen rust in huis en geen achterstanden meer.",
          professionalWording: "Het gezin heeft een stabiele financiële en woonsituatie.",
          priority: pick(["HIGH", "MEDIUM", "LOW"] as const),
          targetDate: day(new Date(now.getTime() + 120 * DAY)),
        });
        if (!approvedOn) continue;
        // Two or three actions per goal.
        const count = 2 + Math.floor(next() * 2);
        for (let a = 0; a < count; a++) {
          const created = new Date(Math.min(approvedOn.getTime() + a * 7 * DAY, now.getTime() - DAY));
          const s = next();
          const status =
            phase === "CLOSED" || phase === "MONITORING"
              ? "DONE"
              : s < 0.4
                ? "DONE"
                : s < 0.65
                  ? "OPEN"
                  : s < 0.88
                    ? "IN_PROGRESS"
                    : s < 0.94
                      ? "BLOCKED"
                      : "CANCELLED";
          const open = status === "OPEN" || status === "IN_PROGRESS" || status === "BLOCKED";
          const late = open && next() < 0.3;
          const dueOn = late
            ? new Date(now.getTime() - (1 + Math.floor(next() * 60)) * DAY)
            : new Date(now.getTime() + (3 + Math.floor(next() * 90)) * DAY);
          if (late) overdue = true;
          const changed =
            status === "OPEN"
              ? created
              : new Date(created.getTime() + (now.getTime() - created.getTime()) * next());
          const owner = pick(team.map((t) => t.who).concat(casusregisseur));
          const doorbraak = open && next() < 0.03;
          const actionId = item(
            "ACTION",
            created,
            ["Action.title", "Action.ownerOrganisation", "Action.dueOn", "Action.status"],
            { domain, parentItemId: goalId, updatedAt: changed },
            doorbraak ? o.procesregisseur : casusregisseur,
          );
          rows.actions.push({
            itemId: actionId,
            title: "Afspraak maken en opvolgen",
            ownerOrganisationId: owner.organisationId,
            ownerProfessionalId: owner.professionalId,
            dueOn: day(dueOn),
            status,
            statusReason: status === "BLOCKED" || status === "CANCELLED" ? "Wacht op de aanbieder" : null,
            statusChangedAt: changed,
            doorbraakAuthority: doorbraak ? "Mandaat college, doorzettingsmacht" : null,
            doorbraakHeard: doorbraak ? ["casusregisseur", "gezin"] : null,
            doorbraakDecidedOn: doorbraak ? day(created) : null,
          });
          if (status !== "OPEN") {
            itemChange(
              "ACTION_STATUS_CHANGED",
              actionId,
              ["Action.status", "Action.statusReason", "Action.statusChangedAt"],
              changed,
            );
          }
        }
      }
      if (overdue) stats.withOverdueActions++;
      if (!approvedOn) continue;

      // A result measured against the first goal.
      const firstGoal = rows.goals.at(-goalsDomains.length)!.itemId;
      const measured = at(0.8 + next() * 0.15);
      const resultId = item(
        "RESULT",
        measured,
        ["Result.measuredOn", "Result.score", "Result.status", "Result.evidence"],
        { parentItemId: firstGoal },
      );
      rows.results.push({
        itemId: resultId,
        measuredOn: day(measured),
        score: 4 + Math.floor(next() * 5),
        status: "IN_PROGRESS",
        evidence: "Betalingsachterstand is gehalveerd.",
      });
      // Evaluations: one held some months after approval (in the later phases), the next one scheduled — for
      // some cases already past its date.
      const months = 3 * 30 * DAY;
      const later = reached >= PATH.indexOf("EVALUATION");
      if (later) {
        const held = new Date(
          Math.max(approvedOn.getTime(), Math.min(approvedOn.getTime() + months, now.getTime() - 7 * DAY)),
        );
        const id = item("EVALUATION", held, ["Evaluation.scheduledOn", "Evaluation.participants"], {
          parentItemId: current,
          updatedAt: held,
        });
        rows.evaluations.push({
          itemId: id,
          scheduledOn: day(held),
          heldOn: day(held),
          participants: ["ouders", "casusregisseur", "schuldhulp"],
          conclusions: "Doelen deels bereikt; plan loopt door.",
        });
        itemChange("EVALUATION_HELD", id, ["Evaluation.heldOn", "Evaluation.conclusions"], held);
      }
      if (phase !== "CLOSED") {
        const scheduled = new Date(now.getTime() + (next() < 0.2 ? -1 : 1) * (5 + next() * 40) * DAY);
        const id = item("EVALUATION", approvedOn, ["Evaluation.scheduledOn", "Evaluation.participants"], {
          parentItemId: current,
        });
        rows.evaluations.push({
          itemId: id,
          scheduledOn: day(scheduled),
          participants: ["ouders", "casusregisseur"],
        });
      }
      // Referrals (care deployed, with costs), one or two, some ended.
      const referrals = 1 + Math.floor(next() * 2);
      for (let f = 0; f < referrals; f++) {
        const starts = new Date(Math.min(approvedOn.getTime() + f * 30 * DAY, now.getTime() - 2 * DAY));
        const ended = next() < 0.35;
        const id = item(
          "REFERRAL",
          starts,
          ["Referral.referralKind", "Referral.care", "Referral.costCents"],
          {
            domain: "YOUTH_CARE",
            dataClass: "SPECIAL_CATEGORY",
            subjectPersonIds: [personIds[2]!],
            parentItemId: firstGoal,
          },
        );
        rows.referrals.push({
          itemId: id,
          referralKind: next() < 0.5 ? "REFERRAL" : "DECISION",
          care: "Ambulante gezinsbegeleiding",
          providerName: "Zorgaanbieder Lindehaven",
          startsOn: day(starts),
          endsOn: ended ? day(new Date(Math.min(starts.getTime() + 90 * DAY, now.getTime() - DAY))) : null,
          costCents: 50_000 + Math.floor(next() * 1_500_000),
          reference: `B-${o.key}-${i}-${f}`,
        });
      }
    }

    await db.transaction(async (tx) => {
      await tx.insert(tables.cases).values(rows.cases);
      await tx.insert(tables.persons).values(rows.persons);
      await tx.insert(tables.caseTeamMembers).values(rows.team);
      await tx.insert(tables.consentGrants).values(rows.grants);
      if (rows.transitions.length) await tx.insert(tables.casePhaseTransitions).values(rows.transitions);
      if (rows.items.length) await tx.insert(tables.dossierItems).values(rows.items);
      const content: [Parameters<typeof tx.insert>[0], unknown[]][] = [
        [tables.plans, rows.plans],
        [tables.goals, rows.goals],
        [tables.actions, rows.actions],
        [tables.results, rows.results],
        [tables.evaluations, rows.evaluations],
        [tables.referrals, rows.referrals],
        [tables.safetyAssessments, rows.safety],
        [tables.observations, rows.observations],
        [tables.notes, rows.notes],
      ];
      for (const [table, values] of content) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        if (values.length) await tx.insert(table).values(values as any);
      }
      await loader.writeChanges(tx, changes);
    });
    stats.cases += n;
    stats.items += rows.items.length;
    stats.changes += changes.length;
    loader.stats.cases += n;
    loader.stats.items += rows.items.length;
  }
  return stats;
}
