import { z } from "zod";
import { parseInput } from "../input";
import { DEFAULT_AGENDA_WAIT_DAYS } from "../regie/tables";

// The procesregisseur's portfolio: the limits that turn a case's facts into signals, and the weights that turn
// signals into an urgency score. One table, so a region can see and change the whole of it in one place.
//
// Units are in the names: ...Weeks and ...Days are lengths of time, ...Points are urgency points (whole
// numbers, added up into the score), ...From is a count. A limit is reached on the day itself: "6 weeks" means
// 42 days or more. A weight of 0 switches its signal off in the score and in the reasons.

/** The default limits and weights of the portfolio. A region overrides entries with `portfolioSettings`. */
export const DEFAULT_PORTFOLIO_SETTINGS = Object.freeze({
  // ── Limits ──────────────────────────────────────────────────────────────────────────────────────────────
  /** Weeks without progress (a plan change or result, an action done, an evaluation held, a phase change)
   *  after which an open case (not in monitoring) is stalled. Weeks. */
  stalledAfterWeeks: 6,
  /** Weeks after opening after which a case past intake without an approved plan is stalled. Weeks. */
  noApprovedPlanAfterWeeks: 6,
  /** How many days ahead an evaluation or regiegesprek counts as due (today included). Days. */
  dueSoonDays: 14,
  /** Weeks in one working phase (signal up to evaluation) from which the time in phase counts. Weeks. */
  longInPhaseWeeks: 12,
  /** Hand-overs between casusregisseurs from which they count. Number of hand-overs. */
  handOversCountFrom: 2,
  /** Days a case escalated to a table may wait for that table's agenda: it waits too long once MORE days have
   *  passed since the escalation (awaitsAgendaTooLong; 14: from the 15th day on). Days. */
  agendaWaitDays: DEFAULT_AGENDA_WAIT_DAYS,

  // ── Weights ─────────────────────────────────────────────────────────────────────────────────────────────
  /** Acute unsafety reported (an open ACUTE safety assessment). Far more than all other points of a case
   *  together, so such a case leads the list. Points. */
  acuteSafetyPoints: 1000,
  /** Per escalation level (0 none … 3 safety/protection table). Points per level. */
  escalationLevelPoints: 10,
  /** Per open doorbraak decision: the procesregisseur's own move is awaited. Points per decision. */
  openDoorbraakPoints: 20,
  /** No casusregisseur on an open case. Points. */
  noCasusregisseurPoints: 20,
  /** Stalled: no progress for `stalledAfterWeeks`. Points. */
  noProgressPoints: 25,
  /** Stalled: no approved plan `noApprovedPlanAfterWeeks` after opening. Points. */
  noApprovedPlanPoints: 20,
  /** Stalled: the follow-up date of a case in monitoring has passed. Points. */
  monitoringFollowUpPassedPoints: 15,
  /** Per overdue action. Points per action. */
  overdueActionPoints: 4,
  /** Per whole week the oldest overdue action is late. Points per week. */
  overdueActionWeekPoints: 2,
  /** The evaluation's due date has passed. Points. */
  evaluationOverduePoints: 15,
  /** The evaluation is due within `dueSoonDays`. Points. */
  evaluationDuePoints: 3,
  /** The regiegesprek (check-in with the casusregisseur) is past its date. Points. */
  checkInOverduePoints: 10,
  /** The regiegesprek is due within `dueSoonDays`. Points. */
  checkInDuePoints: 2,
  /** The budget is overspent (committed and spent together exceed it). Points. */
  overBudgetPoints: 15,
  /** Per gap in the case team (e.g. a domain with goals and no organisation on it). Points per gap. */
  teamGapPoints: 5,
  /** At least `longInPhaseWeeks` in one working phase. Points. */
  longInPhasePoints: 5,
  /** Per hand-over between casusregisseurs, once there are `handOversCountFrom`. Points per hand-over. */
  handOverPoints: 3,
  /** Escalated to a table and not on its agenda after `agendaWaitDays`: the case is "dropped between tables"
   *  (article 001). Points. */
  awaitsAgendaPoints: 20,
});

export type PortfolioSettingName = keyof typeof DEFAULT_PORTFOLIO_SETTINGS;
export type PortfolioSettings = { readonly [Name in PortfolioSettingName]: number };

/** A whole number from `min` to `max`, with one Dutch message for every way to miss it. */
function wholeNumber(min: number, max: number, unit: string) {
  const error = `Een heel aantal ${unit} van ${min} tot en met ${max.toLocaleString("nl-NL")}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
}

const weeks = wholeNumber(1, 104, "weken");
const days = wholeNumber(0, 365, "dagen");
const count = wholeNumber(1, 100, "keer");
const points = wholeNumber(0, 10_000, "punten");

const OVERRIDES = z
  .strictObject(
    {
      stalledAfterWeeks: weeks,
      noApprovedPlanAfterWeeks: weeks,
      dueSoonDays: days,
      longInPhaseWeeks: weeks,
      handOversCountFrom: count,
      agendaWaitDays: days,
      acuteSafetyPoints: points,
      escalationLevelPoints: points,
      openDoorbraakPoints: points,
      noCasusregisseurPoints: points,
      noProgressPoints: points,
      noApprovedPlanPoints: points,
      monitoringFollowUpPassedPoints: points,
      overdueActionPoints: points,
      overdueActionWeekPoints: points,
      evaluationOverduePoints: points,
      evaluationDuePoints: points,
      checkInOverduePoints: points,
      checkInDuePoints: points,
      overBudgetPoints: points,
      teamGapPoints: points,
      longInPhasePoints: points,
      handOverPoints: points,
      awaitsAgendaPoints: points,
    } satisfies Record<PortfolioSettingName, z.ZodType<number>>,
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `Onbekende instelling: ${issue.keys.join(", ")}`
          : "De instellingen zijn een object met getallen",
    },
  )
  .partial();

/**
 * The default settings with a region's `overrides` applied, frozen. Every override is checked: a setting that
 * does not exist, or a value that is not a whole number in range, is refused as BAD_USER_INPUT naming
 * `settings.<name>`.
 */
export function portfolioSettings(overrides: unknown = {}): PortfolioSettings {
  const checked = parseInput(OVERRIDES, overrides, "settings");
  return Object.freeze({ ...DEFAULT_PORTFOLIO_SETTINGS, ...checked });
}
