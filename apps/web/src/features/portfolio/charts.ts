import { PHASE_LABELS, formatDate, label } from "../../labels";
import { formatEuro } from "../../components/money";

// The words of the portfolio's charts (Query.portfolioCharts): the text alternative of each chart — the
// figures in words for assistive technology, the table beside it has all of them — and the Dutch number
// formats shared by chart and table. Pure, so they are unit-tested.

const dutchNumber = new Intl.NumberFormat("nl-NL", { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("nl-NL", { style: "percent", maximumFractionDigits: 0 });
const shortDay = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", timeZone: "UTC" });

/** "7 dec." — a week end on the chart's axis. */
export function weekEndLabel(weekEnd: string): string {
  return shortDay.format(new Date(`${weekEnd}T00:00:00Z`));
}

/** "1 week", "9,5 weken". */
export function weeksText(weeks: number): string {
  return weeks === 1 ? "1 week" : `${dutchNumber.format(weeks)} weken`;
}

/** "1 dag", "7,5 dagen". */
export function daysText(days: number): string {
  return days === 1 ? "1 dag" : `${dutchNumber.format(days)} dagen`;
}

/** "50%" — a share from 0 to 1. */
export function percentText(share: number): string {
  return percent.format(share);
}

/** "1 casus", "3 casussen". */
export function casesText(count: number): string {
  return count === 1 ? "1 casus" : `${count} casussen`;
}

export interface StalledWeek {
  weekEnd: string;
  stalled: number;
}

export function stalledTrendDescription(weeks: readonly StalledWeek[]): string {
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (!first || !last) return "Lijndiagram van de vastgelopen casussen per week: geen weken.";
  const highest = weeks.reduce((max, w) => (w.stalled > max.stalled ? w : max), first);
  return (
    `Lijndiagram van het aantal vastgelopen casussen per week over de laatste ${weeks.length} weken. ` +
    `In de week tot en met ${formatDate(first.weekEnd)}: ${first.stalled}; ` +
    `in de week tot en met ${formatDate(last.weekEnd)}: ${last.stalled}. ` +
    `Het hoogst was ${highest.stalled}, in de week tot en met ${formatDate(highest.weekEnd)}.`
  );
}

export interface PhaseTime {
  phase: string;
  cases: number;
  medianWeeks: number | null;
  maxWeeks: number | null;
}

export function timeInPhaseDescription(rows: readonly PhaseTime[]): string {
  const parts = rows
    .filter((r) => r.cases > 0 && r.medianWeeks !== null && r.maxWeeks !== null)
    .map(
      (r) =>
        `${label(PHASE_LABELS, r.phase)}: ${casesText(r.cases)}, mediaan ${weeksText(r.medianWeeks!)}, ` +
        `langst ${weeksText(r.maxWeeks!)}`,
    );
  if (parts.length === 0) return "Staafdiagram van de tijd in de huidige fase: geen open casussen.";
  return `Staafdiagram van de tijd in de huidige fase, per fase. ${parts.join("; ")}.`;
}

export interface CaseBudgetUse {
  reference: string;
  budgetCents: number;
  committedCents: number;
  spentCents: number;
  availableCents: number;
  overBudget: boolean;
}

export function budgetUseDescription(rows: readonly CaseBudgetUse[]): string {
  if (rows.length === 0) return "Staafdiagram van het budgetgebruik: geen casussen met een budget.";
  const parts = rows.map(
    (r) =>
      `${r.reference}: budget ${formatEuro(r.budgetCents)}, besteed ${formatEuro(r.spentCents)}, ` +
      `verplicht ${formatEuro(r.committedCents)}, ` +
      (r.overBudget
        ? `${formatEuro(-r.availableCents)} over het budget`
        : `${formatEuro(r.availableCents)} beschikbaar`),
  );
  return `Staafdiagram van het budgetgebruik per casus. ${parts.join("; ")}.`;
}

export interface PartnerTimeliness {
  organisation: { name: string };
  doneOnTime: number;
  doneLate: number;
  openOverdue: number;
  onTimeShare: number;
  medianDaysLate: number | null;
}

export function partnerTimelinessDescription(rows: readonly PartnerTimeliness[]): string {
  if (rows.length === 0) {
    return "Staafdiagram van de tijdigheid per ketenpartner: nog geen acties met een verstreken einddatum.";
  }
  const parts = rows.map(
    (r) =>
      `${r.organisation.name}: ${r.doneOnTime} op tijd, ${r.doneLate} te laat gedaan, ` +
      `${r.openOverdue} open en te laat; ${percentText(r.onTimeShare)} op tijd` +
      (r.medianDaysLate === null ? "" : `, mediaan ${daysText(r.medianDaysLate)} te laat`),
  );
  return `Staafdiagram van de tijdigheid van acties per ketenpartner. ${parts.join("; ")}.`;
}
