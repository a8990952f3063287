import { format, parseISO } from "date-fns";
import { nl } from "date-fns/locale/nl";
import type { Domain, GoalPriority } from "../enums";
import { isActionOverdue, type ActionStatus } from "./actions";
import { calendarDate, checkedDate } from "./dates";
import type { PlanStatus } from "./plan";

// The family's view of the plan (gezinsplan voor het gezin): the same plan in plain Dutch at language level B1,
// for the web page the family looks at with their casusregisseur and for the PDF they take home. One function
// builds the text, so both say exactly the same.
//
// Writing rules (B1): short sentences, "jullie", no professional words (no "casusregisseur", "vastgesteld",
// "evaluatie", "leefgebied", "status"), dates in words. What the family and the professionals wrote themselves
// (the perspective, goals, actions) is shown as written.
//
// Decisions:
// - Goals are shown in the family's own words; the professionals' wording follows on a separate, labelled line
//   when it differs, so the family can see what the professionals wrote about them.
// - Goals run from high to low priority (the order within a priority is kept); a goal's actions run by due
//   date, those without one last.
// - A document built from what one viewer may see says so when goals or the perspective are left out, without
//   saying what they are about ("Niet alle doelen staan hierin").

/** Life domains in plain words, for the family. */
export const DOMAIN_FAMILY_WORDS: Record<Domain, string> = {
  FINANCES: "Geld",
  WORK: "Werk",
  EDUCATION: "School en leren",
  DAYTIME_ACTIVITIES: "Wat je overdag doet",
  HOUSING: "Wonen",
  FAMILY_RELATIONS: "Samen in het gezin",
  MENTAL_HEALTH: "Hoe je je voelt",
  PHYSICAL_HEALTH: "Je lichaam en je gezondheid",
  SUBSTANCE_USE: "Alcohol en drugs",
  DAILY_LIVING: "Het huishouden en het dagelijks leven",
  SOCIAL_NETWORK: "Mensen om jullie heen",
  SOCIAL_PARTICIPATION: "Meedoen in de buurt",
  JUSTICE: "Politie en justitie",
  SAFETY: "Veiligheid",
  PARENTING: "Opvoeden",
  YOUTH_CARE: "Hulp voor de kinderen",
};

/** Action statuses in plain words. */
export const ACTION_STATUS_FAMILY_WORDS: Record<ActionStatus, string> = {
  OPEN: "nog niet begonnen",
  IN_PROGRESS: "bezig",
  DONE: "klaar",
  BLOCKED: "loopt vast",
  CANCELLED: "gestopt",
};

const PRIORITY_ORDER: Record<GoalPriority, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };
const PRIORITY_SENTENCE: Record<GoalPriority, string | null> = {
  HIGH: "Dit doel is heel belangrijk.",
  MEDIUM: null,
  LOW: "Dit doel kan wat later.",
};

export interface FamilyPlanActionInput {
  title: string;
  /** The organisation that does it (its name), when known. */
  organisationName: string | null;
  /** The professional who does it (their name), when known. */
  professionalName: string | null;
  dueOn: string | null;
  status: ActionStatus;
}

export interface FamilyPlanGoalInput {
  domain: Domain;
  familyWording: string;
  professionalWording: string | null;
  priority: GoalPriority;
  targetDate: string | null;
  actions: readonly FamilyPlanActionInput[];
}

export interface FamilyPlanInput {
  /** The case title, e.g. "Gezin Jansen". */
  caseTitle: string;
  planNumber: number;
  status: PlanStatus;
  /** The desired perspective; null when it is not part of this document (not visible to the viewer). */
  perspective: string | null;
  approvedOn: string | null;
  agreedOn: string | null;
  goals: readonly FamilyPlanGoalInput[];
  /** When the next evaluation is planned or due; null when there is no date yet. */
  nextEvaluationOn: string | null;
  casusregisseur: { name: string; organisation: string | null } | null;
  /** True when goals (or the perspective) of this plan were left out of this document. */
  incomplete?: boolean;
}

export interface FamilyActionText {
  /** Who does it: the organisation and/or the professional. */
  who: string;
  what: string;
  /** "vóór 15 januari 2027", or null without a due date. */
  when: string | null;
  /** A plain status word: nog niet begonnen / bezig / klaar / loopt vast / gestopt. */
  status: string;
  /** Still to be done and the due date has passed. */
  overdue: boolean;
  /** The whole line: "<wie> – <wat> – vóór <datum> – <status>". */
  line: string;
}

export interface FamilyGoalText {
  /** "Doel: <the goal in the family's words>". */
  heading: string;
  /** The domain in plain words. */
  topic: string;
  /** Short sentences about the goal: topic, target date, priority, the professionals' wording. */
  details: string[];
  whoDoesWhatHeading: string;
  actions: FamilyActionText[];
  /** Shown instead of the actions when there are none. */
  noActions: string | null;
}

export type FamilySectionKey =
  | "perspective"
  | "goals"
  | "evaluation"
  | "contact"
  // The sections of meeting minutes, rendered by the same document renderer.
  | "question"
  | "present"
  | "said"
  | "decision";

export interface FamilyTextSection {
  key: FamilySectionKey;
  heading: string;
  paragraphs: string[];
  /** The goals (only in the "goals" section). */
  goals: FamilyGoalText[];
}

export interface FamilyPlanText {
  /** "Ons gezinsplan". */
  title: string;
  /** "<case title> – versie <n>". */
  subtitle: string;
  /** Shown on top when the plan does not (or no longer) apply: a concept, or an old version. */
  notice: string[];
  intro: string[];
  sections: FamilyTextSection[];
  /** "Gemaakt op <date>." */
  footer: string;
}

/** A calendar date in Dutch words: '2027-01-15' → "15 januari 2027". */
export function dateInWords(isoDate: string): string {
  return format(parseISO(checkedDate(isoDate, "date")), "d MMMM yyyy", { locale: nl });
}

/** Text as written, without surrounding white space; a full stop added when it ends without one. */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?…]$/.test(t) ? t : `${t}.`;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
}

function whoText(action: FamilyPlanActionInput): string {
  const org = action.organisationName?.trim();
  const person = action.professionalName?.trim();
  if (org && person) return `${org} (${person})`;
  return org || person || "Nog niet bekend wie";
}

function actionText(action: FamilyPlanActionInput, today: string): FamilyActionText {
  const who = whoText(action);
  const what = action.title.trim().replace(/\s+/g, " ");
  const when = action.dueOn ? `vóór ${dateInWords(action.dueOn)}` : null;
  const overdue = isActionOverdue(action, today);
  const status = ACTION_STATUS_FAMILY_WORDS[action.status] + (overdue ? ", te laat" : "");
  const line = [who, what, when, status].filter((part): part is string => part !== null).join(" – ");
  return { who, what, when, status, overdue, line };
}

/** Earliest due date first; actions without a due date last. */
function byDueDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function goalText(goal: FamilyPlanGoalInput, today: string): FamilyGoalText {
  const topic = DOMAIN_FAMILY_WORDS[goal.domain];
  const wording = goal.familyWording.trim().replace(/\s+/g, " ");
  const details = [`Dit doel gaat over: ${topic}.`];
  if (goal.targetDate) details.push(`We willen dit bereiken vóór ${dateInWords(goal.targetDate)}.`);
  const priority = PRIORITY_SENTENCE[goal.priority];
  if (priority) details.push(priority);
  const professional = goal.professionalWording?.trim().replace(/\s+/g, " ");
  if (professional && professional.toLowerCase() !== wording.toLowerCase()) {
    details.push(`Zo schrijven de hulpverleners het op: ${sentence(professional)}`);
  }
  const actions = goal.actions
    .map((action, index) => ({ action, index }))
    .sort((a, b) => byDueDate(a.action.dueOn, b.action.dueOn) || a.index - b.index)
    .map(({ action }) => actionText(action, today));
  return {
    heading: `Doel: ${wording}`,
    topic,
    details,
    whoDoesWhatHeading: "Wie doet wat?",
    actions,
    noActions: actions.length ? null : "Hier zijn nog geen afspraken over gemaakt.",
  };
}

function notice(input: FamilyPlanInput): string[] {
  switch (input.status) {
    case "DRAFT":
      return [
        "Dit plan is nog een concept.",
        "We bespreken het samen met jullie.",
        "Er kan nog iets veranderen.",
      ];
    case "AGREED":
      return [
        "Dit plan is nog een concept.",
        input.agreedOn
          ? `Op ${dateInWords(input.agreedOn)} waren jullie het eens met het plan.`
          : "Jullie zijn het eens met het plan.",
        "Het plan geldt als het is goedgekeurd.",
      ];
    case "SUPERSEDED":
      return ["Dit is een oude versie van het plan.", "Er is een nieuwe versie.", "Die geldt nu."];
    case "APPROVED":
      return [];
  }
}

function intro(input: FamilyPlanInput): string[] {
  const lines = [
    "Dit is het plan dat we samen met jullie hebben gemaakt.",
    "Hierin staat wat jullie willen bereiken.",
    "Ook staat erin wie wat doet.",
    "En wanneer we samen kijken hoe het gaat.",
  ];
  if (input.status === "APPROVED" && input.approvedOn) {
    lines.push(`Het plan geldt vanaf ${dateInWords(input.approvedOn)}.`);
  }
  if (input.incomplete) {
    lines.push(
      "Niet alle doelen staan hierin.",
      "Willen jullie het hele plan zien?",
      "Vraag het dan aan jullie contactpersoon.",
    );
  }
  return lines;
}

function evaluationParagraphs(nextOn: string | null, today: string): string[] {
  if (!nextOn) return ["Dat spreken we nog af."];
  const day = dateInWords(nextOn);
  if (checkedDate(nextOn, "nextEvaluationOn") < today) {
    return [`Dat wilden we doen op ${day}.`, "We maken snel een nieuwe afspraak."];
  }
  return [`Dat doen we op ${day}.`, "We praten dan over wat goed gaat.", "En over wat beter kan."];
}

function contactParagraphs(contact: FamilyPlanInput["casusregisseur"]): string[] {
  if (!contact) return ["Dat horen jullie nog van ons."];
  const name = contact.name.trim();
  const organisation = contact.organisation?.trim();
  return [
    organisation
      ? `Jullie contactpersoon is ${name} van ${organisation}.`
      : `Jullie contactpersoon is ${name}.`,
    "Hebben jullie een vraag?",
    `Neem dan contact op met ${name}.`,
  ];
}

/**
 * The family plan in plain Dutch (B1), as structured text: title, a notice when the plan does not apply (yet),
 * an introduction and the sections "Wat willen jullie bereiken?", "Onze doelen" (per goal "Wie doet wat?"),
 * "Wanneer kijken we samen hoe het gaat?" and "Wie is jullie contactpersoon?". `today` decides which actions
 * are late and whether the next evaluation date has passed.
 */
export function familyPlanText(input: FamilyPlanInput, today: Date | string): FamilyPlanText {
  const day = calendarDate(today);
  const sections: FamilyTextSection[] = [];
  if (input.perspective !== null) {
    const perspective = paragraphs(input.perspective);
    sections.push({
      key: "perspective",
      heading: "Wat willen jullie bereiken?",
      paragraphs: perspective.length ? perspective : ["Dat schrijven we nog samen op."],
      goals: [],
    });
  }
  const goals = input.goals
    .map((goal, index) => ({ goal, index }))
    .sort((a, b) => PRIORITY_ORDER[a.goal.priority] - PRIORITY_ORDER[b.goal.priority] || a.index - b.index)
    .map(({ goal }) => goalText(goal, day));
  sections.push({
    key: "goals",
    heading: "Onze doelen",
    paragraphs: goals.length
      ? []
      : [input.incomplete ? "Hier staan geen doelen." : "Er staan nog geen doelen in dit plan."],
    goals,
  });
  sections.push({
    key: "evaluation",
    heading: "Wanneer kijken we samen hoe het gaat?",
    paragraphs: evaluationParagraphs(input.nextEvaluationOn, day),
    goals: [],
  });
  sections.push({
    key: "contact",
    heading: "Wie is jullie contactpersoon?",
    paragraphs: contactParagraphs(input.casusregisseur),
    goals: [],
  });
  return {
    title: "Ons gezinsplan",
    subtitle: `${input.caseTitle.trim()} – versie ${input.planNumber}`,
    notice: notice(input),
    intro: intro(input),
    sections,
    footer: `Gemaakt op ${dateInWords(day)}.`,
  };
}

/** Every piece of text of the document in reading order (headings, sentences, action lines), one per entry. */
export function familyPlanLines(doc: FamilyPlanText): string[] {
  const lines = [doc.title, doc.subtitle, ...doc.notice, ...doc.intro];
  for (const section of doc.sections) {
    lines.push(section.heading, ...section.paragraphs);
    for (const goal of section.goals) {
      lines.push(goal.heading, ...goal.details, goal.whoDoesWhatHeading);
      lines.push(...goal.actions.map((a) => a.line));
      if (goal.noActions) lines.push(goal.noActions);
    }
  }
  lines.push(doc.footer);
  return lines;
}
