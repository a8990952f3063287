import type { LegalBasis, LogOperation } from "./enums";
import type { DossierItemKind } from "./item-kinds";
import type { ProcessingActivityId } from "./processing";

// Changes as data (docs/ARCHITECTURE.md, "The change path"). Every operation that changes the hub records
// one typed change per thing it changed, inside its transaction. Both the processing-log entry and the dossier
// event in the outbox are derived from it, so what a change *means* is said once, here, and never guessed
// back from field names.

/** What a case overview (`portfolioEvents`) hears about a change, if anything. */
export const PORTFOLIO_CHANGES = [
  "OPENED",
  "PHASE",
  "ESCALATION",
  "ACUTE_RISK",
  "OVERDUE",
  "DIRECTORS",
  "DETAILS",
  "FRAMEWORK",
  "FOLLOW_UP",
  "DOORBRAAK",
  "SIGNAL",
] as const;
export type PortfolioChange = (typeof PORTFOLIO_CHANGES)[number];

export interface ChangeKindRule {
  /** The processing-log operation the change is logged as. */
  operation: Exclude<LogOperation, "READ" | "DENIED">;
  /**
   * Whether the change becomes a dossier event (live delivery). Exports change nothing in the case; an
   * organisation's own references are no other organisation's business (PARTNER_REFERENCE_*).
   */
  event: boolean;
  /** What it means for an overview of cases; null when it does not concern an overview. */
  portfolio: PortfolioChange | null;
  description: string;
}

const change = (
  operation: ChangeKindRule["operation"],
  portfolio: PortfolioChange | null,
  description: string,
): ChangeKindRule => ({ operation, event: operation !== "EXPORT", portfolio, description });

/** Every kind of change the hub records. Adding one: add it here; the compiler shows the rest. */
export const CHANGE_KINDS = {
  CASE_OPENED: change("CREATE", "OPENED", "A case was opened"),
  CASE_UPDATED: change("UPDATE", "DETAILS", "A case's title or municipality changed"),
  DIRECTORS_CHANGED: change("UPDATE", "DIRECTORS", "A case's casusregisseur or procesregisseur changed"),
  PHASE_CHANGED: change("UPDATE", "PHASE", "A case moved to another phase"),
  ESCALATION_CHANGED: change("UPDATE", "ESCALATION", "A case moved up or down the escalation ladder"),
  TABLE_DECISION_RECORDED: change(
    "UPDATE",
    "ESCALATION",
    "A table's decision on a case brought to it was recorded",
  ),
  FRAMEWORK_DECIDED: change(
    "UPDATE",
    "FRAMEWORK",
    "A table decided the case's framework (voluntary, drang, compulsory)",
  ),
  EVALUATION_INTERVAL_SET: change("UPDATE", null, "A case's evaluation interval changed"),
  CHECK_IN_RECORDED: change("CREATE", "FOLLOW_UP", "A regiegesprek was recorded on a case"),
  CHECK_IN_INTERVAL_SET: change("UPDATE", "FOLLOW_UP", "The weeks between a case's regiegesprekken changed"),
  BUDGET_SET: change("UPDATE", "FOLLOW_UP", "A case's budget was set or cleared"),
  MONITORING_FOLLOW_UP_SET: change("UPDATE", "FOLLOW_UP", "A case's monitoring follow-up date was set"),
  MONITORING_REVIEWED: change("CREATE", "FOLLOW_UP", "A follow-up of a case in monitoring was recorded"),
  PERSON_ADDED: change("CREATE", null, "A family member was added to a case"),
  PERSON_UPDATED: change("UPDATE", null, "A family member's details changed"),
  TEAM_MEMBER_ADDED: change("CREATE", null, "An organisation or professional joined a case team"),
  TEAM_MEMBER_REMOVED: change("DELETE", null, "An organisation or professional left a case team"),
  ACCESS_GRANTED: change("CREATE", null, "A partner was granted access (consent or legal basis)"),
  ACCESS_WITHDRAWN: change("UPDATE", null, "A grant was withdrawn"),
  BREAK_GLASS_OPENED: change("CREATE", null, "A professional opened break-glass access"),
  BREAK_GLASS_REVIEWED: change("UPDATE", null, "A privacy officer reviewed a break-glass access"),
  ITEM_RECORDED: change("CREATE", null, "Dossier items were recorded"),
  ACUTE_UNSAFETY_RECORDED: change("CREATE", "ACUTE_RISK", "A safety assessment judged the situation acute"),
  ITEM_UPDATED: change("UPDATE", null, "A draft plan, goal or evaluation was edited"),
  ITEM_CORRECTED: change("UPDATE", null, "An item was corrected (a new version; the old one is kept)"),
  STATEMENT_ADDED: change("CREATE", null, "A family member's own statement was added to an item"),
  PLAN_STATUS_CHANGED: change("UPDATE", null, "A plan was agreed, approved, reopened or superseded"),
  ACTION_STATUS_CHANGED: change("UPDATE", null, "An action's status changed"),
  ACTION_OVERDUE: change("UPDATE", "OVERDUE", "An action passed its due date (signalled by the hub)"),
  DOORBRAAK_RECORDED: change(
    "CREATE",
    "DOORBRAAK",
    "The procesregisseur decided a doorbraak: an action that must happen (its carriers are notified)",
  ),
  SIGNAL_NOTIFIED: change(
    "UPDATE",
    "SIGNAL",
    "The case's directors were notified of a portfolio signal (stalled, a regiegesprek or follow-up due, a plan to approve, a grant ending; signalled by the hub)",
  ),
  EVALUATION_HELD: change("UPDATE", null, "An evaluation was held"),
  SCENARIOS_SET: change("UPDATE", null, "A case's scenarios (two factors, four scenarios) were set"),
  SCENARIO_SIGNAL_OBSERVED: change(
    "UPDATE",
    "SIGNAL",
    "A signal of a case's scenario was observed (the case directors are notified)",
  ),
  // A session without cases yet: `caseId` null, so the global chain of the log and no dossier event.
  TABLE_SESSION_PLANNED: change("CREATE", null, "A session of a table was planned"),
  // An overview hears of it as ESCALATION: the case is no longer waiting for the agenda of the table it was
  // escalated to (PortfolioEntry.awaitsAgenda).
  AGENDA_PLACED: change(
    "CREATE",
    "ESCALATION",
    "A case was put on a table session's agenda with its preparation summary",
  ),
  AGENDA_PHASE_MOVED: change(
    "UPDATE",
    null,
    "A table's chair moved the discussion of a case on its agenda to another phase",
  ),
  AGENDA_DECIDED: change(
    "UPDATE",
    null,
    "A table recorded its outcome on a case on its agenda (the members are notified)",
  ),
  MEETING_PLANNED: change("CREATE", null, "A meeting (overleg) was planned on a case"),
  MEETING_PHASE_MOVED: change("UPDATE", null, "A meeting's chair moved it to another phase"),
  MEETING_DECIDED: change(
    "UPDATE",
    null,
    "A meeting's decision was recorded (with the actions it put in the plan); the meeting closed",
  ),
  PERSON_DATA_EXPORTED: change("EXPORT", null, "Everything held about a person was exported (inzage)"),
  FAMILY_PLAN_EXPORTED: change("EXPORT", null, "The family plan document was produced"),
  MEETING_MINUTES_EXPORTED: change(
    "EXPORT",
    null,
    "The minutes of a meeting were produced (for the family or the team)",
  ),
  PORTFOLIO_EXPORTED: change("EXPORT", null, "A portfolio listing the case was exported (CSV)"),
  // A partner's own reference for a person (its client or student number) is its organisation's alone: logged
  // (the entry names the change and the person, never the value), but no dossier event — every subscriber of the
  // case would hear of it, and no other organisation may learn of the reference.
  PARTNER_REFERENCE_ATTACHED: {
    operation: "CREATE",
    event: false,
    portfolio: null,
    description: "An organisation attached its own reference to a person in a case (seen by it alone)",
  },
  PARTNER_REFERENCE_DETACHED: {
    operation: "DELETE",
    event: false,
    portfolio: null,
    description: "An organisation detached its own reference from a person in a case",
  },
  // Partner systems: changes outside any case (`caseId` null: the global chain of the log, and no dossier
  // event, which only a case's change becomes).
  API_CLIENT_REGISTERED: change("CREATE", null, "An ADMIN registered a partner system (API client)"),
  API_CLIENT_SECRET_ROTATED: change(
    "UPDATE",
    null,
    "An ADMIN gave an API client a new secret (the old one ends after the overlap)",
  ),
  API_CLIENT_REVOKED: change("UPDATE", null, "An ADMIN revoked an API client (its tokens stop at once)"),
  TRUSTED_DOCUMENTS_REGISTERED: change(
    "CREATE",
    null,
    "An ADMIN registered operations (trusted documents) of an API client",
  ),
  TRUSTED_DOCUMENT_REMOVED: change("DELETE", null, "An ADMIN removed a trusted document of an API client"),
} as const satisfies Record<string, ChangeKindRule>;

export type ChangeKind = keyof typeof CHANGE_KINDS;
export const CHANGE_KIND_NAMES = Object.keys(CHANGE_KINDS) as ChangeKind[];

/** The kinds that become dossier events. */
export const EVENT_CHANGE_KINDS: readonly ChangeKind[] = CHANGE_KIND_NAMES.filter(
  (k) => CHANGE_KINDS[k].event,
);

/** One change, as an operation records it (inside its transaction). */
export interface DomainChange {
  kind: ChangeKind;
  /** The case changed; null for changes outside any case. */
  caseId: string | null;
  /** The dossier items changed (none for a change of the case itself). */
  itemIds?: readonly string[];
  /** The persons whose data changed (pseudonymised in the log). */
  subjectPersonIds: readonly string[];
  /** The fields that changed, e.g. `Action.status` (what the log lists; events tell subscribers which). */
  fields: readonly string[];
  legalBasis: LegalBasis | null;
  activity?: ProcessingActivityId;
  breakGlass?: boolean;
  /** A short human note for the log (a reason, a transition). */
  detail?: string;
}

// ---- Stream routing: which subscription carries which changes (one table, for SQL and the dispatcher) ----

export const STREAM_KINDS = ["case", "actions", "portfolio"] as const;
export type StreamKind = (typeof STREAM_KINDS)[number];

export interface StreamRoute {
  /** The change kinds the stream carries. */
  changeKinds: readonly ChangeKind[];
  /** Only changes of items of these kinds; null: any item, and changes of the case itself. */
  itemKinds: readonly DossierItemKind[] | null;
  /**
   * Which of those a subscriber follows (decided per subscriber, still before any policy decision):
   * `case`: the one case subscribed to; `ownedActions`: actions its organisation carries;
   * `overseenCases`: for a procesregisseur the cases they direct, for others every case (the policy then
   * decides what they may receive).
   */
  follows: "case" | "ownedActions" | "overseenCases";
}

/** Routing, not authorization: who may receive an event is decided per event by the policy. */
export const STREAMS = {
  case: { changeKinds: EVENT_CHANGE_KINDS, itemKinds: null, follows: "case" },
  actions: { changeKinds: EVENT_CHANGE_KINDS, itemKinds: ["ACTION"], follows: "ownedActions" },
  portfolio: {
    changeKinds: EVENT_CHANGE_KINDS.filter((k) => CHANGE_KINDS[k].portfolio !== null),
    itemKinds: null,
    follows: "overseenCases",
  },
} as const satisfies Record<StreamKind, StreamRoute>;

/** Does the stream carry an event of this change kind and item kind (before per-subscriber following)? */
export function streamRoutes(
  stream: StreamKind,
  event: { changeKind: ChangeKind; itemKind: DossierItemKind | null },
): boolean {
  const route: StreamRoute = STREAMS[stream];
  if (!route.changeKinds.includes(event.changeKind)) return false;
  return route.itemKinds === null || (event.itemKind !== null && route.itemKinds.includes(event.itemKind));
}

/** The kind of a case update, from the case fields it changed: a change of director matters most. */
export function caseUpdateKind(changedFields: readonly string[]): "DIRECTORS_CHANGED" | "CASE_UPDATED" {
  return changedFields.some((f) => f === "casusregisseurId" || f === "procesregisseurId")
    ? "DIRECTORS_CHANGED"
    : "CASE_UPDATED";
}
