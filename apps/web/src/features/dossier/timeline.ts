import type { DossierItemKind } from "../../generated/graphql";
import { groupByDay, type DayGroup } from "../../days";
import { formatDate, formatDateTime, toDate, type DateTimeValue } from "../../labels";
import { ACTION_STATUS_LABELS, PLAN_STATUS_LABELS, RESULT_STATUS_LABELS } from "../plan/labels";
import type { DossierItemCard } from "./types";

// The pure parts of the dossier timeline: which kinds are dossier content and which are plan bookkeeping,
// the grouping by day, and the human title and change line of an item (Dutch dates, no ISO).

/** What the timeline shows: what professionals recorded about the family, the plan's bookkeeping, or both. */
export type TimelineView = "inhoud" | "plan" | "alles";

export const TIMELINE_VIEWS: readonly TimelineView[] = ["inhoud", "plan", "alles"];

export const TIMELINE_VIEW_LABELS: Record<TimelineView, string> = {
  inhoud: "Dossierinhoud",
  plan: "Plan en voortgang",
  alles: "Alles",
};

/** Observations, conversations, assessments, network, analysis and referrals: the dossier's content. */
export const CONTENT_KINDS: readonly DossierItemKind[] = [
  "OBSERVATION",
  "NOTE",
  "ASSESSMENT",
  "SAFETY_ASSESSMENT",
  "NETWORK_MEMBER",
  "PROBLEM",
  "REFERRAL",
];

/** The plan, its goals, actions (with their status changes), results and evaluations: plan bookkeeping. */
export const PLAN_KINDS: readonly DossierItemKind[] = ["PLAN", "GOAL", "ACTION", "RESULT", "EVALUATION"];

export function isTimelineView(value: string | null | undefined): value is TimelineView {
  return TIMELINE_VIEWS.includes(value as TimelineView);
}

/** The kinds a view offers in its "Soort" filter. */
export function kindsOfView(view: TimelineView): readonly DossierItemKind[] {
  if (view === "inhoud") return CONTENT_KINDS;
  if (view === "plan") return PLAN_KINDS;
  return [...CONTENT_KINDS, ...PLAN_KINDS];
}

/** The kinds to ask the timeline for: the chosen kind when the view offers it, else the view's kinds. */
export function timelineKinds(view: TimelineView, kind: DossierItemKind | null): DossierItemKind[] | null {
  const offered = kindsOfView(view);
  if (kind && offered.includes(kind)) return [kind];
  return view === "alles" ? null : [...offered];
}

/** Items (newest first) grouped by the Dutch calendar day they were recorded on ("3 december 2026"). */
export function timelineDays<T extends { createdAt: DateTimeValue }>(items: readonly T[]): DayGroup<T>[] {
  return groupByDay(items, formatDate);
}

/** The heading of an item: its own words, or a Dutch line with dates in words. */
export function itemTitle(item: DossierItemCard): string {
  switch (item.__typename) {
    case "Observation":
      return item.statement ?? "";
    case "Note":
      return item.title ?? "";
    case "Action":
      return item.actionTitle ?? item.summary ?? "";
    case "Evaluation":
      if (item.heldOn) return `Evaluatie gehouden op ${formatDate(item.heldOn)}`;
      return item.scheduledOn ? `Evaluatie gepland op ${formatDate(item.scheduledOn)}` : "Evaluatie";
    case "Plan":
      return `Gezinsplan versie ${item.number} (${PLAN_STATUS_LABELS[item.planStatus].toLowerCase()})`;
    case "Result":
      return item.resultStatus
        ? `Resultaat: ${RESULT_STATUS_LABELS[item.resultStatus].toLowerCase()}`
        : (item.summary ?? "Resultaat");
    default:
      return item.summary ?? "";
  }
}

/** A line under an item about what changed since it was recorded: a status change, a correction, or none. */
export function changeLine(item: DossierItemCard): string | null {
  if (!changedSinceRecorded(item)) return null;
  const on = formatDateTime(item.updatedAt);
  switch (item.__typename) {
    case "Action": {
      const status = item.actionStatus ? ACTION_STATUS_LABELS[item.actionStatus].toLowerCase() : null;
      const at = formatDateTime(item.statusChangedAt ?? item.updatedAt);
      return status ? `Status gewijzigd naar ‘${status}’ op ${at}` : `Status gewijzigd op ${at}`;
    }
    case "Plan":
      return `Status gewijzigd naar ‘${PLAN_STATUS_LABELS[item.planStatus].toLowerCase()}’ op ${on}`;
    case "Evaluation":
      return item.heldOn ? `Verslag vastgelegd op ${on}` : `Bijgewerkt op ${on}`;
    case "Observation":
    case "Note":
      return `Gecorrigeerd op ${on} (versie ${item.version})`;
    default:
      return `Bijgewerkt op ${on}`;
  }
}

function changedSinceRecorded(item: DossierItemCard): boolean {
  if (item.version > 1) return true;
  const created = toDate(item.createdAt)?.getTime();
  const updated = toDate(item.updatedAt)?.getTime();
  return created !== undefined && updated !== undefined && updated - created > 1000;
}
