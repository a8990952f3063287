import { randomBytes, randomUUID } from "node:crypto";
import {
  DEMO,
  appendEvents,
  appendLogEntries,
  tables,
  type Database,
  type EventInput,
  type Executor,
  type LogEntryInput,
} from "@regiehub/db";
import {
  CHANGE_KINDS,
  PROCESSING_ACTIVITIES,
  type ChangeKind,
  type DataClass,
  type Domain,
  type LegalBasis,
  type ProcessingActivityId,
} from "@regiehub/domain";
import { pseudonymizer } from "./pseudonym";

// The bench's data, written straight into the database (10,000 items through the API would take longer than
// the whole bench). It writes what the API writes for the same changes: the rows of the case, its persons,
// team and grants, and each dossier item with its content; for every change one processing-log entry on the
// case's hash chain (`appendLogEntries`, the hub's own function) and one outbox event (`appendEvents`).
// Cases build on the demo region's organisations and professionals (seeded by the hub at start).

const P = DEMO.professionals;
const O = DEMO.organisations;

/** Who directs every bench case, and who works on it. */
export const PEOPLE = {
  /** The casusregisseur (wijkteam Noord): the directing organisation sees the whole case. */
  director: { professionalId: P.casusregisseur, organisationId: O.wijkteamNoord, role: "CASUSREGISSEUR" },
  procesregisseur: { professionalId: P.procesregisseur, organisationId: O.gemeente, role: "PROCESREGISSEUR" },
  /** The partner of the consent-filtered figures (schuldhulp): sees its grants' items and its own. */
  partner: { professionalId: P.schuldhulpverlener, organisationId: O.schuldhulp, role: "PROFESSIONAL" },
  jeugdbescherming: {
    professionalId: P.casusregisseurJeugdbescherming,
    organisationId: O.jeugdbescherming,
    role: "CASUSREGISSEUR",
  },
  woonconsulent: {
    professionalId: P.woonconsulent,
    organisationId: O.woningcorporatie,
    role: "PROFESSIONAL",
  },
  wijkagent: { professionalId: P.wijkagent, organisationId: O.politie, role: "PROFESSIONAL" },
  verslavingszorg: {
    professionalId: P.verslavingszorgProfessional,
    organisationId: O.verslavingszorg,
    role: "PROFESSIONAL",
  },
  wijkteamColleague: {
    professionalId: P.wijkteamProfessional,
    organisationId: O.wijkteamNoord,
    role: "PROFESSIONAL",
  },
} as const;
export type Person = (typeof PEOPLE)[keyof typeof PEOPLE];

/** Partner organisations on every bench case's team, each with a grant (see `grantsFor`). */
const PARTNERS = [
  PEOPLE.partner,
  PEOPLE.jeugdbescherming,
  PEOPLE.woonconsulent,
  PEOPLE.wijkagent,
  PEOPLE.verslavingszorg,
];

/** What the partner's valid grant covers: the parents, three domains, general data. */
export const PARTNER_GRANT = {
  domains: ["FINANCES", "HOUSING", "DAILY_LIVING"] as Domain[],
  dataClasses: ["GENERAL"] as DataClass[],
  /** Indexes into the case's persons: the two parents. */
  subjects: [0, 1],
};

const ITEM_DOMAINS: Domain[] = [
  "FINANCES",
  "HOUSING",
  "EDUCATION",
  "MENTAL_HEALTH",
  "FAMILY_RELATIONS",
  "PARENTING",
  "DAILY_LIVING",
  "SOCIAL_NETWORK",
];
/** Authors of items, weighted: mostly the directing wijkteam, some partners, a few by the partner itself. */
const AUTHORS: Person[] = [
  PEOPLE.director,
  PEOPLE.director,
  PEOPLE.director,
  PEOPLE.wijkteamColleague,
  PEOPLE.wijkteamColleague,
  PEOPLE.jeugdbescherming,
  PEOPLE.jeugdbescherming,
  PEOPLE.woonconsulent,
  PEOPLE.wijkagent,
  PEOPLE.partner,
];

export interface BenchCase {
  id: string;
  reference: string;
  personIds: string[];
  itemCount: number;
}

export interface LoadStats {
  cases: number;
  items: number;
  logEntries: number;
  events: number;
}

/** A deterministic pseudo-random sequence (mulberry32), so every run loads the same shape of data. */
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

const SENTENCES = [
  "Moeder vertelt dat de huur van de afgelopen twee maanden niet is betaald en dat er een aanmaning ligt.",
  "Vader geeft aan dat hij sinds kort werk heeft via het uitzendbureau, maar dat de uren wisselen.",
  "De kinderen gaan op tijd naar school; de mentor meldt dat het huiswerk vaak niet af is.",
  "Er zijn afspraken gemaakt over een vast weekritme met boodschappen op maandag en donderdag.",
  "Het gezin staat open voor hulp van het netwerk; oma wil twee middagen per week oppassen.",
  "Tijdens het huisbezoek was het huis opgeruimd; de post lag ongeopend op tafel.",
  "Moeder maakt zich zorgen over de slaap van de jongste; de huisarts is op de hoogte.",
  "Schuldhulp heeft een eerste intake gepland; de schuldenlijst moet nog worden aangevuld.",
];

function text(next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => SENTENCES[Math.floor(next() * SENTENCES.length)]!).join(" ");
}

export class BenchLoader {
  readonly stats: LoadStats = { cases: 0, items: 0, logEntries: 0, events: 0 };
  private readonly traceId = randomBytes(16).toString("hex");

  private readonly pseudonym: (personId: string) => string;

  constructor(
    private readonly db: Database,
    pseudonymKey: string,
  ) {
    this.pseudonym = pseudonymizer(pseudonymKey);
  }

  get totals(): LoadStats {
    return { ...this.stats };
  }

  /** One processing-log entry of a change (what the hub's recorder derives from it). */
  entry(
    actor: Person,
    caseId: string,
    kind: ChangeKind,
    change: {
      subjectPersonIds: readonly string[];
      itemIds?: readonly string[];
      fields: readonly string[];
      legalBasis: LegalBasis | null;
      activity?: ProcessingActivityId;
    },
    at: Date,
  ): LogEntryInput {
    const activity = change.activity ?? "RH-PA-01";
    return {
      caseId,
      startedAt: at,
      endedAt: at,
      actorType: "PROFESSIONAL",
      actorId: actor.professionalId,
      organisationId: actor.organisationId,
      role: actor.role,
      subjectPseudonyms: change.subjectPersonIds.map((id) => this.pseudonym(id)),
      itemIds: [...(change.itemIds ?? [])],
      fields: [...change.fields],
      operation: CHANGE_KINDS[kind].operation,
      purpose: PROCESSING_ACTIVITIES[activity],
      legalBasis: change.legalBasis,
      processingActivityId: activity,
      traceId: this.traceId,
      operationId: randomBytes(8).toString("hex"),
      callerTraceId: null,
      outcome: "SUCCESS",
      breakGlass: false,
      detail: null,
    };
  }

  /** Log entries and outbox events of a transaction's changes, in that order (as the hub's recorder does). */
  async writeChanges(
    tx: Executor,
    changes: { actor: Person; caseId: string; kind: ChangeKind; entry: LogEntryInput; itemIds: string[] }[],
  ): Promise<void> {
    await appendLogEntries(
      tx,
      changes.map((c) => c.entry),
    );
    const events: EventInput[] = changes.map((c) => ({
      caseId: c.caseId,
      changeKind: c.kind,
      itemIds: c.itemIds,
      fields: c.entry.fields,
      actorProfessionalId: c.actor.professionalId,
      organisationId: c.actor.organisationId,
    }));
    const seqs = await appendEvents(tx, events);
    this.stats.logEntries += changes.length;
    this.stats.events += seqs.length;
  }

  /**
   * A case directed by the casusregisseur (wijkteam Noord) under the procesregisseur, with four persons
   * (two parents, two children), the partner organisations on its team, and grants: each partner a valid
   * grant (the schuldhulp partner's is PARTNER_GRANT; the others cover FINANCES/GENERAL for the parents),
   * plus a withdrawn and an expired grant for the partner so the predicate has something to reject.
   */
  async createCase(key: string, now = new Date()): Promise<BenchCase> {
    const caseId = randomUUID();
    const reference = `BENCH-${key}`;
    const director = PEOPLE.director;
    const personIds = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const opened = new Date(now.getTime() - 400 * 86_400_000);
    await this.db.transaction(async (tx) => {
      await tx.insert(tables.cases).values({
        id: caseId,
        reference,
        title: `Gezin ${key} (bench)`,
        municipality: DEMO.municipality,
        phase: "EXECUTION",
        casusregisseurId: director.professionalId,
        procesregisseurId: PEOPLE.procesregisseur.professionalId,
        openedOn: opened.toISOString().slice(0, 10),
        createdAt: opened,
        updatedAt: opened,
      });
      const roles = ["PARENT", "PARENT", "CHILD", "CHILD"] as const;
      await tx.insert(tables.persons).values(
        personIds.map((id, i) => ({
          id,
          caseId,
          givenName: ["Sandra", "Marco", "Lieke", "Daan"][i]!,
          familyName: `Bench${key}`,
          birthDate: i < 2 ? "1985-04-12" : `201${i}-09-0${i}`,
          householdRole: roles[i]!,
        })),
      );
      await tx.insert(tables.caseTeamMembers).values([
        {
          caseId,
          organisationId: director.organisationId,
          professionalId: director.professionalId,
          responsibility: "casusregie",
          addedByProfessionalId: director.professionalId,
        },
        ...PARTNERS.map((p) => ({
          caseId,
          organisationId: p.organisationId,
          professionalId: p.professionalId,
          responsibility: "partner",
          addedByProfessionalId: director.professionalId,
        })),
      ]);
      const validFrom = new Date(now.getTime() - 300 * 86_400_000);
      const parents = PARTNER_GRANT.subjects.map((i) => personIds[i]!);
      const grant = (
        organisationId: string,
        domains: Domain[],
        extra: Partial<typeof tables.consentGrants.$inferInsert> = {},
      ) => ({
        caseId,
        granteeOrganisationId: organisationId,
        subjectPersonIds: parents,
        domains,
        dataClasses: ["GENERAL" as DataClass],
        purpose: "Afstemming begeleiding (bench)",
        legalBasis: "CONSENT" as LegalBasis,
        validFrom,
        evidenceReference: "Formulier B-1",
        recordedByProfessionalId: director.professionalId,
        ...extra,
      });
      const grants = [
        grant(PEOPLE.partner.organisationId, PARTNER_GRANT.domains),
        grant(PEOPLE.partner.organisationId, ["MENTAL_HEALTH"], {
          withdrawnAt: new Date(now.getTime() - 100 * 86_400_000),
          withdrawnByProfessionalId: director.professionalId,
          withdrawalReason: "Toestemming ingetrokken",
        }),
        grant(PEOPLE.partner.organisationId, ["EDUCATION"], {
          validUntil: new Date(now.getTime() - 50 * 86_400_000),
        }),
        ...PARTNERS.filter((p) => p !== PEOPLE.partner).map((p) => grant(p.organisationId, ["FINANCES"])),
      ];
      await tx.insert(tables.consentGrants).values(grants);

      const change = (
        kind: ChangeKind,
        subjectPersonIds: string[],
        fields: string[],
        activity: ProcessingActivityId = "RH-PA-01",
      ) => ({
        actor: director,
        caseId,
        kind,
        itemIds: [],
        entry: this.entry(
          director,
          caseId,
          kind,
          { subjectPersonIds, fields, legalBasis: "LEGAL_TASK", activity },
          opened,
        ),
      });
      await this.writeChanges(tx, [
        change("CASE_OPENED", [], ["Case.title", "Case.municipality"]),
        ...personIds.map((id) => change("PERSON_ADDED", [id], ["Person.givenName", "Person.familyName"])),
        ...[director, ...PARTNERS].map(() =>
          change("TEAM_MEMBER_ADDED", [], ["CaseTeamMember.organisation"]),
        ),
        ...grants.map(() => change("ACCESS_GRANTED", parents, ["ConsentGrant"], "RH-PA-02")),
      ]);
    });
    this.stats.cases++;
    return { id: caseId, reference, personIds, itemCount: 0 };
  }

  /**
   * `count` observations and notes in the case, one minute apart up to a minute ago, over eight domains,
   * mostly general data, about one or two persons, by the authors above; in transactions of `batch` items.
   */
  async addItems(c: BenchCase, count: number, seed: number, now = new Date(), batch = 500): Promise<void> {
    const next = prng(seed);
    for (let start = 0; start < count; start += batch) {
      const n = Math.min(batch, count - start);
      const items: (typeof tables.dossierItems.$inferInsert)[] = [];
      const observations: (typeof tables.observations.$inferInsert)[] = [];
      const notes: (typeof tables.notes.$inferInsert)[] = [];
      const changes: Parameters<BenchLoader["writeChanges"]>[1] = [];
      for (let k = 0; k < n; k++) {
        const i = start + k;
        const id = randomUUID();
        const createdAt = new Date(now.getTime() - (count - i) * 60_000);
        const author = AUTHORS[Math.floor(next() * AUTHORS.length)]!;
        const r = next();
        const dataClass: DataClass = r < 0.8 ? "GENERAL" : r < 0.95 ? "SPECIAL_CATEGORY" : "JUSTICE";
        const first = Math.floor(next() * 4);
        const subjects =
          next() < 0.5 ? [c.personIds[first]!] : [c.personIds[first]!, c.personIds[(first + 1) % 4]!];
        const kind = next() < 0.7 ? "OBSERVATION" : "NOTE";
        const legalBasis: LegalBasis = dataClass === "JUSTICE" ? "JUSTICE" : "LEGAL_TASK";
        items.push({
          id,
          caseId: c.id,
          kind,
          domain: ITEM_DOMAINS[Math.floor(next() * ITEM_DOMAINS.length)]!,
          dataClass,
          subjectPersonIds: subjects,
          authorProfessionalId: author.professionalId,
          authorOrganisationId: author.organisationId,
          sourceKind: next() < 0.5 ? "FAMILY" : "OWN_OBSERVATION",
          sourceDescription: "gesprek met het gezin",
          legalBasis,
          createdAt,
          updatedAt: createdAt,
        });
        let fields: string[];
        if (kind === "OBSERVATION") {
          const kinds = ["FACT", "OPINION", "CONCERN"] as const;
          observations.push({
            itemId: id,
            observationKind: kinds[Math.floor(next() * 3)]!,
            statement: text(next, 2),
          });
          fields = ["Observation.observationKind", "Observation.statement"];
        } else {
          notes.push({
            itemId: id,
            title: `Gesprek ${i + 1}`,
            body: text(next, 6),
            occurredOn: createdAt.toISOString().slice(0, 10),
          });
          fields = ["Note.title", "Note.body", "Note.occurredOn"];
        }
        changes.push({
          actor: author,
          caseId: c.id,
          kind: "ITEM_RECORDED",
          itemIds: [id],
          entry: this.entry(
            author,
            c.id,
            "ITEM_RECORDED",
            { subjectPersonIds: subjects, itemIds: [id], fields, legalBasis },
            createdAt,
          ),
        });
      }
      await this.db.transaction(async (tx) => {
        await tx.insert(tables.dossierItems).values(items);
        if (observations.length) await tx.insert(tables.observations).values(observations);
        if (notes.length) await tx.insert(tables.notes).values(notes);
        await this.writeChanges(tx, changes);
      });
      this.stats.items += n;
    }
    c.itemCount += count;
  }
}
