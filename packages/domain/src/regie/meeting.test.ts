import { describe, expect, it } from "vitest";
import { CONTRIBUTION_KINDS, MEETING_PHASES, type MeetingPhase } from "../enums";
import {
  allowedMeetingPhaseMoves,
  checkMeetingPhaseMove,
  childMayAttend,
  isPrematureContribution,
  meetingTakesContributions,
  meetingPhaseRefusalText,
  meetingTakesDecision,
  tallyContributions,
} from "./meeting";

// Every pair of phases, with what the state machine says: one step forward or one back.
const EXPECTED: Record<MeetingPhase, Record<MeetingPhase, "ok" | "UNCHANGED" | "NOT_ALLOWED">> = {
  QUESTION: { QUESTION: "UNCHANGED", IMAGE_FORMING: "ok", JUDGEMENT: "NOT_ALLOWED", DECISION: "NOT_ALLOWED" },
  IMAGE_FORMING: { QUESTION: "ok", IMAGE_FORMING: "UNCHANGED", JUDGEMENT: "ok", DECISION: "NOT_ALLOWED" },
  JUDGEMENT: { QUESTION: "NOT_ALLOWED", IMAGE_FORMING: "ok", JUDGEMENT: "UNCHANGED", DECISION: "ok" },
  DECISION: { QUESTION: "NOT_ALLOWED", IMAGE_FORMING: "NOT_ALLOWED", JUDGEMENT: "ok", DECISION: "UNCHANGED" },
};

describe("the meeting's phases", () => {
  for (const from of MEETING_PHASES) {
    for (const to of MEETING_PHASES) {
      const expected = EXPECTED[from][to];
      it(`${from} → ${to}: ${expected}`, () => {
        expect(checkMeetingPhaseMove(from, to)).toBe(expected === "ok" ? null : expected);
        expect(allowedMeetingPhaseMoves(from).includes(to)).toBe(expected === "ok");
      });
    }
  }

  it("a decided meeting is closed: no move, no contribution, no second decision", () => {
    for (const from of MEETING_PHASES) {
      expect(allowedMeetingPhaseMoves(from, true)).toEqual([]);
      for (const to of MEETING_PHASES) expect(checkMeetingPhaseMove(from, to, true)).toBe("DECIDED");
    }
    expect(meetingTakesContributions(true)).toBe(false);
    expect(meetingTakesContributions(false)).toBe(true);
    expect(meetingTakesDecision("DECISION", true)).toBe(false);
  });

  it("the decision is recorded only in the decision phase", () => {
    expect(MEETING_PHASES.filter((p) => meetingTakesDecision(p, false))).toEqual(["DECISION"]);
  });
});

describe("a refused phase move, in Dutch", () => {
  it("names a case meeting as 'overleg' and a table's discussion as 'bespreking'", () => {
    expect(meetingPhaseRefusalText("UNCHANGED", "MEETING")).toBe("Het overleg is al in deze fase");
    expect(meetingPhaseRefusalText("UNCHANGED", "AGENDA_ENTRY")).toBe("De bespreking is al in deze fase");
    expect(meetingPhaseRefusalText("NOT_ALLOWED", "AGENDA_ENTRY")).toBe(
      "Een bespreking gaat één fase verder of één terug: eerst de beeldvorming, dan de oordeelsvorming",
    );
    expect(meetingPhaseRefusalText("DECIDED", "MEETING")).toMatch(/overleg is gesloten/);
    expect(meetingPhaseRefusalText("DECIDED", "AGENDA_ENTRY")).toBe(
      "De tafel heeft al een uitkomst vastgelegd",
    );
  });
});

describe("a contribution made too early", () => {
  it("flags judgements and proposals before the judgement phase, never information", () => {
    const flagged = MEETING_PHASES.flatMap((phase) =>
      CONTRIBUTION_KINDS.filter((kind) => isPrematureContribution(phase, kind)).map(
        (kind) => `${phase}:${kind}`,
      ),
    );
    expect(flagged).toEqual([
      "QUESTION:JUDGEMENT",
      "QUESTION:PROPOSAL",
      "IMAGE_FORMING:JUDGEMENT",
      "IMAGE_FORMING:PROPOSAL",
    ]);
  });

  it("is counted in the meeting's summary", () => {
    expect(
      tallyContributions([
        { kind: "INFORMATION", premature: false },
        { kind: "PROPOSAL", premature: true },
        { kind: "JUDGEMENT", premature: false },
        { kind: "PROPOSAL", premature: false },
      ]),
    ).toEqual({ information: 1, judgements: 1, proposals: 2, premature: 1 });
  });
});

describe("children at a meeting", () => {
  it("lets children of 12 and older attend", () => {
    expect(childMayAttend("2014-12-07", "2026-12-07")).toBe(true);
    expect(childMayAttend("2014-12-08", "2026-12-07")).toBe(false);
    expect(childMayAttend(null, "2026-12-07")).toBe(false);
  });
});
