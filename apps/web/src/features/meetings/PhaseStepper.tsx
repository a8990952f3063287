import type { MeetingPhase } from "../../generated/graphql";
import { MEETING_PHASE_LABELS, MEETING_PHASE_ORDER } from "./labels";

export interface PhaseStepperProps {
  phase: MeetingPhase;
  /** The decision is recorded: every step is done. */
  decided?: boolean;
  /** Id of the element that names the list (a heading). */
  labelledBy?: string;
}

type StepState = "done" | "current" | "todo";

const STATE_WORDS: Record<StepState, string> = {
  done: "afgerond",
  current: "huidige fase",
  todo: "nog niet",
};

/**
 * The phases of a meeting as an ordered list: Vraagstelling → Beeldvorming → Oordeelsvorming → Besluitvorming.
 * The current step has `aria-current="step"` and says so in words; done and coming steps say so too, so that
 * colour and the marker only repeat what the text says (WCAG 1.4.1).
 */
export function PhaseStepper({ phase, decided = false, labelledBy }: PhaseStepperProps) {
  const current = MEETING_PHASE_ORDER.indexOf(phase);
  const stateOf = (index: number): StepState => {
    if (decided || index < current) return "done";
    return index === current ? "current" : "todo";
  };
  return (
    <ol
      className="rh-meeting-steps"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : "Fasen van het overleg"}
    >
      {MEETING_PHASE_ORDER.map((step, index) => {
        const state = stateOf(index);
        return (
          <li
            key={step}
            className={`rh-meeting-steps__step rh-meeting-steps__step--${state}`}
            aria-current={state === "current" ? "step" : undefined}
          >
            <span className="rh-meeting-steps__marker" aria-hidden="true">
              {state === "done" ? "✓" : index + 1}
            </span>
            <span className="rh-meeting-steps__label">{MEETING_PHASE_LABELS[step]}</span>
            <span className="rh-meeting-steps__state">({STATE_WORDS[state]})</span>
          </li>
        );
      })}
    </ol>
  );
}
