import type { ContributionKind, MeetingPhase } from "../enums";
import { dateInWords, type FamilyPlanText } from "../plan/family-text";
import { dutchDate } from "../persons";
import { CONTRIBUTION_KIND_LABELS, MEETING_PHASE_LABELS, PREMATURE_CONTRIBUTION_FLAG } from "./meeting";

// The minutes (verslag) of a meeting, as text for the document renderer. Two audiences:
// - FAMILY: plain Dutch (B1) for the family. What was said is in it only when family members were there
//   ("the family sees what is said in their presence"); the decision and the actions always.
// - TEAM: the full record for the professionals: question, who was there, every contribution by phase with
//   its kind and flags, the decision and the actions.
// The caller passes only what the reader may see (consent decides it before this text is made).

export type MinutesAudience = "FAMILY" | "TEAM";

export interface MinutesInput {
  caseTitle: string;
  question: string;
  heldOn: string;
  chair: string;
  /** "Naam (Organisatie)" of the professionals who were there. */
  professionalsPresent: string[];
  /** Given names of the family members who were there. */
  familyPresent: string[];
  contributions: {
    kind: ContributionKind;
    body: string;
    organisation: string;
    phase: MeetingPhase;
    premature: boolean;
  }[];
  decision: { text: string; actions: { title: string; who: string; dueOn: string | null }[] } | null;
  /** Contributions the reader may not see (counted, never shown). */
  hiddenContributions: number;
}

function actionLine(a: { title: string; who: string; dueOn: string | null }): string {
  return `${a.who}: ${a.title}${a.dueOn ? ` (klaar op ${dateInWords(a.dueOn)})` : ""}.`;
}

export function meetingMinutesText(
  input: MinutesInput,
  audience: MinutesAudience,
  now: Date,
): FamilyPlanText {
  const date = dateInWords(input.heldOn);
  const footer = `Gemaakt op ${dateInWords(dutchDate(now))}.`;
  const notice = input.decision ? [] : ["Dit overleg is nog niet afgerond: er is nog geen besluit."];
  const hidden =
    input.hiddenContributions > 0
      ? [
          `${input.hiddenContributions} bijdrage${input.hiddenContributions === 1 ? "" : "n"} ${
            input.hiddenContributions === 1 ? "valt" : "vallen"
          } buiten uw toestemming en ${input.hiddenContributions === 1 ? "staat" : "staan"} niet in dit verslag.`,
        ]
      : [];
  const decisionParagraphs = input.decision
    ? [input.decision.text, ...input.decision.actions.map(actionLine)]
    : ["Er is nog niets besloten."];

  if (audience === "FAMILY") {
    const wasThere = input.familyPresent.length > 0;
    return {
      title: "Verslag van het overleg",
      subtitle: `${input.caseTitle} – ${date}`,
      notice,
      intro: [
        `Op ${date} praatten de hulpverleners over uw gezin. ${input.chair} leidde het overleg. In dit verslag leest u de vraag, wie er waren en wat er is afgesproken.`,
      ],
      sections: [
        { key: "question", heading: "De vraag", paragraphs: [input.question], goals: [] },
        {
          key: "present",
          heading: "Wie waren er",
          paragraphs: [
            ...input.familyPresent.map((n) => `${n}.`),
            ...input.professionalsPresent.map((p) => `${p}.`),
          ],
          goals: [],
        },
        {
          key: "said",
          heading: "Wat is er gezegd",
          paragraphs: wasThere
            ? input.contributions.map((c) => `${c.organisation}: ${c.body}`)
            : [`U was niet bij het overleg. Wat er is gezegd, bespreekt ${input.chair} met u.`],
          goals: [],
        },
        { key: "decision", heading: "Wat is er afgesproken", paragraphs: decisionParagraphs, goals: [] },
      ],
      footer,
    };
  }

  const byPhase = (["QUESTION", "IMAGE_FORMING", "JUDGEMENT", "DECISION"] as const).flatMap((phase) => {
    const here = input.contributions.filter((c) => c.phase === phase);
    if (here.length === 0) return [];
    return [
      `${MEETING_PHASE_LABELS[phase]}:`,
      ...here.map(
        (c) =>
          `${CONTRIBUTION_KIND_LABELS[c.kind]} (${c.organisation})${c.premature ? ` – ${PREMATURE_CONTRIBUTION_FLAG}` : ""}: ${c.body}`,
      ),
    ];
  });
  const premature = input.contributions.filter((c) => c.premature).length;
  return {
    title: "Verslag overleg",
    subtitle: `${input.caseTitle} – ${date}`,
    notice,
    intro: [`Voorzitter: ${input.chair}.`, ...hidden],
    sections: [
      { key: "question", heading: "Vraagstelling", paragraphs: [input.question], goals: [] },
      {
        key: "present",
        heading: "Aanwezig",
        paragraphs: [
          ...input.professionalsPresent,
          ...(input.familyPresent.length ? [`Gezin: ${input.familyPresent.join(", ")}`] : []),
        ],
        goals: [],
      },
      {
        key: "said",
        heading: "Bijdragen",
        paragraphs: [
          ...(byPhase.length ? byPhase : ["Geen bijdragen."]),
          ...(premature ? [`${premature} voorstel(len) of oordeel/oordelen tijdens de beeldvorming.`] : []),
        ],
        goals: [],
      },
      { key: "decision", heading: "Besluit", paragraphs: decisionParagraphs, goals: [] },
    ],
    footer,
  };
}
