import type { ActionStatus, MyActionsOrder } from "../../generated/graphql";

// The pure parts of "Mijn acties": which group an action falls in (late, this week, later, finished), the
// groups in order, and the filters as they stand in the address bar.

export type DueGroup = "LATE" | "THIS_WEEK" | "LATER" | "FINISHED";

export const DUE_GROUP_LABELS: Record<DueGroup, string> = {
  LATE: "Te laat",
  THIS_WEEK: "Deze week",
  LATER: "Later of zonder datum",
  FINISHED: "Afgerond of geannuleerd",
};

const FINISHED: readonly ActionStatus[] = ["DONE", "CANCELLED"];

/** The Sunday of the week of `today` ('YYYY-MM-DD'; weeks run Monday to Sunday). */
export function endOfWeek(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  const daysToSunday = (7 - date.getUTCDay()) % 7;
  date.setUTCDate(date.getUTCDate() + daysToSunday);
  return date.toISOString().slice(0, 10);
}

export function dueGroupOf(
  action: { status?: ActionStatus | null; dueOn?: string | null; overdue?: boolean | null },
  today: string,
): DueGroup {
  if (action.status && FINISHED.includes(action.status)) return "FINISHED";
  if (action.overdue) return "LATE";
  if (action.dueOn && action.dueOn <= endOfWeek(today)) return "THIS_WEEK";
  return "LATER";
}

/** The non-empty groups in order (late first), each keeping the order the actions came in. */
export function groupActions<T extends { node: Parameters<typeof dueGroupOf>[0] }>(
  edges: readonly T[],
  today: string,
): { group: DueGroup; edges: T[] }[] {
  const groups = (Object.keys(DUE_GROUP_LABELS) as DueGroup[]).map((group) => ({ group, edges: [] as T[] }));
  for (const edge of edges) groups.find((g) => g.group === dueGroupOf(edge.node, today))!.edges.push(edge);
  return groups.filter((g) => g.edges.length > 0);
}

/** Status filter choices: the active ones (default), everything, or one status. */
export type StatusChoice = "ACTIVE" | "ALL" | ActionStatus;

export const STATUS_CHOICE_LABELS: Record<StatusChoice, string> = {
  ACTIVE: "Nog te doen (open, mee bezig, geblokkeerd)",
  ALL: "Alle statussen",
  OPEN: "Open",
  IN_PROGRESS: "Mee bezig",
  BLOCKED: "Geblokkeerd",
  DONE: "Afgerond",
  CANCELLED: "Geannuleerd",
};

export const ORDER_LABELS: Record<MyActionsOrder, string> = {
  DUE: "Op datum, te laat eerst",
  RECENTLY_CHANGED: "Laatst gewijzigd eerst",
};

export interface MyActionsChoice {
  mine: boolean;
  caseId: string;
  status: StatusChoice;
  orderBy: MyActionsOrder;
}

const isStatusChoice = (v: string | null): v is StatusChoice => v !== null && v in STATUS_CHOICE_LABELS;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filters from the address (`?van=mij&casus=…&status=DONE&volgorde=gewijzigd`); unknown values: defaults. */
export function choiceFromParams(params: URLSearchParams): MyActionsChoice {
  const status = params.get("status");
  const caseId = params.get("casus") ?? "";
  return {
    mine: params.get("van") === "mij",
    caseId: UUID.test(caseId) ? caseId : "",
    status: isStatusChoice(status) ? status : "ACTIVE",
    orderBy: params.get("volgorde") === "gewijzigd" ? "RECENTLY_CHANGED" : "DUE",
  };
}

export function paramsFromChoice(choice: MyActionsChoice): URLSearchParams {
  const params = new URLSearchParams();
  if (choice.mine) params.set("van", "mij");
  if (choice.caseId) params.set("casus", choice.caseId);
  if (choice.status !== "ACTIVE") params.set("status", choice.status);
  if (choice.orderBy === "RECENTLY_CHANGED") params.set("volgorde", "gewijzigd");
  return params;
}

/** The query's filter for a choice. */
export function filterOf(choice: MyActionsChoice): {
  mine: boolean;
  caseId: string | null;
  statuses: ActionStatus[] | null;
} {
  const statuses: ActionStatus[] | null =
    choice.status === "ACTIVE"
      ? ["OPEN", "IN_PROGRESS", "BLOCKED"]
      : choice.status === "ALL"
        ? null
        : [choice.status];
  return { mine: choice.mine, caseId: choice.caseId || null, statuses };
}
