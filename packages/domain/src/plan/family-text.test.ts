import { describe, expect, it } from "vitest";
import { DOMAINS } from "../enums";
import {
  ACTION_STATUS_FAMILY_WORDS,
  DOMAIN_FAMILY_WORDS,
  dateInWords,
  familyPlanLines,
  familyPlanText,
  type FamilyPlanInput,
} from "./family-text";
import { ACTION_STATUSES } from "./actions";

const TODAY = "2026-11-02";

/** A realistic approved plan (fictional family, wording as professionals and families write it). */
function plan(overrides: Partial<FamilyPlanInput> = {}): FamilyPlanInput {
  return {
    caseTitle: "Gezin Koopmans",
    planNumber: 2,
    status: "APPROVED",
    perspective:
      "Over een jaar wonen we nog steeds in ons huis. Kim gaat elke dag naar school.\n\nWe hebben geen nieuwe schulden meer.",
    approvedOn: "2026-10-01",
    agreedOn: "2026-09-28",
    goals: [
      {
        domain: "FINANCES",
        familyWording: "We willen rust over geld",
        professionalWording: "Stabilisatie van de schuldensituatie via een budgetbeheertraject",
        priority: "MEDIUM",
        targetDate: "2027-01-15",
        actions: [
          {
            title: "Samen een overzicht van de schulden maken",
            organisationName: "Schuldhulp Lindehaven",
            professionalName: "Bas Meijer",
            dueOn: "2026-12-01",
            status: "IN_PROGRESS",
          },
          {
            title: "Aanvraag bijzondere bijstand indienen",
            organisationName: "Wijkteam Noord",
            professionalName: null,
            dueOn: "2026-10-15",
            status: "OPEN",
          },
        ],
      },
      {
        domain: "EDUCATION",
        familyWording: "Kim gaat weer elke dag naar school",
        professionalWording: "Kim gaat weer elke dag naar school",
        priority: "HIGH",
        targetDate: null,
        actions: [
          {
            title: "Gesprek met de mentor over een rooster",
            organisationName: "Lindecollege",
            professionalName: "Ahmed Bouzid",
            dueOn: null,
            status: "DONE",
          },
        ],
      },
      {
        domain: "MENTAL_HEALTH",
        familyWording: "Moeder voelt zich minder somber",
        professionalWording: "Behandeling van depressieve klachten moeder",
        priority: "LOW",
        targetDate: "2027-06-30",
        actions: [],
      },
    ],
    nextEvaluationOn: "2027-01-01",
    casusregisseur: { name: "Sanne Bakker", organisation: "Wijkteam Noord" },
    ...overrides,
  };
}

/** Sentences of a text: split after . ! ? and at line ends (an action line counts as one sentence). */
function sentences(lines: readonly string[]): string[] {
  return lines
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Words: tokens with at least one letter or digit (a dash between parts is not a word). */
function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

describe("dateInWords", () => {
  it("writes calendar dates in Dutch words", () => {
    expect(dateInWords("2027-01-15")).toBe("15 januari 2027");
    expect(dateInWords("2026-03-01")).toBe("1 maart 2026");
    expect(dateInWords("2026-12-31")).toBe("31 december 2026");
  });

  it("refuses what is not a calendar date", () => {
    expect(() => dateInWords("2026-02-30")).toThrow(RangeError);
    expect(() => dateInWords("15-01-2027")).toThrow(RangeError);
  });
});

describe("plain words", () => {
  it("maps every domain to its own plain word", () => {
    for (const domain of DOMAINS) expect(DOMAIN_FAMILY_WORDS[domain]?.trim()).toBeTruthy();
    expect(Object.keys(DOMAIN_FAMILY_WORDS).sort()).toEqual([...DOMAINS].sort());
    expect(new Set(Object.values(DOMAIN_FAMILY_WORDS)).size).toBe(DOMAINS.length);
    expect(DOMAIN_FAMILY_WORDS.FINANCES).toBe("Geld");
    expect(DOMAIN_FAMILY_WORDS.YOUTH_CARE).toBe("Hulp voor de kinderen");
  });

  it("maps every action status to a plain word", () => {
    expect(ACTION_STATUSES.map((s) => ACTION_STATUS_FAMILY_WORDS[s])).toEqual([
      "nog niet begonnen",
      "bezig",
      "klaar",
      "loopt vast",
      "gestopt",
    ]);
  });

  it("shows each domain's plain word on a goal about it", () => {
    for (const domain of DOMAINS) {
      const doc = familyPlanText(
        plan({
          goals: [
            {
              domain,
              familyWording: "Een doel",
              professionalWording: null,
              priority: "MEDIUM",
              targetDate: null,
              actions: [],
            },
          ],
        }),
        TODAY,
      );
      const goal = doc.sections.find((s) => s.key === "goals")!.goals[0]!;
      expect(goal.topic).toBe(DOMAIN_FAMILY_WORDS[domain]);
      expect(goal.details[0]).toBe(`Dit doel gaat over: ${DOMAIN_FAMILY_WORDS[domain]}.`);
    }
  });
});

describe("familyPlanText", () => {
  it("builds the title, introduction and the four sections in order", () => {
    const doc = familyPlanText(plan(), TODAY);
    expect(doc.title).toBe("Ons gezinsplan");
    expect(doc.subtitle).toBe("Gezin Koopmans – versie 2");
    expect(doc.notice).toEqual([]);
    expect(doc.intro[0]).toBe("Dit is het plan dat we samen met jullie hebben gemaakt.");
    expect(doc.intro).toContain("Het plan geldt vanaf 1 oktober 2026.");
    expect(doc.sections.map((s) => s.heading)).toEqual([
      "Wat willen jullie bereiken?",
      "Onze doelen",
      "Wanneer kijken we samen hoe het gaat?",
      "Wie is jullie contactpersoon?",
    ]);
    expect(doc.sections[0]!.paragraphs).toEqual([
      "Over een jaar wonen we nog steeds in ons huis. Kim gaat elke dag naar school.",
      "We hebben geen nieuwe schulden meer.",
    ]);
    expect(doc.footer).toBe("Gemaakt op 2 november 2026.");
  });

  it("shows the goals by priority, in the family's words, with who does what", () => {
    const goals = familyPlanText(plan(), TODAY).sections[1]!.goals;
    expect(goals.map((g) => g.heading)).toEqual([
      "Doel: Kim gaat weer elke dag naar school",
      "Doel: We willen rust over geld",
      "Doel: Moeder voelt zich minder somber",
    ]);
    const [school, money, mood] = goals as [(typeof goals)[0], (typeof goals)[0], (typeof goals)[0]];
    expect(school.details).toEqual(["Dit doel gaat over: School en leren.", "Dit doel is heel belangrijk."]);
    expect(school.actions.map((a) => a.line)).toEqual([
      "Lindecollege (Ahmed Bouzid) – Gesprek met de mentor over een rooster – klaar",
    ]);
    expect(money.details).toEqual([
      "Dit doel gaat over: Geld.",
      "We willen dit bereiken vóór 15 januari 2027.",
      "Zo schrijven de hulpverleners het op: Stabilisatie van de schuldensituatie via een budgetbeheertraject.",
    ]);
    expect(money.whoDoesWhatHeading).toBe("Wie doet wat?");
    expect(money.actions).toEqual([
      {
        who: "Wijkteam Noord",
        what: "Aanvraag bijzondere bijstand indienen",
        when: "vóór 15 oktober 2026",
        status: "nog niet begonnen, te laat",
        overdue: true,
        line: "Wijkteam Noord – Aanvraag bijzondere bijstand indienen – vóór 15 oktober 2026 – nog niet begonnen, te laat",
      },
      {
        who: "Schuldhulp Lindehaven (Bas Meijer)",
        what: "Samen een overzicht van de schulden maken",
        when: "vóór 1 december 2026",
        status: "bezig",
        overdue: false,
        line: "Schuldhulp Lindehaven (Bas Meijer) – Samen een overzicht van de schulden maken – vóór 1 december 2026 – bezig",
      },
    ]);
    expect(money.noActions).toBeNull();
    expect(mood.details).toContain("Dit doel kan wat later.");
    expect(mood.actions).toEqual([]);
    expect(mood.noActions).toBe("Hier zijn nog geen afspraken over gemaakt.");
  });

  it("says who when only the professional or nobody is known", () => {
    const doc = familyPlanText(
      plan({
        goals: [
          {
            domain: "HOUSING",
            familyWording: "Een huis",
            professionalWording: null,
            priority: "MEDIUM",
            targetDate: null,
            actions: [
              {
                title: "Bellen",
                organisationName: null,
                professionalName: "Nicole",
                dueOn: null,
                status: "BLOCKED",
              },
              {
                title: "Mailen",
                organisationName: " ",
                professionalName: null,
                dueOn: null,
                status: "CANCELLED",
              },
            ],
          },
        ],
      }),
      TODAY,
    );
    expect(doc.sections[1]!.goals[0]!.actions.map((a) => a.line)).toEqual([
      "Nicole – Bellen – loopt vast",
      "Nog niet bekend wie – Mailen – gestopt",
    ]);
  });

  it("lists a goal's actions by due date, those without one last", () => {
    const action = (title: string, dueOn: string | null) => ({
      title,
      organisationName: "Wijkteam",
      professionalName: null,
      dueOn,
      status: "OPEN" as const,
    });
    const doc = familyPlanText(
      plan({
        goals: [
          {
            domain: "WORK",
            familyWording: "Werk vinden",
            professionalWording: null,
            priority: "MEDIUM",
            targetDate: null,
            actions: [
              action("A", null),
              action("B", "2027-03-01"),
              action("C", "2026-12-01"),
              action("D", null),
              action("E", "2026-12-01"),
            ],
          },
        ],
      }),
      TODAY,
    );
    expect(doc.sections[1]!.goals[0]!.actions.map((a) => a.what)).toEqual(["C", "E", "B", "A", "D"]);
  });

  it("handles a plan without goals and without a perspective written yet", () => {
    const doc = familyPlanText(plan({ goals: [], perspective: "  " }), TODAY);
    expect(doc.sections[0]!.paragraphs).toEqual(["Dat schrijven we nog samen op."]);
    expect(doc.sections[1]!.goals).toEqual([]);
    expect(doc.sections[1]!.paragraphs).toEqual(["Er staan nog geen doelen in dit plan."]);
  });

  it("leaves the perspective out when it is not part of the document, and says that goals are missing", () => {
    const doc = familyPlanText(plan({ perspective: null, incomplete: true }), TODAY);
    expect(doc.sections.map((s) => s.key)).toEqual(["goals", "evaluation", "contact"]);
    expect(doc.intro).toContain("Niet alle doelen staan hierin.");
    expect(familyPlanText(plan(), TODAY).intro).not.toContain("Niet alle doelen staan hierin.");
    const none = familyPlanText(plan({ goals: [], incomplete: true }), TODAY);
    expect(none.sections[1]!.paragraphs).toEqual(["Hier staan geen doelen."]);
  });

  it("notes a concept plan (draft or agreed) and an old version", () => {
    const draft = familyPlanText(plan({ status: "DRAFT", approvedOn: null, agreedOn: null }), TODAY);
    expect(draft.notice[0]).toBe("Dit plan is nog een concept.");
    expect(draft.intro.join(" ")).not.toContain("geldt vanaf");
    const agreed = familyPlanText(plan({ status: "AGREED", approvedOn: null }), TODAY);
    expect(agreed.notice).toEqual([
      "Dit plan is nog een concept.",
      "Op 28 september 2026 waren jullie het eens met het plan.",
      "Het plan geldt als het is goedgekeurd.",
    ]);
    const old = familyPlanText(plan({ status: "SUPERSEDED" }), TODAY);
    expect(old.notice[0]).toBe("Dit is een oude versie van het plan.");
    expect(familyPlanText(plan(), TODAY).notice).toEqual([]);
  });

  it("writes the next evaluation date in words, or that it is still to be agreed", () => {
    const section = (input: Partial<FamilyPlanInput>) =>
      familyPlanText(plan(input), TODAY).sections.find((s) => s.key === "evaluation")!.paragraphs;
    expect(section({})[0]).toBe("Dat doen we op 1 januari 2027.");
    expect(section({ nextEvaluationOn: TODAY })[0]).toBe("Dat doen we op 2 november 2026.");
    expect(section({ nextEvaluationOn: null })).toEqual(["Dat spreken we nog af."]);
    expect(section({ nextEvaluationOn: "2026-10-30" })).toEqual([
      "Dat wilden we doen op 30 oktober 2026.",
      "We maken snel een nieuwe afspraak.",
    ]);
  });

  it("names the contact person, or says it is still to come", () => {
    const contact = (input: Partial<FamilyPlanInput>) =>
      familyPlanText(plan(input), TODAY).sections.find((s) => s.key === "contact")!.paragraphs;
    expect(contact({})[0]).toBe("Jullie contactpersoon is Sanne Bakker van Wijkteam Noord.");
    expect(contact({ casusregisseur: { name: "Sanne Bakker", organisation: null } })[0]).toBe(
      "Jullie contactpersoon is Sanne Bakker.",
    );
    expect(contact({ casusregisseur: null })).toEqual(["Dat horen jullie nog van ons."]);
  });

  it("takes today as a moment in the Netherlands", () => {
    // 23:30 UTC on 1 November is already 2 November in Amsterdam.
    const doc = familyPlanText(plan(), new Date("2026-11-01T23:30:00Z"));
    expect(doc.footer).toBe("Gemaakt op 2 november 2026.");
  });
});

describe("readability (B1)", () => {
  const JARGON =
    /casusregisseur|regisseur|vastgesteld|evaluatie|leefgebied|domein|perspectief|status|actie|prioriteit/i;

  it("uses no professional words in its own text", () => {
    // Content with no words of its own, so only the fixed text of the document is checked.
    const doc = familyPlanText(
      plan({
        caseTitle: "X",
        perspective: "X",
        goals: [
          {
            domain: "YOUTH_CARE",
            familyWording: "X",
            professionalWording: "Y",
            priority: "HIGH",
            targetDate: "2027-01-15",
            actions: [
              { title: "X", organisationName: "X", professionalName: null, dueOn: null, status: "OPEN" },
            ],
          },
        ],
        casusregisseur: { name: "X", organisation: null },
      }),
      TODAY,
    );
    for (const line of familyPlanLines(doc)) expect(line).not.toMatch(JARGON);
    for (const status of ["DRAFT", "AGREED", "SUPERSEDED"] as const) {
      const other = familyPlanText(plan({ status, caseTitle: "X" }), TODAY);
      for (const line of other.notice) expect(line).not.toMatch(JARGON);
    }
  });

  it("keeps sentences short: on average at most 15 words, none of its own longer than 12", () => {
    const doc = familyPlanText(plan(), TODAY);
    // Body text only: headings (title, section and goal headings) would make the average look better.
    const headings = new Set([
      doc.title,
      doc.subtitle,
      ...doc.sections.flatMap((s) => [
        s.heading,
        ...s.goals.flatMap((g) => [g.heading, g.whoDoesWhatHeading]),
      ]),
    ]);
    const all = sentences(familyPlanLines(doc).filter((line) => !headings.has(line)));
    const lengths = all.map((s) => words(s).length);
    const average = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    // The figure is measured over everything in the document, including the family's and professionals' text.
    expect(all.length).toBeGreaterThan(25);
    expect(average).toBeLessThanOrEqual(15);
    expect(average).toBeGreaterThan(3);

    // The fixed sentences of the document (content replaced by one word) are short on their own.
    const fixed = sentences(
      familyPlanLines(
        familyPlanText(
          plan({
            caseTitle: "X",
            perspective: "X",
            goals: plan().goals.map((g) => ({
              ...g,
              familyWording: "X",
              professionalWording: "Y",
              actions: g.actions.map((a) => ({
                ...a,
                title: "X",
                organisationName: "X",
                professionalName: "Y",
              })),
            })),
            casusregisseur: { name: "X", organisation: "Y" },
            status: "AGREED",
            incomplete: true,
          }),
          TODAY,
        ),
      ),
    );
    for (const s of fixed) expect(words(s).length, s).toBeLessThanOrEqual(12);
  });
});
