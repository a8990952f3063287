import { GRANT_EXPIRY_NOTICE_DAYS, calendarDaysBetween, dutchDate } from "@regiehub/domain";
import type { ActionStatus, CasePhase, PlanStatus } from "../../generated/graphql";

// The pure part of the case overview's status block: from what the API returned (already limited to the
// viewer's grants) it derives what is late, what comes next and what waits for the viewer, each sorted.

/** Actions due within this many days count as "komt eraan". */
export const ACTIONS_DUE_SOON_DAYS = 14;
/** A regiegesprek within this many days waits for the directors. */
export const CHECK_IN_SOON_DAYS = 7;

export interface StatusInput {
  actions: readonly {
    id: string;
    title?: string | null;
    dueOn?: string | null;
    status?: ActionStatus | null;
    ownerOrganisation?: { id: string; name: string } | null;
    ownerProfessional?: { name: string } | null;
  }[];
  evaluations: readonly { id: string; scheduledOn?: string | null; heldOn?: string | null }[];
  evaluationSchedule: { nextDueOn?: string | null };
  draftPlan?: { id: string; number: number; status: PlanStatus } | null;
  grants: readonly {
    id: string;
    validUntil?: Date | string | null;
    isActive: boolean;
    grantee: { name: string };
  }[];
  nextCheckInOn?: string | null;
}

export interface StatusViewer {
  organisationId: string | null;
  /** Casusregisseur or procesregisseur of this case: approvals and the regiegesprek wait for them. */
  isDirector: boolean;
}

export type StatusKind = "ACTION" | "EVALUATION" | "PLAN" | "GRANT" | "CHECK_IN";

/** One line of the status block: what, who or why, and the date it is about. */
export interface StatusLine {
  key: string;
  kind: StatusKind;
  title: string;
  detail: string;
  /** 'YYYY-MM-DD', or null when it has no date (a plan waiting for agreement). */
  date: string | null;
  /** Days past `date` (late lines), else 0. */
  daysLate: number;
}

export interface CaseStatusSummary {
  late: StatusLine[];
  next: StatusLine[];
  forViewer: StatusLine[];
}

const FINISHED: readonly (ActionStatus | null | undefined)[] = ["DONE", "CANCELLED"];

/** "1 dag" / "3 dagen". */
export function days(count: number): string {
  return count === 1 ? "1 dag" : `${count} dagen`;
}

function owner(action: StatusInput["actions"][number]): string {
  const organisation = action.ownerOrganisation?.name;
  const professional = action.ownerProfessional?.name;
  if (professional && organisation) return `${professional} (${organisation})`;
  return professional ?? organisation ?? "Geen eigenaar bekend";
}

function actionLine(action: StatusInput["actions"][number], today: string): StatusLine {
  const late = action.dueOn ? Math.max(0, calendarDaysBetween(action.dueOn, today)) : 0;
  return {
    key: `action-${action.id}`,
    kind: "ACTION",
    title: action.title ?? "Actie",
    detail: late > 0 ? `${owner(action)} · ${days(late)} te laat` : owner(action),
    date: action.dueOn ?? null,
    daysLate: late,
  };
}

const byDate = (a: StatusLine, b: StatusLine) =>
  (a.date ?? "9999-12-31").localeCompare(b.date ?? "9999-12-31") || a.title.localeCompare(b.title, "nl");
const mostLateFirst = (a: StatusLine, b: StatusLine) => b.daysLate - a.daysLate || byDate(a, b);

function nextEvaluation(input: StatusInput, today: string): StatusLine | null {
  const scheduled = input.evaluations
    .filter((e) => e.scheduledOn && !e.heldOn)
    .map((e) => e.scheduledOn!)
    .sort()[0];
  const on = scheduled ?? input.evaluationSchedule.nextDueOn ?? null;
  if (!on) return null;
  const late = Math.max(0, calendarDaysBetween(on, today));
  return {
    key: "evaluation",
    kind: "EVALUATION",
    title: scheduled ? "Evaluatie van het gezinsplan (gepland)" : "Evaluatie van het gezinsplan",
    detail: late > 0 ? `${days(late)} over tijd` : scheduled ? "Gepland" : "Volgens de evaluatietermijn",
    date: on,
    daysLate: late,
  };
}

function planLine(plan: NonNullable<StatusInput["draftPlan"]>): StatusLine | null {
  if (plan.status !== "DRAFT" && plan.status !== "AGREED") return null;
  return {
    key: `plan-${plan.id}`,
    kind: "PLAN",
    title: `Gezinsplan versie ${plan.number}`,
    detail: plan.status === "DRAFT" ? "Wacht op instemming van het gezin" : "Wacht op vaststelling",
    date: null,
    daysLate: 0,
  };
}

function grantLines(input: StatusInput, today: string): StatusLine[] {
  return input.grants.flatMap((g) => {
    if (!g.isActive || !g.validUntil) return [];
    const until = dutchDate(new Date(g.validUntil));
    const left = calendarDaysBetween(today, until);
    if (left < 0 || left > GRANT_EXPIRY_NOTICE_DAYS) return [];
    return [
      {
        key: `grant-${g.id}`,
        kind: "GRANT" as const,
        title: `Toestemming voor ${g.grantee.name} verloopt`,
        detail: left === 0 ? "Vandaag de laatste dag" : `Nog ${days(left)}`,
        date: until,
        daysLate: 0,
      },
    ];
  });
}

function checkInLine(on: string, today: string): StatusLine | null {
  const until = calendarDaysBetween(today, on);
  if (until > CHECK_IN_SOON_DAYS) return null;
  const late = Math.max(0, -until);
  return {
    key: "check-in",
    kind: "CHECK_IN",
    title: "Regiegesprek",
    detail: late > 0 ? `${days(late)} over tijd` : until === 0 ? "Vandaag" : `Over ${days(until)}`,
    date: on,
    daysLate: late,
  };
}

/** What is late, what comes next and what waits for the viewer; `today` is 'YYYY-MM-DD' (Dutch date). */
export function caseStatus(input: StatusInput, viewer: StatusViewer, today: string): CaseStatusSummary {
  const open = input.actions.filter((a) => !FINISHED.includes(a.status));
  const lines = open.map((a) => actionLine(a, today));
  const evaluation = nextEvaluation(input, today);
  const plan = input.draftPlan ? planLine(input.draftPlan) : null;

  const late = lines.filter((l) => l.daysLate > 0);
  if (evaluation && evaluation.daysLate > 0) late.push(evaluation);

  const soon = lines.filter(
    (l) => l.daysLate === 0 && l.date !== null && calendarDaysBetween(today, l.date) <= ACTIONS_DUE_SOON_DAYS,
  );
  const next = [...soon, ...grantLines(input, today)];
  if (evaluation && evaluation.daysLate === 0) next.push(evaluation);

  const forViewer = open
    .filter((a) => viewer.organisationId !== null && a.ownerOrganisation?.id === viewer.organisationId)
    .map((a) => actionLine(a, today))
    .sort(mostLateFirst);
  if (viewer.isDirector) {
    if (plan && input.draftPlan?.status === "AGREED") forViewer.unshift({ ...plan, detail: "Vaststellen" });
    const checkIn = input.nextCheckInOn ? checkInLine(input.nextCheckInOn, today) : null;
    if (checkIn) forViewer.unshift(checkIn);
  }

  return {
    late: late.sort(mostLateFirst),
    next: [...next.sort(byDate), ...(plan ? [plan] : [])],
    forViewer,
  };
}

const BEFORE_EXECUTION: readonly CasePhase[] = ["SIGNAL", "INVENTORY", "ANALYSIS", "PLAN"];

/**
 * Whether to offer "Naar Uitvoering" in one click: a plan is approved while the case still stands before
 * execution (a director moved it back, or it was approved outside the phase Plan), and the API allows the move.
 */
export function offersExecution(
  phase: CasePhase,
  allowedPhaseTransitions: readonly CasePhase[],
  approvedPlan: { approvedOn?: string | null } | null | undefined,
): boolean {
  return (
    Boolean(approvedPlan?.approvedOn) &&
    BEFORE_EXECUTION.includes(phase) &&
    allowedPhaseTransitions.includes("EXECUTION")
  );
}
