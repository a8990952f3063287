import type { CaseFramework, CasePhase, PortfolioFilter, PortfolioOrder } from "../../generated/graphql";
import { FRAMEWORK_LABELS, PHASE_LABELS } from "../../labels";

// The portfolio's filters and order live in the address (Dutch parameters, "ja" for a checked box), so a
// filtered list can be bookmarked and shared. Pure, so it is unit-tested.

export const ORDERS = {
  URGENCY: "Urgentie",
  WEEKS_IN_PHASE: "Weken in fase",
  LAST_ACTIVITY: "Laatste activiteit (oudste eerst)",
  BUDGET_USE: "Budgetgebruik",
} as const satisfies Record<PortfolioOrder, string>;
export type Order = keyof typeof ORDERS;

/** The default order, which the address leaves out. */
export const DEFAULT_ORDER: Order = "URGENCY";

/** The check boxes: the flag of the filter, its parameter in the address, its label. */
export const FLAGS = [
  { flag: "stalled", param: "vastgelopen", id: "portfolio-stalled", label: "Alleen vastgelopen casussen" },
  { flag: "overdue", param: "te-laat", id: "portfolio-overdue", label: "Alleen casussen met acties te laat" },
  {
    flag: "escalated",
    param: "opgeschaald",
    id: "portfolio-escalated",
    label: "Alleen opgeschaalde casussen",
  },
  {
    flag: "overBudget",
    param: "over-budget",
    id: "portfolio-over-budget",
    label: "Alleen casussen over budget",
  },
  {
    flag: "awaitsAgenda",
    param: "niet-geagendeerd",
    id: "portfolio-awaits-agenda",
    label: "Alleen opgeschaald en nog niet geagendeerd",
  },
] as const;
export type Flag = (typeof FLAGS)[number]["flag"];

export interface PortfolioView {
  flags: Record<Flag, boolean>;
  phase: CasePhase | null;
  framework: CaseFramework | null;
  casusregisseurId: string | null;
  organisationId: string | null;
  orderBy: Order;
}

const oneOf = <K extends string>(labels: Record<K, string>, value: string | null): K | null =>
  value !== null && value in labels ? (value as K) : null;

/** What the address asks for; unknown phases, frameworks and orders are left out. */
export function readView(params: URLSearchParams): PortfolioView {
  const flags = Object.fromEntries(FLAGS.map((f) => [f.flag, params.get(f.param) === "ja"]));
  return {
    flags: flags as Record<Flag, boolean>,
    phase: oneOf(PHASE_LABELS, params.get("fase")),
    framework: oneOf(FRAMEWORK_LABELS, params.get("kader")),
    casusregisseurId: params.get("casusregisseur"),
    organisationId: params.get("organisatie"),
    orderBy: oneOf(ORDERS, params.get("volgorde")) ?? DEFAULT_ORDER,
  };
}

/** Whether any filter is on (the order is no filter). */
export function isFiltered(view: PortfolioView): boolean {
  return (
    Object.values(view.flags).some(Boolean) ||
    !!view.phase ||
    !!view.framework ||
    !!view.casusregisseurId ||
    !!view.organisationId
  );
}

/** The filter of `portfolio` and `portfolioCsv`: only what is on, the rest null. */
export function portfolioFilter({ flags, phase, framework, ...ids }: PortfolioView): PortfolioFilter {
  return {
    stalled: flags.stalled || null,
    overdue: flags.overdue || null,
    escalated: flags.escalated || null,
    overBudget: flags.overBudget || null,
    awaitsAgenda: flags.awaitsAgenda || null,
    phases: phase ? [phase] : null,
    frameworks: framework ? [framework] : null,
    casusregisseurId: ids.casusregisseurId || null,
    organisationId: ids.organisationId || null,
  };
}

/** The address's parameters with `key` set to `value`, or without it when the value is empty. */
export function withParam(params: URLSearchParams, key: string, value: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}
