import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import {
  canTransition,
  dutchDate,
  type CaseFramework,
  type CasePhase,
  type Domain,
  type HouseholdRole,
  type OrganisationKind,
  type ProfessionalRole,
  type RegistrationKind,
} from "@regiehub/domain";
import type { Database } from "../client";
import {
  caseEscalations,
  casePhaseTransitions,
  caseTeamMembers,
  cases,
  escalationTableMembers,
  escalationTables,
  organisations,
  persons,
  professionals,
} from "../schema";

// A fictional demo region: the municipality of Lindehaven and its chain partners, their professionals and
// forty-six family cases spread over every phase. Marloes de Wit (DEMO.professionals.procesregisseur)
// directs most of them (DEMO.portfolioCases), so one procesregisseur has a portfolio of about forty cases;
// compulsory cases (gedwongen kader) have no procesregisseur. Everything here is invented — names, organisations, e-mail
// addresses (all under the reserved `.example` top-level domain) and BSNs (elfproef-valid, all in the 9999…
// range used for test persons). Three families are fictional versions of situations described in public
// articles about procesregie.
//
// Seeding is idempotent: every row has a fixed UUID derived from a stable key, everything is inserted in one
// transaction with ON CONFLICT DO NOTHING, and a region that is already present is left alone.
//
// Who sees which of the three background cases. A professional sees a case when their organisation is on
// the case team; a procesregisseur also sees the cases they direct (cases.procesregisseur_id). The
// municipality (Gemeente Lindehaven) is on no team, so the privacy officer and the admin see none of them
// through the team (their access is by role, not by case).
//
//   DEMO.professionals.            who                                (a)        (b)        (c)
//   procesregisseur                Marloes de Wit, gemeente           directs    -          directs
//   procesregisseurHanneke         Hanneke Bosman, gemeente           -          directs    -
//   procesregisseurRuud            Ruud Verhoeven, gemeente           -          -          -
//   privacyOfficer                 Inge Kuipers, gemeente             -          -          -
//   admin                          Thijs van Dam, gemeente            -          -          -
//   casusregisseur                 Sanne Bakker, wijkteam Noord       team       -          casusregie
//   casusregisseurYoussef          Youssef El Amrani, wijkteam Noord  casusregie -          team
//   wijkteamProfessional           Lotte Dekker, wijkteam Noord       team       -          team
//   casusregisseurFemke            Femke Visser, wijkteam Zuid        -          casusregie -
//   casusregisseurDaan             Daan Smit, wijkteam Zuid (no reg.) -          team       -
//   wijkteamZuidProfessional       Priya Ramdin, wijkteam Zuid        -          team       -
//   casusregisseurJeugdbescherming Anouk Mulder, jeugdbescherming     -          -          team
//   casusregisseurJoost            Joost Willems, jeugdbescherming    -          -          team
//   jeugdreclasseerder             Kevin Hendriks, jeugdbescherming   -          -          team
//   veiligThuisProfessional        Esther Koster, Veilig Thuis        -          team       -
//   raadsonderzoeker               Mark Dijkstra, Raad                -          -          -
//   schoolProfessional             Petra van Leeuwen, De Regenboog    team       -          -
//   secondarySchoolProfessional    Ahmed Bouzid, Lindecollege         team       team       team
//   huisarts                       Jeroen Vermeulen, huisarts         -          -          -
//   jeugdverpleegkundige           Miranda Peters, JGZ                -          -          -
//   ggzBehandelaar                 Karin Brouwer, GGZ                 team       team       -
//   verslavingszorgProfessional    Rob de Graaf, verslavingszorg      -          -          team
//   woonconsulent                  Nicole van den Berg, Lindewonen    -          -          team
//   schuldhulpverlener             Bas Meijer, schuldhulp             -          -          team
//   wijkagent                      Erik Vos, politie                  -          -          team
//   (a) separatedParents, (b) veiligThuisMonitoring, (c) multiProblem. "team": their organisation is on
//   the team; "casusregie": they are the casusregisseur; "directs": they are the procesregisseur; "-": the
//   case is NOT_FOUND for them.
//
// The same table is exported as DEMO.visibility, and a unit test checks it against the seeded rows.

export const DEMO_MUNICIPALITY = "Lindehaven";
const NEIGHBOUR = "Beekdal";

/** A UUID v4-shaped id derived from a stable key (sha256), so every seeded row has a fixed id. */
export function demoUuid(key: string): string {
  const h = createHash("sha256").update(`regiehub-demo:${key}`).digest("hex");
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function hashInt(key: string): number {
  return parseInt(createHash("sha256").update(`regiehub-demo:${key}`).digest("hex").slice(0, 8), 16);
}

// ---------------------------------------------------------------------------------------------------------
// Organisations (the first one is the marker: when its id exists, the region is present)

interface OrganisationSpec {
  name: string;
  kind: OrganisationKind;
  municipality: string;
  domain: string;
}

const ORGANISATIONS = {
  gemeente: {
    name: "Gemeente Lindehaven",
    kind: "GEMEENTE",
    municipality: DEMO_MUNICIPALITY,
    domain: "lindehaven.example",
  },
  wijkteamNoord: {
    name: "Wijkteam Lindehaven-Noord",
    kind: "WIJKTEAM",
    municipality: DEMO_MUNICIPALITY,
    domain: "wijkteam-lindehaven.example",
  },
  wijkteamZuid: {
    name: "Wijkteam Lindehaven-Zuid",
    kind: "WIJKTEAM",
    municipality: DEMO_MUNICIPALITY,
    domain: "wijkteam-lindehaven.example",
  },
  veiligThuis: {
    name: "Veilig Thuis Beekdal-Lindehaven",
    kind: "VEILIG_THUIS",
    municipality: NEIGHBOUR,
    domain: "veiligthuis-beekdal.example",
  },
  jeugdbescherming: {
    name: "Jeugdbescherming Beekdal-Lindehaven",
    kind: "JEUGDBESCHERMING",
    municipality: NEIGHBOUR,
    domain: "jeugdbescherming-beekdal.example",
  },
  raad: {
    name: "Raad voor de Kinderbescherming, locatie Beekdal",
    kind: "RAAD_KINDERBESCHERMING",
    municipality: NEIGHBOUR,
    domain: "rvdk-beekdal.example",
  },
  school: {
    name: "Basisschool De Regenboog",
    kind: "SCHOOL",
    municipality: DEMO_MUNICIPALITY,
    domain: "deregenboog-lindehaven.example",
  },
  secondarySchool: {
    name: "Lindecollege (vmbo)",
    kind: "SCHOOL",
    municipality: DEMO_MUNICIPALITY,
    domain: "lindecollege.example",
  },
  huisarts: {
    name: "Huisartsenpraktijk Het Lindeplein",
    kind: "HUISARTS",
    municipality: DEMO_MUNICIPALITY,
    domain: "hetlindeplein.example",
  },
  jgz: {
    name: "Jeugdgezondheidszorg Lindehaven",
    kind: "JGZ",
    municipality: DEMO_MUNICIPALITY,
    domain: "jgz-lindehaven.example",
  },
  ggz: {
    name: "GGZ Beekdal",
    kind: "GGZ",
    municipality: NEIGHBOUR,
    domain: "ggz-beekdal.example",
  },
  verslavingszorg: {
    name: "Verslavingszorg Beekdal",
    kind: "VERSLAVINGSZORG",
    municipality: NEIGHBOUR,
    domain: "verslavingszorg-beekdal.example",
  },
  woningcorporatie: {
    name: "Woonstichting Lindewonen",
    kind: "WONINGCORPORATIE",
    municipality: DEMO_MUNICIPALITY,
    domain: "lindewonen.example",
  },
  schuldhulp: {
    name: "Stichting Geldwijs Lindehaven",
    kind: "SCHULDHULP",
    municipality: DEMO_MUNICIPALITY,
    domain: "geldwijs-lindehaven.example",
  },
  politie: {
    name: "Politie basisteam Lindehaven",
    kind: "POLITIE",
    municipality: DEMO_MUNICIPALITY,
    domain: "politie-lindehaven.example",
  },
} as const satisfies Record<string, OrganisationSpec>;

export type DemoOrganisationKey = keyof typeof ORGANISATIONS;

// ---------------------------------------------------------------------------------------------------------
// Professionals

interface ProfessionalSpec {
  organisation: DemoOrganisationKey;
  name: string;
  /** Local part of the e-mail address; the domain is the organisation's. */
  mailbox: string;
  role: ProfessionalRole;
  /** What they do (documentation only; there is no column for it). */
  function: string;
  registration?: readonly [RegistrationKind, string];
}

const PROFESSIONALS = {
  // Gemeente Lindehaven: procesregie, privacy, beheer
  procesregisseur: {
    organisation: "gemeente",
    name: "Marloes de Wit",
    mailbox: "marloes.dewit",
    role: "PROCESREGISSEUR",
    function: "Procesregisseur sociaal domein",
  },
  procesregisseurHanneke: {
    organisation: "gemeente",
    name: "Hanneke Bosman",
    mailbox: "hanneke.bosman",
    role: "PROCESREGISSEUR",
    function: "Procesregisseur jeugd en veiligheid",
  },
  procesregisseurRuud: {
    organisation: "gemeente",
    name: "Ruud Verhoeven",
    mailbox: "ruud.verhoeven",
    role: "PROCESREGISSEUR",
    function: "Procesregisseur sociaal domein",
  },
  privacyOfficer: {
    organisation: "gemeente",
    name: "Inge Kuipers",
    mailbox: "inge.kuipers",
    role: "PRIVACY_OFFICER",
    function: "Functionaris gegevensbescherming",
  },
  admin: {
    organisation: "gemeente",
    name: "Thijs van Dam",
    mailbox: "thijs.vandam",
    role: "ADMIN",
    function: "Functioneel beheerder Regiehub",
  },
  // Wijkteam Lindehaven-Noord
  casusregisseur: {
    organisation: "wijkteamNoord",
    name: "Sanne Bakker",
    mailbox: "sanne.bakker",
    role: "CASUSREGISSEUR",
    function: "Gezinscoach / casusregisseur",
    registration: ["SKJ", "110034817"],
  },
  casusregisseurYoussef: {
    organisation: "wijkteamNoord",
    name: "Youssef El Amrani",
    mailbox: "youssef.elamrani",
    role: "CASUSREGISSEUR",
    function: "Gezinscoach / casusregisseur",
    registration: ["SKJ", "110052290"],
  },
  wijkteamProfessional: {
    organisation: "wijkteamNoord",
    name: "Lotte Dekker",
    mailbox: "lotte.dekker",
    role: "PROFESSIONAL",
    function: "Ambulant jeugdhulpverlener",
    registration: ["SKJ", "110061543"],
  },
  // Wijkteam Lindehaven-Zuid
  casusregisseurFemke: {
    organisation: "wijkteamZuid",
    name: "Femke Visser",
    mailbox: "femke.visser",
    role: "CASUSREGISSEUR",
    function: "Gezinscoach / casusregisseur",
    registration: ["SKJ", "110027764"],
  },
  casusregisseurDaan: {
    organisation: "wijkteamZuid",
    name: "Daan Smit",
    mailbox: "daan.smit",
    role: "CASUSREGISSEUR",
    function: "Casusregisseur (maatschappelijk werker, niet SKJ-geregistreerd)",
  },
  wijkteamZuidProfessional: {
    organisation: "wijkteamZuid",
    name: "Priya Ramdin",
    mailbox: "priya.ramdin",
    role: "PROFESSIONAL",
    function: "Maatschappelijk werker",
  },
  // Jeugdbescherming (gecertificeerde instelling)
  casusregisseurJeugdbescherming: {
    organisation: "jeugdbescherming",
    name: "Anouk Mulder",
    mailbox: "anouk.mulder",
    role: "CASUSREGISSEUR",
    function: "Jeugdbeschermer",
    registration: ["SKJ", "110019036"],
  },
  casusregisseurJoost: {
    organisation: "jeugdbescherming",
    name: "Joost Willems",
    mailbox: "joost.willems",
    role: "CASUSREGISSEUR",
    function: "Jeugdbeschermer",
    registration: ["SKJ", "110045127"],
  },
  jeugdreclasseerder: {
    organisation: "jeugdbescherming",
    name: "Kevin Hendriks",
    mailbox: "kevin.hendriks",
    role: "PROFESSIONAL",
    function: "Jeugdreclasseerder",
    registration: ["SKJ", "110058842"],
  },
  // Other chain partners
  veiligThuisProfessional: {
    organisation: "veiligThuis",
    name: "Esther Koster",
    mailbox: "esther.koster",
    role: "PROFESSIONAL",
    function: "Medewerker onderzoek en monitoring",
    registration: ["SKJ", "110031409"],
  },
  raadsonderzoeker: {
    organisation: "raad",
    name: "Mark Dijkstra",
    mailbox: "mark.dijkstra",
    role: "PROFESSIONAL",
    function: "Raadsonderzoeker",
    registration: ["SKJ", "110023385"],
  },
  schoolProfessional: {
    organisation: "school",
    name: "Petra van Leeuwen",
    mailbox: "petra.vanleeuwen",
    role: "PROFESSIONAL",
    function: "Intern begeleider",
  },
  secondarySchoolProfessional: {
    organisation: "secondarySchool",
    name: "Ahmed Bouzid",
    mailbox: "ahmed.bouzid",
    role: "PROFESSIONAL",
    function: "Zorgcoördinator",
  },
  huisarts: {
    organisation: "huisarts",
    name: "Jeroen Vermeulen",
    mailbox: "jeroen.vermeulen",
    role: "PROFESSIONAL",
    function: "Huisarts",
    registration: ["BIG", "19034567801"],
  },
  jeugdverpleegkundige: {
    organisation: "jgz",
    name: "Miranda Peters",
    mailbox: "miranda.peters",
    role: "PROFESSIONAL",
    function: "Jeugdverpleegkundige",
    registration: ["BIG", "29061234530"],
  },
  ggzBehandelaar: {
    organisation: "ggz",
    name: "Karin Brouwer",
    mailbox: "karin.brouwer",
    role: "PROFESSIONAL",
    function: "GZ-psycholoog",
    registration: ["BIG", "49052345625"],
  },
  verslavingszorgProfessional: {
    organisation: "verslavingszorg",
    name: "Rob de Graaf",
    mailbox: "rob.degraaf",
    role: "PROFESSIONAL",
    function: "Verslavingsconsulent",
  },
  woonconsulent: {
    organisation: "woningcorporatie",
    name: "Nicole van den Berg",
    mailbox: "nicole.vandenberg",
    role: "PROFESSIONAL",
    function: "Woonconsulent",
  },
  schuldhulpverlener: {
    organisation: "schuldhulp",
    name: "Bas Meijer",
    mailbox: "bas.meijer",
    role: "PROFESSIONAL",
    function: "Schuldhulpverlener",
  },
  wijkagent: {
    organisation: "politie",
    name: "Erik Vos",
    mailbox: "erik.vos",
    role: "PROFESSIONAL",
    function: "Wijkagent",
  },
} as const satisfies Record<string, ProfessionalSpec>;

export type DemoProfessionalKey = keyof typeof PROFESSIONALS;

// ---------------------------------------------------------------------------------------------------------
// Cases

interface PersonSpec {
  given: string;
  /** Defaults to the case's family name. */
  family?: string;
  role: HouseholdRole;
  /** Age in whole years on the seeding day. */
  age: number;
  /** Give this person a (test-range) BSN. */
  bsn?: true;
}

interface TeamSpec {
  organisation: DemoOrganisationKey;
  professional?: DemoProfessionalKey;
  responsibility: string;
  domains: readonly Domain[];
}

/** A phase the case moved to, with an optional reason (a Dutch default is used otherwise). */
type PathStep = CasePhase | readonly [CasePhase, string];

interface CaseSpec {
  family: string;
  phase: CasePhase;
  framework: CaseFramework;
  escalationLevel: number;
  casusregisseur: DemoProfessionalKey;
  procesregisseur: DemoProfessionalKey | null;
  openedDaysAgo: number;
  closedDaysAgo?: number;
  /** The casusregisseur's own team row (always present). */
  casusregie: { responsibility?: string; domains: readonly Domain[] };
  /** The other team rows. */
  team: readonly TeamSpec[];
  persons: readonly PersonSpec[];
  /** The phases after SIGNAL, in order; ends with `phase`. */
  path: readonly PathStep[];
}

const UP_TO_PLAN = ["INVENTORY", "ANALYSIS", "PLAN"] as const;
const UP_TO_EXECUTION = [...UP_TO_PLAN, "EXECUTION"] as const;
const UP_TO_EVALUATION = [...UP_TO_EXECUTION, "EVALUATION"] as const;
const UP_TO_MONITORING = [...UP_TO_EVALUATION, "MONITORING"] as const;

const CASES = {
  // (a) Article 000: separated parents, two children, many helpers; a procesregisseur keeps the overview
  // with the family, on a voluntary track to stay out of the gedwongen kader.
  veenstra: {
    family: "Veenstra",
    phase: "EXECUTION",
    framework: "VOLUNTARY",
    escalationLevel: 1,
    casusregisseur: "casusregisseurYoussef",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 290,
    casusregie: { domains: ["FAMILY_RELATIONS", "PARENTING", "SOCIAL_NETWORK"] },
    team: [
      {
        organisation: "wijkteamNoord",
        professional: "wijkteamProfessional",
        responsibility: "Ouderschapsbegeleiding na scheiding",
        domains: ["PARENTING", "FAMILY_RELATIONS", "YOUTH_CARE"],
      },
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Sem)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Noor)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "ggz",
        professional: "ggzBehandelaar",
        responsibility: "Behandelaar jeugd-GGZ (Noor)",
        domains: ["MENTAL_HEALTH", "YOUTH_CARE"],
      },
    ],
    persons: [
      { given: "Miriam", role: "PARENT", age: 41, bsn: true },
      { given: "Bart", family: "Kok", role: "EX_PARTNER", age: 44, bsn: true },
      { given: "Noor", family: "Kok", role: "CHILD", age: 13, bsn: true },
      { given: "Sem", family: "Kok", role: "CHILD", age: 9, bsn: true },
    ],
    path: [
      [
        "INVENTORY",
        "Ouders willen samen het ouderschap vormgeven. Gemeente stelt procesregie voor om buiten het gedwongen kader te blijven; beide ouders stemmen in.",
      ],
      ["ANALYSIS", "Alle leefgebieden in kaart gebracht met moeder, vader, beide scholen en de GGZ."],
      [
        "PLAN",
        "Probleemanalyse besproken: de communicatie tussen de ouders in hun ouderrol staat centraal; feiten en meningen gescheiden.",
      ],
      [
        "EXECUTION",
        "Gezinsplan met beide ouders afgesproken en vastgesteld; de hulp voor Noor en Sem is op elkaar afgestemd.",
      ],
    ],
  },

  // (b) Article 001: monitoring three months after a Veilig Thuis intervention. The girl was placed with her
  // aunt and uncle after crisis care; the wijkteam has casusregie; almost fully reunited at home.
  timmermans: {
    family: "Timmermans",
    phase: "MONITORING",
    framework: "DRANG",
    escalationLevel: 1,
    casusregisseur: "casusregisseurFemke",
    procesregisseur: "procesregisseurHanneke",
    openedDaysAgo: 420,
    casusregie: { domains: ["SAFETY", "PARENTING", "FAMILY_RELATIONS"] },
    team: [
      {
        organisation: "veiligThuis",
        professional: "veiligThuisProfessional",
        responsibility: "Monitoring na interventie Veilig Thuis",
        domains: ["SAFETY"],
      },
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Lieke en Jesse)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "ggz",
        professional: "ggzBehandelaar",
        responsibility: "Gezinsbehandeling en traumabehandeling Lieke",
        domains: ["MENTAL_HEALTH", "FAMILY_RELATIONS"],
      },
    ],
    persons: [
      { given: "Ronald", role: "PARENT", age: 45 },
      { given: "Sandra", role: "PARENT", age: 42 },
      { given: "Jesse", role: "CHILD", age: 16 },
      { given: "Lieke", role: "CHILD", age: 12, bsn: true },
      { given: "Monique", family: "de Haan", role: "OTHER", age: 47 },
      { given: "Gert", family: "de Haan", role: "OTHER", age: 49 },
    ],
    path: [
      [
        "INVENTORY",
        "Melding Veilig Thuis: zorgen over mishandeling van Lieke door ouders en oudere broer. Na crisisopvang verblijft Lieke bij tante en oom; het wijkteam neemt de casusregie.",
      ],
      [
        "ANALYSIS",
        "Veiligheid en gezinssituatie in kaart gebracht met ouders, Lieke, tante en oom en school.",
      ],
      ["PLAN", "Analyse besproken aan de Beschermingstafel: drang, met doelen en monitoring."],
      [
        "EXECUTION",
        "Veiligheidsplan en gezinsplan afgesproken: Lieke keert stap voor stap terug naar huis, eerst overdag en in de weekenden.",
      ],
      ["EVALUATION", "Evaluatie: Lieke slaapt weer thuis, afspraken uit het veiligheidsplan nagekomen."],
      [
        "MONITORING",
        "Lieke woont weer volledig thuis. Veilig Thuis monitort drie maanden na de interventie; het wijkteam houdt de casusregie.",
      ],
    ],
  },

  // (c) Article 004: the multi-problem family nobody pulled together — father out of work, mother addicted,
  // one child not at school, one in youth detention, eviction threatening. Escalated to procesregie.
  koopmans: {
    family: "Koopmans",
    phase: "PLAN",
    framework: "DRANG",
    escalationLevel: 2,
    casusregisseur: "casusregisseur",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 610,
    casusregie: { domains: ["FAMILY_RELATIONS", "PARENTING", "WORK", "DAILY_LIVING"] },
    team: [
      {
        organisation: "verslavingszorg",
        professional: "verslavingszorgProfessional",
        responsibility: "Verslavingsconsulent (moeder)",
        domains: ["SUBSTANCE_USE"],
      },
      {
        organisation: "woningcorporatie",
        professional: "woonconsulent",
        responsibility: "Woonconsulent; huurachterstand en dreigende ontruiming",
        domains: ["HOUSING"],
      },
      {
        organisation: "schuldhulp",
        professional: "schuldhulpverlener",
        responsibility: "Schuldhulpverlener",
        domains: ["FINANCES"],
      },
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator; terugleiding naar school (Kim)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "jeugdbescherming",
        professional: "jeugdreclasseerder",
        responsibility: "Jeugdreclassering (Dylan, in jeugdinrichting)",
        domains: ["JUSTICE", "YOUTH_CARE"],
      },
      {
        organisation: "politie",
        professional: "wijkagent",
        responsibility: "Wijkagent",
        domains: ["JUSTICE", "SAFETY"],
      },
    ],
    persons: [
      { given: "Hans", role: "PARENT", age: 49, bsn: true },
      { given: "Linda", role: "PARENT", age: 46, bsn: true },
      { given: "Dylan", role: "CHILD", age: 17, bsn: true },
      { given: "Kim", role: "CHILD", age: 14, bsn: true },
    ],
    path: [
      [
        "INVENTORY",
        "Signaal van Lindewonen: huurachterstand, ontruiming dreigt. Leerplicht meldt dat Kim al maanden niet naar school gaat.",
      ],
      [
        "ANALYSIS",
        "Inventarisatie: vader werkloos, moeder verslaafd, Dylan in jeugddetentie, Kim thuiszitter, oplopende schulden.",
      ],
      ["PLAN", "Analyse afgerond; de partners stellen ieder een eigen plan op."],
      [
        "ANALYSIS",
        "Geen doorbraak: organisaties werken langs elkaar heen en niemand pakt door. Opgeschaald naar procesregie; opnieuw analyseren met alle partners aan tafel.",
      ],
      [
        "PLAN",
        "Gezamenlijke probleemanalyse onder leiding van de procesregisseur. Eén gezin, één plan, één regisseur: integraal plan in voorbereiding.",
      ],
    ],
  },

  // --- SIGNAL
  deJong: {
    family: "de Jong",
    phase: "SIGNAL",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurDaan",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 3,
    casusregie: { domains: ["DAILY_LIVING", "PARENTING"] },
    team: [
      {
        organisation: "huisarts",
        professional: "huisarts",
        responsibility: "Huisarts; signaal overbelasting moeder",
        domains: ["PHYSICAL_HEALTH", "MENTAL_HEALTH"],
      },
    ],
    persons: [
      { given: "Ilse", role: "PARENT", age: 29 },
      { given: "Finn", role: "CHILD", age: 2 },
    ],
    path: [],
  },
  ozturk: {
    family: "Öztürk",
    phase: "SIGNAL",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurYoussef",
    procesregisseur: "procesregisseurRuud",
    openedDaysAgo: 8,
    casusregie: { domains: ["PARENTING", "FAMILY_RELATIONS"] },
    team: [
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider; signaal verzuim en vermoeidheid",
        domains: ["EDUCATION"],
      },
    ],
    persons: [
      { given: "Emre", role: "PARENT", age: 38 },
      { given: "Ayşe", role: "PARENT", age: 36 },
      { given: "Elif", role: "CHILD", age: 10 },
      { given: "Can", role: "CHILD", age: 7 },
    ],
    path: [],
  },
  pinas: {
    family: "Pinas",
    phase: "SIGNAL",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurFemke",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 15,
    casusregie: { domains: ["FINANCES", "DAILY_LIVING"] },
    team: [
      {
        organisation: "woningcorporatie",
        professional: "woonconsulent",
        responsibility: "Woonconsulent; signaal huurachterstand",
        domains: ["HOUSING", "FINANCES"],
      },
    ],
    persons: [
      { given: "Sharon", role: "PARENT", age: 34 },
      { given: "Jayden", role: "CHILD", age: 15 },
      { given: "Naomi", role: "CHILD", age: 4 },
    ],
    path: [],
  },

  // --- INVENTORY
  vanDerMeer: {
    family: "van der Meer",
    phase: "INVENTORY",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseur",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 30,
    casusregie: { domains: ["FAMILY_RELATIONS", "WORK"] },
    team: [
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Tim)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "schuldhulp",
        professional: "schuldhulpverlener",
        responsibility: "Schuldhulpverlener",
        domains: ["FINANCES"],
      },
    ],
    persons: [
      { given: "Peter", role: "PARENT", age: 52 },
      { given: "Anja", role: "PARENT", age: 50 },
      { given: "Tim", role: "CHILD", age: 16 },
    ],
    path: ["INVENTORY"],
  },
  elIdrissi: {
    family: "El Idrissi",
    phase: "INVENTORY",
    framework: "VOLUNTARY",
    escalationLevel: 1,
    casusregisseur: "casusregisseurYoussef",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 45,
    casusregie: { domains: ["PARENTING", "DAILY_LIVING", "SOCIAL_NETWORK"] },
    team: [
      {
        organisation: "jgz",
        professional: "jeugdverpleegkundige",
        responsibility: "Jeugdverpleegkundige (Yasmine en Adam)",
        domains: ["PHYSICAL_HEALTH", "PARENTING"],
      },
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Rayan)",
        domains: ["EDUCATION"],
      },
    ],
    persons: [
      { given: "Samira", role: "PARENT", age: 33 },
      { given: "Rayan", role: "CHILD", age: 8 },
      { given: "Yasmine", role: "CHILD", age: 3 },
      { given: "Adam", role: "CHILD", age: 1, bsn: true },
    ],
    path: ["INVENTORY"],
  },
  hoekstra: {
    family: "Hoekstra",
    phase: "INVENTORY",
    framework: "DRANG",
    escalationLevel: 1,
    casusregisseur: "casusregisseurJoost",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 40,
    casusregie: {
      responsibility: "Jeugdbeschermer (drangtraject)",
      domains: ["SAFETY", "PARENTING", "YOUTH_CARE"],
    },
    team: [
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Luuk)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "politie",
        professional: "wijkagent",
        responsibility: "Wijkagent; politiemeldingen huiselijke onrust",
        domains: ["SAFETY", "JUSTICE"],
      },
    ],
    persons: [
      { given: "Rick", role: "PARENT", age: 31 },
      { given: "Demi", family: "Verbeek", role: "PARENT", age: 28 },
      { given: "Luuk", role: "CHILD", age: 5, bsn: true },
    ],
    path: [["INVENTORY", "Uitkomst Beschermingstafel: drang. Ouders werken mee aan een inventarisatie."]],
  },
  nguyen: {
    family: "Nguyen",
    phase: "INVENTORY",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurDaan",
    procesregisseur: "procesregisseurHanneke",
    openedDaysAgo: 25,
    casusregie: { domains: ["FAMILY_RELATIONS", "SOCIAL_NETWORK"] },
    team: [
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Vy)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "ggz",
        professional: "ggzBehandelaar",
        responsibility: "Behandelaar (moeder)",
        domains: ["MENTAL_HEALTH"],
      },
    ],
    persons: [
      { given: "Minh", role: "PARENT", age: 44 },
      { given: "Lan", role: "PARENT", age: 41 },
      { given: "Vy", role: "CHILD", age: 13 },
    ],
    path: ["INVENTORY"],
  },

  // --- ANALYSIS
  deBoer: {
    family: "de Boer",
    phase: "ANALYSIS",
    framework: "VOLUNTARY",
    escalationLevel: 1,
    casusregisseur: "casusregisseur",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 70,
    casusregie: { domains: ["PARENTING", "FAMILY_RELATIONS"] },
    team: [
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Julia en Bram)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "huisarts",
        professional: "huisarts",
        responsibility: "Huisarts",
        domains: ["PHYSICAL_HEALTH", "MENTAL_HEALTH"],
      },
    ],
    persons: [
      { given: "Wouter", role: "PARENT", age: 39 },
      { given: "Marieke", role: "PARENT", age: 37 },
      { given: "Julia", role: "CHILD", age: 11 },
      { given: "Bram", role: "CHILD", age: 6 },
    ],
    path: ["INVENTORY", "ANALYSIS"],
  },
  kowalski: {
    family: "Kowalski",
    phase: "ANALYSIS",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurFemke",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 60,
    casusregie: { domains: ["DAILY_LIVING", "SOCIAL_NETWORK"] },
    team: [
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Oliwia)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "jgz",
        professional: "jeugdverpleegkundige",
        responsibility: "Jeugdverpleegkundige (Jan)",
        domains: ["PHYSICAL_HEALTH", "PARENTING"],
      },
      {
        organisation: "schuldhulp",
        professional: "schuldhulpverlener",
        responsibility: "Schuldhulpverlener",
        domains: ["FINANCES", "WORK"],
      },
    ],
    persons: [
      { given: "Tomasz", role: "PARENT", age: 36 },
      { given: "Agnieszka", family: "Kowalska", role: "PARENT", age: 34 },
      { given: "Oliwia", family: "Kowalska", role: "CHILD", age: 9 },
      { given: "Jan", role: "CHILD", age: 2 },
    ],
    path: ["INVENTORY", "ANALYSIS"],
  },
  bos: {
    family: "Bos",
    phase: "ANALYSIS",
    framework: "VOLUNTARY",
    escalationLevel: 1,
    casusregisseur: "casusregisseurYoussef",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 85,
    casusregie: { domains: ["PARENTING", "DAILY_LIVING"] },
    team: [
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Mees)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "huisarts",
        professional: "huisarts",
        responsibility: "Huisarts",
        domains: ["PHYSICAL_HEALTH"],
      },
      {
        organisation: "ggz",
        professional: "ggzBehandelaar",
        responsibility: "Behandelaar (moeder)",
        domains: ["MENTAL_HEALTH"],
      },
    ],
    persons: [
      { given: "Ellen", role: "PARENT", age: 47 },
      { given: "Mees", role: "CHILD", age: 14 },
    ],
    path: [
      "INVENTORY",
      "ANALYSIS",
      [
        "INVENTORY",
        "Nieuwe informatie van de huisarts over de gezondheid van moeder; inventarisatie aangevuld.",
      ],
      "ANALYSIS",
    ],
  },
  ramautar: {
    family: "Ramautar",
    phase: "ANALYSIS",
    framework: "DRANG",
    escalationLevel: 2,
    casusregisseur: "casusregisseurDaan",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 95,
    casusregie: { domains: ["PARENTING", "DAYTIME_ACTIVITIES"] },
    team: [
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Ravi en Kavita)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "politie",
        professional: "wijkagent",
        responsibility: "Wijkagent; Ravi in beeld bij een jeugdgroep",
        domains: ["JUSTICE", "SAFETY"],
      },
      {
        organisation: "verslavingszorg",
        professional: "verslavingszorgProfessional",
        responsibility: "Preventiewerker jeugd (cannabisgebruik Ravi)",
        domains: ["SUBSTANCE_USE"],
      },
    ],
    persons: [
      { given: "Anil", role: "PARENT", age: 40 },
      { given: "Shanti", role: "PARENT", age: 38 },
      { given: "Ravi", role: "CHILD", age: 15, bsn: true },
      { given: "Kavita", role: "CHILD", age: 12 },
    ],
    path: ["INVENTORY", "ANALYSIS"],
  },

  // --- PLAN (plus Koopmans)
  vanDerLinden: {
    family: "van der Linden",
    phase: "PLAN",
    framework: "VOLUNTARY",
    escalationLevel: 1,
    casusregisseur: "casusregisseur",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 120,
    casusregie: { domains: ["FAMILY_RELATIONS", "PARENTING"] },
    team: [
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Fleur)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "jgz",
        professional: "jeugdverpleegkundige",
        responsibility: "Jeugdverpleegkundige (Lars)",
        domains: ["PHYSICAL_HEALTH", "PARENTING"],
      },
      {
        organisation: "ggz",
        professional: "ggzBehandelaar",
        responsibility: "Behandelaar (moeder)",
        domains: ["MENTAL_HEALTH"],
      },
    ],
    persons: [
      { given: "Nathalie", role: "PARENT", age: 35 },
      { given: "Gijs", family: "Schouten", role: "EX_PARTNER", age: 37 },
      { given: "Fleur", role: "CHILD", age: 7 },
      { given: "Lars", family: "Schouten", role: "CHILD", age: 3 },
    ],
    path: UP_TO_PLAN,
  },
  jacobs: {
    family: "Jacobs",
    phase: "PLAN",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurFemke",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 110,
    casusregie: { domains: ["DAYTIME_ACTIVITIES", "FAMILY_RELATIONS"] },
    team: [
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Stefan)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "huisarts",
        professional: "huisarts",
        responsibility: "Huisarts",
        domains: ["PHYSICAL_HEALTH", "MENTAL_HEALTH"],
      },
    ],
    persons: [
      { given: "Gerard", role: "PARENT", age: 58 },
      { given: "Trudy", role: "PARENT", age: 55 },
      { given: "Stefan", role: "CHILD", age: 17 },
    ],
    path: UP_TO_PLAN,
  },
  deGroot: {
    family: "de Groot",
    phase: "PLAN",
    framework: "COMPULSORY",
    escalationLevel: 3,
    casusregisseur: "casusregisseurJeugdbescherming",
    procesregisseur: null, // gedwongen kader: no procesregisseur (article 000)
    openedDaysAgo: 150,
    casusregie: {
      responsibility: "Jeugdbeschermer (ondertoezichtstelling)",
      domains: ["SAFETY", "PARENTING", "YOUTH_CARE"],
    },
    team: [
      {
        organisation: "raad",
        professional: "raadsonderzoeker",
        responsibility: "Raadsonderzoeker",
        domains: ["SAFETY", "PARENTING"],
      },
      {
        organisation: "jgz",
        professional: "jeugdverpleegkundige",
        responsibility: "Jeugdverpleegkundige (Milan)",
        domains: ["PHYSICAL_HEALTH", "PARENTING"],
      },
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Zoë)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "veiligThuis",
        professional: "veiligThuisProfessional",
        responsibility: "Overdracht onderzoek Veilig Thuis",
        domains: ["SAFETY"],
      },
    ],
    persons: [
      { given: "Marco", role: "PARENT", age: 35, bsn: true },
      { given: "Chantal", role: "PARENT", age: 31, bsn: true },
      { given: "Zoë", role: "CHILD", age: 6, bsn: true },
      { given: "Milan", role: "CHILD", age: 1, bsn: true },
    ],
    path: [
      ["INVENTORY", "Kinderrechter spreekt ondertoezichtstelling uit; jeugdbeschermer neemt de casusregie."],
      "ANALYSIS",
      "PLAN",
    ],
  },

  // --- EXECUTION (plus Veenstra)
  vanDenHeuvel: {
    family: "van den Heuvel",
    phase: "EXECUTION",
    framework: "VOLUNTARY",
    escalationLevel: 1,
    casusregisseur: "casusregisseur",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 200,
    casusregie: { domains: ["PARENTING", "SOCIAL_NETWORK"] },
    team: [
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Sophie)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "verslavingszorg",
        professional: "verslavingszorgProfessional",
        responsibility: "Verslavingsconsulent (vader, alcohol)",
        domains: ["SUBSTANCE_USE"],
      },
      {
        organisation: "schuldhulp",
        professional: "schuldhulpverlener",
        responsibility: "Schuldhulpverlener",
        domains: ["FINANCES"],
      },
    ],
    persons: [
      { given: "Joris", role: "PARENT", age: 38 },
      { given: "Sophie", role: "CHILD", age: 10 },
      { given: "Riet", role: "OTHER", age: 64 },
    ],
    path: UP_TO_EXECUTION,
  },
  vanBeek: {
    family: "van Beek",
    phase: "EXECUTION",
    framework: "COMPULSORY",
    escalationLevel: 3,
    casusregisseur: "casusregisseurJoost",
    procesregisseur: null, // gedwongen kader: no procesregisseur (article 000)
    openedDaysAgo: 320,
    casusregie: {
      responsibility: "Jeugdbeschermer (ondertoezichtstelling)",
      domains: ["SAFETY", "PARENTING", "YOUTH_CARE"],
    },
    team: [
      {
        organisation: "raad",
        professional: "raadsonderzoeker",
        responsibility: "Raadsonderzoeker",
        domains: ["SAFETY"],
      },
      {
        organisation: "jgz",
        professional: "jeugdverpleegkundige",
        responsibility: "Jeugdverpleegkundige (Nova)",
        domains: ["PHYSICAL_HEALTH", "PARENTING"],
      },
      {
        organisation: "veiligThuis",
        professional: "veiligThuisProfessional",
        responsibility: "Overdracht onderzoek Veilig Thuis",
        domains: ["SAFETY"],
      },
      {
        organisation: "ggz",
        professional: "ggzBehandelaar",
        responsibility: "Behandelaar (moeder)",
        domains: ["MENTAL_HEALTH"],
      },
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Luca, groep 2)",
        domains: ["EDUCATION"],
      },
    ],
    persons: [
      { given: "Melissa", role: "PARENT", age: 26, bsn: true },
      { given: "Dennis", family: "Kramer", role: "EX_PARTNER", age: 29 },
      { given: "Luca", role: "CHILD", age: 5, bsn: true },
      { given: "Nova", role: "CHILD", age: 3, bsn: true },
    ],
    path: UP_TO_EXECUTION,
  },
  huisman: {
    family: "Huisman",
    phase: "EXECUTION",
    framework: "DRANG",
    escalationLevel: 2,
    casusregisseur: "casusregisseurFemke",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 260,
    casusregie: { domains: ["PARENTING", "FAMILY_RELATIONS", "DAYTIME_ACTIVITIES"] },
    team: [
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Niels en Iris)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "politie",
        professional: "wijkagent",
        responsibility: "Wijkagent",
        domains: ["JUSTICE", "SAFETY"],
      },
      {
        organisation: "jeugdbescherming",
        professional: "jeugdreclasseerder",
        responsibility: "Jeugdreclassering (Niels)",
        domains: ["JUSTICE", "YOUTH_CARE"],
      },
    ],
    persons: [
      { given: "Erwin", role: "PARENT", age: 45 },
      { given: "Jolanda", role: "PARENT", age: 43 },
      { given: "Niels", role: "CHILD", age: 16, bsn: true },
      { given: "Iris", role: "CHILD", age: 13 },
    ],
    path: UP_TO_EXECUTION,
  },
  haddou: {
    family: "Haddou",
    phase: "EXECUTION",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurDaan",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 180,
    casusregie: { domains: ["DAILY_LIVING", "FINANCES"] },
    team: [
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Sara)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "schuldhulp",
        professional: "schuldhulpverlener",
        responsibility: "Schuldhulpverlener",
        domains: ["FINANCES"],
      },
      {
        organisation: "woningcorporatie",
        professional: "woonconsulent",
        responsibility: "Woonconsulent; overbewoning, aanvraag urgentie",
        domains: ["HOUSING"],
      },
    ],
    persons: [
      { given: "Karim", role: "PARENT", age: 45 },
      { given: "Nadia", role: "PARENT", age: 41 },
      { given: "Sara", role: "CHILD", age: 13 },
      { given: "Amira", role: "CHILD", age: 4 },
    ],
    path: UP_TO_EXECUTION,
  },

  // --- EVALUATION
  maas: {
    family: "Maas",
    phase: "EVALUATION",
    framework: "VOLUNTARY",
    escalationLevel: 1,
    casusregisseur: "casusregisseur",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 380,
    casusregie: { domains: ["PARENTING", "SOCIAL_NETWORK"] },
    team: [
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Robin en Tess)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "ggz",
        professional: "ggzBehandelaar",
        responsibility: "Behandelaar jeugd-GGZ (Robin, angstklachten)",
        domains: ["MENTAL_HEALTH", "YOUTH_CARE"],
      },
    ],
    persons: [
      { given: "Ingrid", role: "PARENT", age: 44 },
      { given: "Robin", role: "CHILD", age: 17 },
      { given: "Tess", role: "CHILD", age: 12 },
    ],
    path: UP_TO_EVALUATION,
  },
  prins: {
    family: "Prins",
    phase: "EVALUATION",
    framework: "COMPULSORY",
    escalationLevel: 3,
    casusregisseur: "casusregisseurJeugdbescherming",
    procesregisseur: null, // gedwongen kader: no procesregisseur (article 000)
    openedDaysAgo: 450,
    casusregie: {
      responsibility: "Jeugdbeschermer (ondertoezichtstelling)",
      domains: ["SAFETY", "PARENTING", "YOUTH_CARE"],
    },
    team: [
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Ruben)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "jgz",
        professional: "jeugdverpleegkundige",
        responsibility: "Jeugdverpleegkundige (Evi)",
        domains: ["PHYSICAL_HEALTH", "PARENTING"],
      },
      {
        organisation: "verslavingszorg",
        professional: "verslavingszorgProfessional",
        responsibility: "Verslavingsconsulent (vader)",
        domains: ["SUBSTANCE_USE"],
      },
    ],
    persons: [
      { given: "Martijn", role: "PARENT", age: 33, bsn: true },
      { given: "Kelly", role: "PARENT", age: 30, bsn: true },
      { given: "Ruben", role: "CHILD", age: 9, bsn: true },
      { given: "Evi", role: "CHILD", age: 2, bsn: true },
    ],
    path: [
      ...UP_TO_EVALUATION,
      [
        "EXECUTION",
        "Evaluatie: doelen voor Evi behaald, voor vader nog niet; uitvoering met een half jaar verlengd.",
      ],
      "EVALUATION",
    ],
  },
  tahiri: {
    family: "Tahiri",
    phase: "EVALUATION",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurYoussef",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 340,
    casusregie: { domains: ["FINANCES", "DAILY_LIVING", "SOCIAL_NETWORK"] },
    team: [
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Youness en Lina)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "schuldhulp",
        professional: "schuldhulpverlener",
        responsibility: "Schuldhulpverlener",
        domains: ["FINANCES"],
      },
      {
        organisation: "woningcorporatie",
        professional: "woonconsulent",
        responsibility: "Woonconsulent",
        domains: ["HOUSING"],
      },
    ],
    persons: [
      { given: "Fatima", role: "PARENT", age: 37 },
      { given: "Youness", role: "CHILD", age: 10 },
      { given: "Lina", role: "CHILD", age: 8 },
    ],
    path: UP_TO_EVALUATION,
  },

  // --- MONITORING (plus Timmermans)
  vanDerWal: {
    family: "van der Wal",
    phase: "MONITORING",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurFemke",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 540,
    casusregie: { domains: ["FINANCES", "WORK"] },
    team: [
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Hidde)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "schuldhulp",
        professional: "schuldhulpverlener",
        responsibility: "Schuldhulpverlener; budgetbeheer",
        domains: ["FINANCES"],
      },
    ],
    persons: [
      { given: "Bert", role: "PARENT", age: 50 },
      { given: "Saskia", role: "PARENT", age: 48 },
      { given: "Hidde", role: "CHILD", age: 15 },
    ],
    path: UP_TO_MONITORING,
  },
  blom: {
    family: "Blom",
    phase: "MONITORING",
    framework: "DRANG",
    escalationLevel: 1,
    casusregisseur: "casusregisseur",
    procesregisseur: "procesregisseurHanneke",
    openedDaysAgo: 560,
    casusregie: { domains: ["PARENTING", "SAFETY", "SOCIAL_NETWORK"] },
    team: [
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Stijn en Noa)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "verslavingszorg",
        professional: "verslavingszorgProfessional",
        responsibility: "Verslavingsconsulent (moeder, alcohol)",
        domains: ["SUBSTANCE_USE"],
      },
      {
        organisation: "politie",
        professional: "wijkagent",
        responsibility: "Wijkagent",
        domains: ["SAFETY"],
      },
    ],
    persons: [
      { given: "Angela", role: "PARENT", age: 39 },
      { given: "Stijn", role: "CHILD", age: 11 },
      { given: "Noa", role: "CHILD", age: 6 },
    ],
    path: [
      ...UP_TO_MONITORING,
      ["EXECUTION", "Terugval van moeder tijdens monitoring; uitvoering van het plan hervat."],
      "EVALUATION",
      ["MONITORING", "Moeder weer abstinent; afgeschaald naar monitoring."],
    ],
  },
  vanDenBroek: {
    family: "van den Broek",
    phase: "MONITORING",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurDaan",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 500,
    casusregie: { domains: ["PARENTING", "FAMILY_RELATIONS"] },
    team: [
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Olivier en Saar)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "ggz",
        professional: "ggzBehandelaar",
        responsibility: "Behandelaar (vader)",
        domains: ["MENTAL_HEALTH"],
      },
    ],
    persons: [
      { given: "Marcel", role: "PARENT", age: 41 },
      { given: "Esmee", role: "PARENT", age: 40 },
      { given: "Olivier", role: "CHILD", age: 8 },
      { given: "Saar", role: "CHILD", age: 5 },
    ],
    path: UP_TO_MONITORING,
  },

  // --- CLOSED
  deLange: {
    family: "de Lange",
    phase: "CLOSED",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurFemke",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 700,
    closedDaysAgo: 120,
    casusregie: { domains: ["FAMILY_RELATIONS", "PARENTING"] },
    team: [
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Jip)",
        domains: ["EDUCATION"],
      },
    ],
    persons: [
      { given: "Frank", role: "PARENT", age: 46 },
      { given: "Marjolein", role: "PARENT", age: 44 },
      { given: "Jip", role: "CHILD", age: 12 },
    ],
    path: [
      ...UP_TO_MONITORING,
      [
        "CLOSED",
        "Doelen behaald; het gezin voert weer zelf de regie. Afgeschaald naar het voorliggend veld.",
      ],
    ],
  },
  vanDeVen: {
    family: "van de Ven",
    phase: "CLOSED",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurYoussef",
    procesregisseur: "procesregisseurRuud",
    openedDaysAgo: 640,
    closedDaysAgo: 200,
    casusregie: { domains: ["PARENTING", "HOUSING"] },
    team: [
      {
        organisation: "huisarts",
        professional: "huisarts",
        responsibility: "Huisarts",
        domains: ["PHYSICAL_HEALTH"],
      },
    ],
    persons: [
      { given: "Roy", role: "PARENT", age: 32 },
      { given: "Lisa", role: "PARENT", age: 30 },
      { given: "Mats", role: "CHILD", age: 4 },
    ],
    path: [
      "INVENTORY",
      "ANALYSIS",
      ["CLOSED", "Gezin verhuisd naar Beekdal; warme overdracht aan het wijkteam daar."],
    ],
  },
  smits: {
    family: "Smits",
    phase: "CLOSED",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseur",
    procesregisseur: null,
    openedDaysAgo: 380,
    closedDaysAgo: 300,
    casusregie: { domains: ["FAMILY_RELATIONS"] },
    team: [
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Dewi)",
        domains: ["EDUCATION"],
      },
    ],
    persons: [
      { given: "Yvonne", role: "PARENT", age: 51 },
      { given: "Dewi", role: "CHILD", age: 16 },
    ],
    path: [
      [
        "CLOSED",
        "Geen regie nodig: ondersteuning door het algemeen maatschappelijk werk volstaat (voorliggend veld).",
      ],
    ],
  },

  // --- Marloes de Wit's portfolio: sixteen more families she directs as procesregisseur, so that one
  // procesregisseur has a realistic portfolio of about forty cases in every state (the dossier content that
  // makes them stalled, overdue, over budget or acutely unsafe is added by the hub's content seed).
  yilmaz: {
    family: "Yılmaz",
    phase: "SIGNAL",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurYoussef",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 6,
    casusregie: { domains: ["FINANCES", "PARENTING"] },
    team: [
      {
        organisation: "schuldhulp",
        professional: "schuldhulpverlener",
        responsibility: "Schuldhulpverlener; signaal betalingsachterstanden",
        domains: ["FINANCES"],
      },
    ],
    persons: [
      { given: "Murat", role: "PARENT", age: 42 },
      { given: "Zeynep", role: "PARENT", age: 39 },
      { given: "Deniz", role: "CHILD", age: 11 },
    ],
    path: [],
  },
  verhagen: {
    family: "Verhagen",
    phase: "INVENTORY",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseur",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 22,
    casusregie: { domains: ["PARENTING", "MENTAL_HEALTH"] },
    team: [
      {
        organisation: "jgz",
        professional: "jeugdverpleegkundige",
        responsibility: "Jeugdverpleegkundige (Sofie); signaal postnatale depressie moeder",
        domains: ["PHYSICAL_HEALTH", "PARENTING"],
      },
      {
        organisation: "huisarts",
        professional: "huisarts",
        responsibility: "Huisarts (moeder)",
        domains: ["MENTAL_HEALTH", "PHYSICAL_HEALTH"],
      },
    ],
    persons: [
      { given: "Eva", role: "PARENT", age: 31 },
      { given: "Joris", role: "PARENT", age: 33 },
      { given: "Sofie", role: "CHILD", age: 0 },
    ],
    path: ["INVENTORY"],
  },
  dijkman: {
    family: "Dijkman",
    phase: "INVENTORY",
    framework: "DRANG",
    escalationLevel: 1,
    casusregisseur: "casusregisseurFemke",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 80,
    casusregie: { domains: ["SAFETY", "PARENTING", "SUBSTANCE_USE"] },
    team: [
      {
        organisation: "verslavingszorg",
        professional: "verslavingszorgProfessional",
        responsibility: "Verslavingsconsulent (vader)",
        domains: ["SUBSTANCE_USE"],
      },
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Thijs)",
        domains: ["EDUCATION"],
      },
    ],
    persons: [
      { given: "Erwin", role: "PARENT", age: 44 },
      { given: "Mandy", role: "PARENT", age: 38 },
      { given: "Thijs", role: "CHILD", age: 9 },
    ],
    path: [
      [
        "INVENTORY",
        "Uitkomst Jeugdbeschermingsplein: drang. Vader werkt mee aan een inventarisatie, maar afspraken worden afgezegd.",
      ],
    ],
  },
  aydin: {
    family: "Aydın",
    phase: "ANALYSIS",
    framework: "VOLUNTARY",
    escalationLevel: 1,
    casusregisseur: "casusregisseurYoussef",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 115,
    casusregie: { domains: ["FAMILY_RELATIONS", "HOUSING", "DAILY_LIVING"] },
    team: [
      {
        organisation: "woningcorporatie",
        professional: "woonconsulent",
        responsibility: "Woonconsulent; overbewoning en overlast",
        domains: ["HOUSING"],
      },
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Berkay)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Ela)",
        domains: ["EDUCATION"],
      },
    ],
    persons: [
      { given: "Hakan", role: "PARENT", age: 46 },
      { given: "Fatma", role: "PARENT", age: 43 },
      { given: "Berkay", role: "CHILD", age: 14 },
      { given: "Ela", role: "CHILD", age: 8 },
      { given: "Emine", role: "OTHER", age: 71 },
    ],
    path: ["INVENTORY", "ANALYSIS"],
  },
  sedney: {
    family: "Sedney",
    phase: "ANALYSIS",
    framework: "DRANG",
    escalationLevel: 2,
    casusregisseur: "casusregisseurFemke",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 95,
    casusregie: { domains: ["SAFETY", "PARENTING", "FAMILY_RELATIONS"] },
    team: [
      {
        organisation: "veiligThuis",
        professional: "veiligThuisProfessional",
        responsibility: "Overdracht na melding huiselijk geweld",
        domains: ["SAFETY"],
      },
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Quincy)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "politie",
        professional: "wijkagent",
        responsibility: "Wijkagent",
        domains: ["SAFETY", "JUSTICE"],
      },
    ],
    persons: [
      { given: "Roxanne", role: "PARENT", age: 30 },
      { given: "Dwayne", family: "Lont", role: "EX_PARTNER", age: 34 },
      { given: "Quincy", role: "CHILD", age: 7, bsn: true },
    ],
    path: [
      ["INVENTORY", "Melding Veilig Thuis na ruzie met geweld in het bijzijn van Quincy; drang afgesproken."],
      "ANALYSIS",
    ],
  },
  vanRijn: {
    family: "van Rijn",
    phase: "PLAN",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurDaan",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 85,
    casusregie: { domains: ["FINANCES", "WORK", "DAILY_LIVING"] },
    team: [
      {
        organisation: "schuldhulp",
        professional: "schuldhulpverlener",
        responsibility: "Schuldhulpverlener (budgetbeheer)",
        domains: ["FINANCES"],
      },
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Mila)",
        domains: ["EDUCATION"],
      },
    ],
    persons: [
      { given: "Kees", role: "PARENT", age: 50 },
      { given: "Mila", role: "CHILD", age: 15 },
    ],
    path: UP_TO_PLAN,
  },
  postma: {
    family: "Postma",
    phase: "PLAN",
    framework: "DRANG",
    escalationLevel: 1,
    casusregisseur: "casusregisseur",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 135,
    casusregie: { domains: ["PARENTING", "FAMILY_RELATIONS", "DAYTIME_ACTIVITIES"] },
    team: [
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Sietse); schoolverzuim",
        domains: ["EDUCATION"],
      },
      {
        organisation: "jeugdbescherming",
        professional: "jeugdreclasseerder",
        responsibility: "Jeugdreclassering (Sietse, taakstraf)",
        domains: ["JUSTICE", "YOUTH_CARE"],
      },
      {
        organisation: "ggz",
        professional: "ggzBehandelaar",
        responsibility: "Behandelaar (Sietse, ADHD)",
        domains: ["MENTAL_HEALTH"],
      },
    ],
    persons: [
      { given: "Anneke", role: "PARENT", age: 45 },
      { given: "Sietse", role: "CHILD", age: 16, bsn: true },
      { given: "Wietske", role: "CHILD", age: 12 },
    ],
    path: [...UP_TO_PLAN],
  },
  claassen: {
    family: "Claassen",
    phase: "EXECUTION",
    framework: "VOLUNTARY",
    escalationLevel: 1,
    casusregisseur: "casusregisseur",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 215,
    casusregie: { domains: ["FAMILY_RELATIONS", "PARENTING", "FINANCES"] },
    team: [
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Lotte en Ties)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "schuldhulp",
        professional: "schuldhulpverlener",
        responsibility: "Schuldhulpverlener",
        domains: ["FINANCES"],
      },
      {
        organisation: "wijkteamNoord",
        professional: "wijkteamProfessional",
        responsibility: "Ambulante gezinsbegeleiding",
        domains: ["PARENTING", "YOUTH_CARE"],
      },
    ],
    persons: [
      { given: "Ingrid", role: "PARENT", age: 38 },
      { given: "Lotte", role: "CHILD", age: 10 },
      { given: "Ties", role: "CHILD", age: 6 },
    ],
    path: UP_TO_EXECUTION,
  },
  benali: {
    family: "Benali",
    phase: "EXECUTION",
    framework: "DRANG",
    escalationLevel: 3,
    casusregisseur: "casusregisseurYoussef",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 330,
    casusregie: { domains: ["SAFETY", "PARENTING", "JUSTICE"] },
    team: [
      {
        organisation: "veiligThuis",
        professional: "veiligThuisProfessional",
        responsibility: "Veiligheidsplan en monitoring",
        domains: ["SAFETY"],
      },
      {
        organisation: "politie",
        professional: "wijkagent",
        responsibility: "Wijkagent; huisverbod vader",
        domains: ["SAFETY", "JUSTICE"],
      },
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Yassin)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Nora)",
        domains: ["EDUCATION"],
      },
    ],
    persons: [
      { given: "Karim", role: "PARENT", age: 41, bsn: true },
      { given: "Latifa", role: "PARENT", age: 37, bsn: true },
      { given: "Yassin", role: "CHILD", age: 13, bsn: true },
      { given: "Nora", role: "CHILD", age: 9 },
    ],
    path: [
      [
        "INVENTORY",
        "Meerdere politiemeldingen van huiselijk geweld; Jeugdbeschermingsplein besluit tot drang met een veiligheidsplan.",
      ],
      "ANALYSIS",
      "PLAN",
      [
        "EXECUTION",
        "Veiligheidsplan en gezinsplan vastgesteld; besproken in het Zorg- en Veiligheidshuis met politie en Veilig Thuis.",
      ],
    ],
  },
  wouters: {
    family: "Wouters",
    phase: "EXECUTION",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurFemke",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 160,
    casusregie: { domains: ["PARENTING", "YOUTH_CARE", "DAILY_LIVING"] },
    team: [
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Daan)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "ggz",
        professional: "ggzBehandelaar",
        responsibility: "Behandelaar jeugd-GGZ (Daan, autisme)",
        domains: ["MENTAL_HEALTH", "YOUTH_CARE"],
      },
      {
        organisation: "jgz",
        professional: "jeugdverpleegkundige",
        responsibility: "Jeugdverpleegkundige (Puck)",
        domains: ["PHYSICAL_HEALTH", "PARENTING"],
      },
    ],
    persons: [
      { given: "Michiel", role: "PARENT", age: 40 },
      { given: "Sanne", role: "PARENT", age: 38 },
      { given: "Daan", role: "CHILD", age: 8 },
      { given: "Puck", role: "CHILD", age: 2 },
    ],
    path: UP_TO_EXECUTION,
  },
  kramer: {
    family: "Kramer",
    phase: "EXECUTION",
    framework: "DRANG",
    escalationLevel: 2,
    casusregisseur: "casusregisseurDaan",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 245,
    casusregie: { domains: ["HOUSING", "FINANCES", "PARENTING"] },
    team: [
      {
        organisation: "woningcorporatie",
        professional: "woonconsulent",
        responsibility: "Woonconsulent; ontruimingsvonnis aangehouden",
        domains: ["HOUSING"],
      },
      {
        organisation: "schuldhulp",
        professional: "schuldhulpverlener",
        responsibility: "Schuldhulpverlener",
        domains: ["FINANCES"],
      },
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Jesse)",
        domains: ["EDUCATION"],
      },
    ],
    persons: [
      { given: "Patrick", role: "PARENT", age: 36 },
      { given: "Jesse", role: "CHILD", age: 10 },
      { given: "Romy", role: "CHILD", age: 5 },
    ],
    path: [
      ["INVENTORY", "Lindewonen meldt een ontruimingsvonnis; de kinderen dreigen dakloos te worden."],
      "ANALYSIS",
      "PLAN",
      ["EXECUTION", "Gezinsplan vastgesteld: woonbegeleiding, schuldregeling en opvoedondersteuning."],
    ],
  },
  lammers: {
    family: "Lammers",
    phase: "EXECUTION",
    framework: "VOLUNTARY",
    escalationLevel: 1,
    casusregisseur: "casusregisseurYoussef",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 190,
    casusregie: { domains: ["MENTAL_HEALTH", "FAMILY_RELATIONS", "WORK"] },
    team: [
      {
        organisation: "ggz",
        professional: "ggzBehandelaar",
        responsibility: "Behandelaar (vader, depressie)",
        domains: ["MENTAL_HEALTH"],
      },
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Femke)",
        domains: ["EDUCATION"],
      },
    ],
    persons: [
      { given: "Rutger", role: "PARENT", age: 48 },
      { given: "Femke", role: "CHILD", age: 15 },
      { given: "Olivier", role: "CHILD", age: 17 },
    ],
    path: UP_TO_EXECUTION,
  },
  gerritsen: {
    family: "Gerritsen",
    phase: "EVALUATION",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseur",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 300,
    casusregie: { domains: ["PARENTING", "SOCIAL_NETWORK"] },
    team: [
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Bo)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "jgz",
        professional: "jeugdverpleegkundige",
        responsibility: "Jeugdverpleegkundige (Luca)",
        domains: ["PHYSICAL_HEALTH", "PARENTING"],
      },
    ],
    persons: [
      { given: "Debby", role: "PARENT", age: 27 },
      { given: "Bo", role: "CHILD", age: 6 },
      { given: "Luca", role: "CHILD", age: 1 },
    ],
    path: UP_TO_EVALUATION,
  },
  abdi: {
    family: "Abdi",
    phase: "EVALUATION",
    framework: "DRANG",
    escalationLevel: 1,
    casusregisseur: "casusregisseurFemke",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 365,
    casusregie: { domains: ["PARENTING", "SOCIAL_PARTICIPATION", "FINANCES"] },
    team: [
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Hodan)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Abdirahman)",
        domains: ["EDUCATION"],
      },
      {
        organisation: "huisarts",
        professional: "huisarts",
        responsibility: "Huisarts (moeder)",
        domains: ["PHYSICAL_HEALTH", "MENTAL_HEALTH"],
      },
    ],
    persons: [
      { given: "Amina", role: "PARENT", age: 40 },
      { given: "Hodan", role: "CHILD", age: 14 },
      { given: "Abdirahman", role: "CHILD", age: 10 },
    ],
    path: UP_TO_EVALUATION,
  },
  vanDijk: {
    family: "van Dijk",
    phase: "MONITORING",
    framework: "VOLUNTARY",
    escalationLevel: 0,
    casusregisseur: "casusregisseurYoussef",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 470,
    casusregie: { domains: ["FAMILY_RELATIONS", "PARENTING"] },
    team: [
      {
        organisation: "secondarySchool",
        professional: "secondarySchoolProfessional",
        responsibility: "Zorgcoördinator (Jelle)",
        domains: ["EDUCATION"],
      },
    ],
    persons: [
      { given: "Mark", role: "PARENT", age: 47 },
      { given: "Petra", role: "PARENT", age: 45 },
      { given: "Jelle", role: "CHILD", age: 15 },
    ],
    path: UP_TO_MONITORING,
  },
  deVries: {
    family: "de Vries",
    phase: "MONITORING",
    framework: "DRANG",
    escalationLevel: 1,
    casusregisseur: "casusregisseurDaan",
    procesregisseur: "procesregisseur",
    openedDaysAgo: 430,
    casusregie: { domains: ["SAFETY", "PARENTING", "HOUSING"] },
    team: [
      {
        organisation: "veiligThuis",
        professional: "veiligThuisProfessional",
        responsibility: "Monitoring na interventie Veilig Thuis",
        domains: ["SAFETY"],
      },
      {
        organisation: "school",
        professional: "schoolProfessional",
        responsibility: "Intern begeleider (Sara)",
        domains: ["EDUCATION"],
      },
    ],
    persons: [
      { given: "Jolanda", role: "PARENT", age: 34 },
      { given: "Sara", role: "CHILD", age: 8 },
      { given: "Timo", role: "CHILD", age: 4 },
    ],
    path: UP_TO_MONITORING,
  },
} as const satisfies Record<string, CaseSpec>;

export type DemoCaseKey = keyof typeof CASES;

const DEFAULT_REASONS: Partial<Record<`${CasePhase}>${CasePhase}`, string>> = {
  "SIGNAL>INVENTORY":
    "Signaal besproken met het gezin; het gezin stemt in met een inventarisatie van alle leefgebieden.",
  "INVENTORY>ANALYSIS":
    "Inventarisatie afgerond: alle leefgebieden en het netwerk in kaart, zelfredzaamheid ingeschat.",
  "ANALYSIS>PLAN":
    "Integrale probleemanalyse besproken met gezin en partners; feiten en meningen gescheiden.",
  "PLAN>EXECUTION": "Gezinsplan met het gezin afgesproken en vastgesteld; acties belegd bij de partners.",
  "EXECUTION>EVALUATION": "Evaluatiemoment: resultaten per doel besproken met het gezin en de partners.",
  "EVALUATION>MONITORING":
    "Doelen grotendeels behaald; afgeschaald naar monitoring met een vinger aan de pols.",
  "EVALUATION>EXECUTION": "Evaluatie: doelen deels behaald; uitvoering van het plan verlengd.",
  "MONITORING>CLOSED": "Het gezin voert weer zelf de regie; dossier gesloten.",
  "ANALYSIS>INVENTORY": "Nieuwe informatie ontvangen; inventarisatie aangevuld.",
  "PLAN>ANALYSIS": "Plan sluit niet aan op de analyse; opnieuw analyseren.",
  "MONITORING>EXECUTION": "Terugval tijdens monitoring; uitvoering van het plan hervat.",
};

// ---------------------------------------------------------------------------------------------------------
// The exported handles

function idsFor<K extends string>(prefix: string, specs: Record<K, unknown>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(specs) as K[]) out[key] = demoUuid(`${prefix}:${key}`);
  return out;
}

const ORGANISATION_IDS = idsFor("org", ORGANISATIONS);
const PROFESSIONAL_IDS = idsFor("professional", PROFESSIONALS);
const CASE_IDS = idsFor("case", CASES);

const PROFESSIONAL_EMAILS = {} as Record<DemoProfessionalKey, string>;
for (const [key, spec] of Object.entries(PROFESSIONALS) as [DemoProfessionalKey, ProfessionalSpec][]) {
  PROFESSIONAL_EMAILS[key] = `${spec.mailbox}@${ORGANISATIONS[spec.organisation].domain}`;
}

const caseSpecs = Object.values(CASES) as CaseSpec[];

// The region's escalation ladder (opschalen en afschalen): one table per level.
const ESCALATION_TABLES = {
  wijkteamoverleg: {
    name: "Wijkteamoverleg Lindehaven",
    level: 1,
    organisation: "wijkteamNoord",
    chair: "casusregisseur",
    members: ["wijkteamProfessional"],
    description: "Casusoverleg van het wijkteam: meer partners aan tafel, de casusregisseur houdt de regie.",
    decidesFramework: false,
  },
  jeugdbeschermingsplein: {
    name: "Jeugdbeschermingsplein Lindehaven",
    level: 2,
    organisation: "gemeente",
    chair: "procesregisseurRuud",
    members: ["raadsonderzoeker", "jeugdreclasseerder", "veiligThuisProfessional", "procesregisseur"],
    description:
      "Besluit of vrijwillige hulp volstaat, of drang met doelen en monitoring nodig is, of een verzoek tot onderzoek aan de Raad voor de Kinderbescherming.",
    decidesFramework: true,
  },
  zorgEnVeiligheidshuis: {
    name: "Zorg- en Veiligheidshuis Lindehaven",
    level: 3,
    organisation: "gemeente",
    chair: "procesregisseurRuud",
    members: ["wijkagent", "raadsonderzoeker", "veiligThuisProfessional"],
    description:
      "Complexe casuïstiek op het snijvlak van zorg, veiligheid en straf, met politie en justitie.",
    decidesFramework: true,
  },
} as const satisfies Record<
  string,
  {
    name: string;
    level: number;
    organisation: DemoOrganisationKey;
    chair: DemoProfessionalKey;
    /** Who sits at the table besides its chair (table sessions, issue 17). */
    members: readonly DemoProfessionalKey[];
    description: string;
    decidesFramework: boolean;
  }
>;
export type DemoEscalationTableKey = keyof typeof ESCALATION_TABLES;
const ESCALATION_TABLE_IDS = idsFor("escalation-table", ESCALATION_TABLES);
const TABLE_OF_LEVEL = new Map<number, DemoEscalationTableKey>(
  (Object.entries(ESCALATION_TABLES) as [DemoEscalationTableKey, { level: number }][]).map(([k, t]) => [
    t.level,
    k,
  ]),
);

/** Why each demo case climbed the ladder, per level reached. */
const ESCALATION_REASONS: Record<number, string> = {
  1: "Meerdere partners betrokken en de afspraken lopen niet: samen aan tafel in het wijkteamoverleg.",
  2: "Zorgen over de veiligheid van de kinderen blijven; het vrijwillige kader staat onder druk.",
  3: "Zorg en veiligheid lopen door elkaar (politie, justitie): inbreng in het Zorg- en Veiligheidshuis.",
};

export type DemoBackgroundCase = "separatedParents" | "veiligThuisMonitoring" | "multiProblem";

/** Which of the three background cases each professional may see (see the table at the top). */
const VISIBILITY: Record<DemoProfessionalKey, readonly DemoBackgroundCase[]> = {
  procesregisseur: ["separatedParents", "multiProblem"],
  procesregisseurHanneke: ["veiligThuisMonitoring"],
  procesregisseurRuud: [],
  privacyOfficer: [],
  admin: [],
  casusregisseur: ["separatedParents", "multiProblem"],
  casusregisseurYoussef: ["separatedParents", "multiProblem"],
  wijkteamProfessional: ["separatedParents", "multiProblem"],
  casusregisseurFemke: ["veiligThuisMonitoring"],
  casusregisseurDaan: ["veiligThuisMonitoring"],
  wijkteamZuidProfessional: ["veiligThuisMonitoring"],
  casusregisseurJeugdbescherming: ["multiProblem"],
  casusregisseurJoost: ["multiProblem"],
  jeugdreclasseerder: ["multiProblem"],
  veiligThuisProfessional: ["veiligThuisMonitoring"],
  raadsonderzoeker: [],
  schoolProfessional: ["separatedParents"],
  secondarySchoolProfessional: ["separatedParents", "veiligThuisMonitoring", "multiProblem"],
  huisarts: [],
  jeugdverpleegkundige: [],
  ggzBehandelaar: ["separatedParents", "veiligThuisMonitoring"],
  verslavingszorgProfessional: ["multiProblem"],
  woonconsulent: ["multiProblem"],
  schuldhulpverlener: ["multiProblem"],
  wijkagent: ["multiProblem"],
};

/** Stable ids, e-mail addresses and counts of the demo region, for tests, fixtures and sign-in. */
export const DEMO = {
  municipality: DEMO_MUNICIPALITY,
  neighbouringMunicipality: NEIGHBOUR,
  /** Organisation ids. `school` is the primary school (De Regenboog), `secondarySchool` the vmbo. */
  organisations: ORGANISATION_IDS,
  /**
   * Professional ids. `procesregisseur` (Marloes de Wit) directs (a) and (c); `casusregisseur` (Sanne Bakker,
   * wijkteam Noord, SKJ) is the casusregisseur of (c); `casusregisseurDaan` has no registration;
   * `schoolProfessional` (intern begeleider, De Regenboog) is on (a) but not (b); `jeugdverpleegkundige`,
   * `huisarts` and `raadsonderzoeker` are on none of the three.
   */
  professionals: PROFESSIONAL_IDS,
  /** E-mail address of each professional (same keys as `professionals`). */
  emails: PROFESSIONAL_EMAILS,
  /** The three families from the background articles. */
  cases: {
    /** (a) Gezin Veenstra — separated parents, two children, procesregie on a voluntary track. */
    separatedParents: CASE_IDS.veenstra,
    /** (b) Gezin Timmermans — monitoring after a Veilig Thuis intervention, drang. */
    veiligThuisMonitoring: CASE_IDS.timmermans,
    /** (c) Gezin Koopmans — multi-problem family, escalated to procesregie. */
    multiProblem: CASE_IDS.koopmans,
  },
  /** The escalation ladder's tables by key. */
  escalationTables: ESCALATION_TABLE_IDS,
  /** Every demo case id by key (family). */
  allCases: CASE_IDS,
  /** Which of the three background cases each professional sees. */
  visibility: VISIBILITY,
  /** The cases Marloes de Wit (`professionals.procesregisseur`) directs: her portfolio of about forty. */
  portfolioCases: (Object.keys(CASES) as DemoCaseKey[])
    .filter((key) => CASES[key].procesregisseur === "procesregisseur")
    .map((key) => CASE_IDS[key]),
  counts: {
    organisations: Object.keys(ORGANISATIONS).length,
    professionals: Object.keys(PROFESSIONALS).length,
    cases: caseSpecs.length,
    persons: caseSpecs.reduce((n, c) => n + c.persons.length, 0),
    teamMembers: caseSpecs.reduce((n, c) => n + c.team.length + 1, 0),
    phaseTransitions: caseSpecs.reduce((n, c) => n + c.path.length, 0),
    escalationTables: Object.keys(ESCALATION_TABLES).length,
    escalations: caseSpecs.reduce((n, c) => n + c.escalationLevel, 0),
  },
} as const;

// ---------------------------------------------------------------------------------------------------------
// Building the rows

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Who sits at each table besides its chair (table sessions, issue 17). */
function tableMemberRows(): (typeof escalationTableMembers.$inferInsert)[] {
  return (
    Object.entries(ESCALATION_TABLES) as [
      DemoEscalationTableKey,
      { members: readonly DemoProfessionalKey[] },
    ][]
  ).flatMap(([key, spec]) =>
    spec.members.map((member) => ({
      tableId: ESCALATION_TABLE_IDS[key],
      professionalId: PROFESSIONAL_IDS[member],
    })),
  );
}

function tableIdOfLevel(level: number): string | null {
  const key = TABLE_OF_LEVEL.get(level);
  return key ? ESCALATION_TABLE_IDS[key] : null;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The reference number of each case follows the order of opening (oldest first). */
function referenceNumbers(): Map<DemoCaseKey, number> {
  const keys = (Object.keys(CASES) as DemoCaseKey[]).sort((a, b) => {
    const diff = CASES[b].openedDaysAgo - CASES[a].openedDaysAgo;
    return diff !== 0 ? diff : a.localeCompare(b);
  });
  return new Map(keys.map((key, i) => [key, i + 1]));
}

/** A BSN in the 9999… test range that passes the elfproef, derived from a stable key. */
function demoBsn(key: string, taken: Set<string>): string {
  let n = hashInt(`bsn:${key}`) % 10_000;
  for (;;) {
    const body = `9999${String(n).padStart(4, "0")}`;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(body.charAt(i)) * (9 - i);
    const check = sum % 11;
    if (check < 10) {
      const bsn = `${body}${check}`;
      if (!taken.has(bsn)) {
        taken.add(bsn);
        return bsn;
      }
    }
    n = (n + 1) % 10_000;
  }
}

export interface DemoRegionRows {
  organisations: (typeof organisations.$inferInsert)[];
  professionals: (typeof professionals.$inferInsert)[];
  cases: (typeof cases.$inferInsert)[];
  persons: (typeof persons.$inferInsert)[];
  caseTeamMembers: (typeof caseTeamMembers.$inferInsert)[];
  casePhaseTransitions: (typeof casePhaseTransitions.$inferInsert)[];
  escalationTables: (typeof escalationTables.$inferInsert)[];
  caseEscalations: (typeof caseEscalations.$inferInsert)[];
}

/** All rows of the demo region, with dates relative to `today`. Ids do not depend on `today`. */
export function buildDemoRegion(today: Date = new Date()): DemoRegionRows {
  // Day 0 is today's date in the Netherlands, as the hub decides "today" (the UTC date is a day behind from
  // midnight in Amsterdam to midnight UTC).
  const [year, month, day] = dutchDate(today).split("-").map(Number) as [number, number, number];
  const base = Date.UTC(year, month - 1, day);
  const dayStart = (daysAgo: number) => base - daysAgo * DAY_MS;
  const at = (daysAgo: number, hourUtc: number, minutes = 0) =>
    new Date(dayStart(daysAgo) + hourUtc * 60 * MINUTE_MS + minutes * MINUTE_MS);
  const birthDate = (age: number, key: string) => {
    const anniversary = Date.UTC(year - age, month - 1, day);
    return isoDate(new Date(anniversary - (hashInt(`birth:${key}`) % 360) * DAY_MS));
  };

  const oldest = Math.max(...caseSpecs.map((c) => c.openedDaysAgo));
  const regionCreatedAt = at(oldest + 30, 8);

  const rows: DemoRegionRows = {
    organisations: [],
    professionals: [],
    cases: [],
    persons: [],
    caseTeamMembers: [],
    casePhaseTransitions: [],
    escalationTables: [],
    caseEscalations: [],
  };

  for (const [key, spec] of Object.entries(ORGANISATIONS) as [DemoOrganisationKey, OrganisationSpec][]) {
    rows.organisations.push({
      id: ORGANISATION_IDS[key],
      name: spec.name,
      kind: spec.kind,
      municipality: spec.municipality,
      createdAt: regionCreatedAt,
    });
  }

  for (const [key, spec] of Object.entries(PROFESSIONALS) as [DemoProfessionalKey, ProfessionalSpec][]) {
    rows.professionals.push({
      id: PROFESSIONAL_IDS[key],
      organisationId: ORGANISATION_IDS[spec.organisation],
      name: spec.name,
      email: PROFESSIONAL_EMAILS[key],
      role: spec.role,
      registrationKind: spec.registration?.[0] ?? null,
      registrationNumber: spec.registration?.[1] ?? null,
      createdAt: regionCreatedAt,
    });
  }

  for (const [key, spec] of Object.entries(ESCALATION_TABLES) as [
    DemoEscalationTableKey,
    (typeof ESCALATION_TABLES)[DemoEscalationTableKey],
  ][]) {
    rows.escalationTables.push({
      id: ESCALATION_TABLE_IDS[key],
      name: spec.name,
      level: spec.level,
      organisationId: ORGANISATION_IDS[spec.organisation],
      chairProfessionalId: PROFESSIONAL_IDS[spec.chair],
      description: spec.description,
      decidesFramework: spec.decidesFramework,
    });
  }

  const numbers = referenceNumbers();
  const bsns = new Set<string>();

  for (const [key, spec] of Object.entries(CASES) as [DemoCaseKey, CaseSpec][]) {
    const caseId = CASE_IDS[key];
    const casusregisseurId = PROFESSIONAL_IDS[spec.casusregisseur];
    const casusregisseurOrganisation = PROFESSIONALS[spec.casusregisseur].organisation;
    const openedOn = new Date(dayStart(spec.openedDaysAgo));
    const createdAt = at(spec.openedDaysAgo, 8);

    // Phase transitions, spread between opening and closing (or today); a closing happens on closedOn.
    const closed = spec.closedDaysAgo !== undefined;
    const endDaysAgo = spec.closedDaysAgo ?? 0;
    const span = spec.openedDaysAgo - endDaysAgo;
    const steps = spec.path.length;
    let from: CasePhase = "SIGNAL";
    let lastAt = createdAt;
    spec.path.forEach((step, i) => {
      const [to, reason] = typeof step === "string" ? [step, undefined] : step;
      if (!canTransition(from, to)) {
        throw new Error(`Demo region: case ${key} cannot move from ${from} to ${to}`);
      }
      const fraction = closed ? (i + 1) / steps : (i + 1) / (steps + 1);
      const daysAgo = spec.openedDaysAgo - Math.floor(span * fraction);
      lastAt = at(daysAgo, 9, i * 7);
      rows.casePhaseTransitions.push({
        id: demoUuid(`transition:${key}:${i}`),
        caseId,
        fromPhase: from,
        toPhase: to,
        reason: reason ?? DEFAULT_REASONS[`${from}>${to}`] ?? "Fase gewijzigd.",
        byProfessionalId: casusregisseurId,
        at: lastAt,
      });
      from = to;
    });
    if (from !== spec.phase) {
      throw new Error(`Demo region: the path of case ${key} ends in ${from}, not ${spec.phase}`);
    }

    const number = numbers.get(key) ?? 0;
    rows.cases.push({
      id: caseId,
      reference: `RH-${openedOn.getUTCFullYear()}-${String(number).padStart(4, "0")}`,
      title: `Gezin ${spec.family.charAt(0).toUpperCase()}${spec.family.slice(1)}`,
      municipality: DEMO_MUNICIPALITY,
      phase: spec.phase,
      framework: spec.framework,
      escalationLevel: spec.escalationLevel,
      escalationTableId: tableIdOfLevel(spec.escalationLevel),
      casusregisseurId,
      procesregisseurId: spec.procesregisseur ? PROFESSIONAL_IDS[spec.procesregisseur] : null,
      openedOn: isoDate(openedOn),
      closedOn: closed ? isoDate(new Date(dayStart(endDaysAgo))) : null,
      version: 1 + steps,
      createdAt,
      updatedAt: lastAt,
    });

    // The climb up the ladder, one level at a time, in the first half of the case's life.
    for (let level = 1; level <= spec.escalationLevel; level++) {
      const daysAgo = spec.openedDaysAgo - Math.floor((span * level) / (2 * (spec.escalationLevel + 1)));
      rows.caseEscalations.push({
        id: demoUuid(`escalation:${key}:${level}`),
        caseId,
        fromLevel: level - 1,
        toLevel: level,
        tableId: tableIdOfLevel(level),
        reason: ESCALATION_REASONS[level] ?? "Opgeschaald.",
        decision: "Besproken aan tafel; afspraken vastgelegd in het gezinsplan.",
        decidedOn: isoDate(new Date(dayStart(Math.max(0, daysAgo - 7)))),
        byProfessionalId: spec.procesregisseur ? PROFESSIONAL_IDS[spec.procesregisseur] : casusregisseurId,
        at: at(daysAgo, 13),
      });
    }

    spec.persons.forEach((person, i) => {
      const personKey = `${key}:${i}`;
      rows.persons.push({
        id: demoUuid(`person:${personKey}`),
        caseId,
        givenName: person.given,
        familyName: person.family ?? spec.family,
        birthDate: birthDate(person.age, personKey),
        householdRole: person.role,
        bsn: person.bsn ? demoBsn(personKey, bsns) : null,
        createdAt,
        updatedAt: createdAt,
      });
    });

    const team: TeamSpec[] = [
      {
        organisation: casusregisseurOrganisation,
        professional: spec.casusregisseur,
        responsibility: spec.casusregie.responsibility ?? "Casusregisseur",
        domains: spec.casusregie.domains,
      },
      ...spec.team,
    ];
    team.forEach((member, i) => {
      rows.caseTeamMembers.push({
        id: demoUuid(`team:${key}:${member.organisation}:${member.professional ?? "-"}`),
        caseId,
        organisationId: ORGANISATION_IDS[member.organisation],
        professionalId: member.professional ? PROFESSIONAL_IDS[member.professional] : null,
        responsibility: member.responsibility,
        domains: [...member.domains],
        addedByProfessionalId: casusregisseurId,
        addedAt: new Date(createdAt.getTime() + (i + 1) * 5 * MINUTE_MS),
      });
    });
  }

  return rows;
}

// ---------------------------------------------------------------------------------------------------------
// Seeding

export interface SeedDemoRegionOptions {
  /** The day the dates are relative to (default: now). */
  today?: Date;
}

/**
 * Seeds the demo region in one transaction. Idempotent: when the region is already present (its first
 * organisation exists) nothing changes and `created` is false — also when another run inserted it meanwhile.
 */
export async function seedDemoRegion(
  db: Database,
  options: SeedDemoRegionOptions = {},
): Promise<{ created: boolean }> {
  const markerId = DEMO.organisations.gemeente;
  const present = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, markerId))
    .limit(1);
  if (present.length > 0) return { created: false };

  const region = buildDemoRegion(options.today ?? new Date());

  return db.transaction(async (tx) => {
    // The marker first: a concurrent run waits here for the other transaction and then skips the row.
    const marker = await tx
      .insert(organisations)
      .values(region.organisations.filter((o) => o.id === markerId))
      .onConflictDoNothing()
      .returning({ id: organisations.id });
    if (marker.length === 0) return { created: false };

    const insertedOrganisations = await tx
      .insert(organisations)
      .values(region.organisations.filter((o) => o.id !== markerId))
      .onConflictDoNothing()
      .returning({ id: organisations.id });
    expectAll("organisations", insertedOrganisations.length + 1, region.organisations.length);

    const insertedProfessionals = await tx
      .insert(professionals)
      .values(region.professionals)
      .onConflictDoNothing()
      .returning({ id: professionals.id });
    expectAll("professionals", insertedProfessionals.length, region.professionals.length);

    await tx.insert(escalationTables).values(region.escalationTables).onConflictDoNothing();
    await tx.insert(escalationTableMembers).values(tableMemberRows()).onConflictDoNothing();

    const insertedCases = await tx
      .insert(cases)
      .values(region.cases)
      .onConflictDoNothing()
      .returning({ id: cases.id });
    expectAll("cases", insertedCases.length, region.cases.length);

    await tx.insert(persons).values(region.persons).onConflictDoNothing();
    await tx.insert(caseTeamMembers).values(region.caseTeamMembers).onConflictDoNothing();
    await tx.insert(casePhaseTransitions).values(region.casePhaseTransitions).onConflictDoNothing();
    if (region.caseEscalations.length > 0) {
      await tx.insert(caseEscalations).values(region.caseEscalations).onConflictDoNothing();
    }

    // New cases continue the numbering after the demo cases (never move the sequence backwards).
    await tx.execute(
      sql`select setval('case_reference_seq', greatest(${region.cases.length}::bigint, (select last_value from case_reference_seq)))`,
    );
    return { created: true };
  });
}

function expectAll(what: string, inserted: number, expected: number): void {
  if (inserted !== expected) {
    throw new Error(
      `Demo region: only ${inserted} of ${expected} ${what} could be inserted — the database already holds ` +
        `conflicting rows (same name, e-mail address or case reference). Seed into an empty database.`,
    );
  }
}
