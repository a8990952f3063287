import { API_SCOPE_NAMES, AppError, type Actor, type ApiScope, type CaseScope } from "@regiehub/domain";
import {
  AGENDA_RELATIONS,
  ITEM_RELATIONS,
  MEETING_RELATIONS,
  RELATIONS,
  RULES,
  TEAM_MEMBER_RELATIONS,
  type Action,
  type CaseAction,
  type CaseResource,
  type GlobalAction,
  type ItemResource,
  type AgendaEntryResource,
  type AgendaRuleAction,
  type ItemRuleAction,
  type MeetingResource,
  type MeetingRuleAction,
  type Rule,
  type TeamMemberResource,
  type TeamMemberRuleAction,
  type Who,
  CONTENT_READ_SCOPE,
  scopeAllows,
  worksOnCases,
} from "./rules";

// The one place where authorization is decided. Pure: actor, action, resource -> decision.

export interface Decision {
  /** The action decided on (the server notes it as checked for the root field's gate). */
  action: Action;
  allowed: boolean;
  /** Which rule allowed it, or why it was denied (for logs and tests). */
  reason: string;
}

/** What a rule is decided over besides the case: one item, or one entry of the case team. */
type Target = {
  item?: ItemResource;
  member?: TeamMemberResource;
  meeting?: MeetingResource;
  agenda?: AgendaEntryResource;
};

function matches(
  who: Who,
  actor: Actor,
  resource: CaseResource | undefined,
  { item, member, meeting, agenda }: Target,
) {
  if ("anyone" in who) return true;
  if ("role" in who) return actor.role === who.role;
  if ("item" in who) {
    return resource !== undefined && item !== undefined && ITEM_RELATIONS[who.item](actor, resource, item);
  }
  if ("agenda" in who) {
    return (
      resource !== undefined && agenda !== undefined && AGENDA_RELATIONS[who.agenda](actor, resource, agenda)
    );
  }
  if ("meeting" in who) {
    return (
      resource !== undefined &&
      meeting !== undefined &&
      MEETING_RELATIONS[who.meeting](actor, resource, meeting)
    );
  }
  if ("member" in who) {
    return (
      resource !== undefined &&
      member !== undefined &&
      TEAM_MEMBER_RELATIONS[who.member](actor, resource, member)
    );
  }
  return resource !== undefined && RELATIONS[who.relation](actor, resource);
}

function describe(who: Who): string {
  if ("anyone" in who) return "anyone signed in";
  if ("role" in who) return `role ${who.role}`;
  if ("item" in who) return `item relation ${who.item}`;
  if ("member" in who) return `team-member relation ${who.member}`;
  if ("meeting" in who) return `meeting relation ${who.meeting}`;
  if ("agenda" in who) return `agenda relation ${who.agenda}`;
  return `relation ${who.relation}`;
}

export function can(actor: Actor, action: GlobalAction): Decision;
export function can(actor: Actor, action: CaseAction, resource: CaseResource): Decision;
export function can(
  actor: Actor,
  action: ItemRuleAction,
  resource: CaseResource,
  item: ItemResource,
): Decision;
export function can(
  actor: Actor,
  action: TeamMemberRuleAction,
  resource: CaseResource,
  member: TeamMemberResource,
): Decision;
export function can(
  actor: Actor,
  action: MeetingRuleAction,
  resource: CaseResource,
  meeting: MeetingResource,
): Decision;
export function can(
  actor: Actor,
  action: AgendaRuleAction,
  resource: CaseResource,
  entry: AgendaEntryResource,
): Decision;
export function can(
  actor: Actor,
  action: Action,
  resource?: CaseResource,
  subject?: ItemResource | TeamMemberResource | MeetingResource | AgendaEntryResource,
): Decision {
  const rule: Rule = RULES[action];
  // The overloads pair each target with its resource: an item rule gets an item, a team-member rule an entry.
  const target: Target =
    rule.target === "item"
      ? { item: subject as ItemResource | undefined }
      : rule.target === "teamMember"
        ? { member: subject as TeamMemberResource | undefined }
        : rule.target === "meeting"
          ? { meeting: subject as MeetingResource | undefined }
          : rule.target === "agendaEntry"
            ? { agenda: subject as AgendaEntryResource | undefined }
            : {};
  if (!scopeAllows(actor, rule.scope)) {
    return {
      action,
      allowed: false,
      reason: rule.scope
        ? `${action}: the partner system's token lacks scope ${rule.scope}`
        : `${action}: not for partner systems`,
    };
  }
  const item = target.item;
  if (item && rule.kinds && !rule.kinds.includes(item.kind)) {
    return { action, allowed: false, reason: `${action}: not for ${item.kind}` };
  }
  for (const who of rule.allow) {
    if (matches(who, actor, resource, target)) {
      return { action, allowed: true, reason: `${action}: ${describe(who)}` };
    }
  }
  return { action, allowed: false, reason: `${action}: none of ${rule.allow.map(describe).join(", ")}` };
}

/**
 * Asserts the actor may act. A case the actor may not see is NOT_FOUND (its existence is not revealed);
 * a visible case with an action the actor may not perform is FORBIDDEN.
 */
export function authorize(actor: Actor, action: GlobalAction): void;
export function authorize(actor: Actor, action: CaseAction, resource: CaseResource): void;
export function authorize(actor: Actor, action: Action, resource?: CaseResource): void {
  const decision = resource ? can(actor, action as CaseAction, resource) : can(actor, action as GlobalAction);
  if (decision.allowed) return;
  if (resource && !can(actor, "case.read", resource).allowed) throw AppError.notFound("Case");
  throw new AppError("FORBIDDEN", `Not allowed: ${RULES[action].description.toLowerCase()}`);
}

/** The cases an actor may read, as data for the SQL filter. Mirrors the `case.read` rule. */
export function caseScope(actor: Actor): CaseScope {
  if (!worksOnCases(actor) || !scopeAllows(actor, RULES["case.read"].scope)) return { kind: "none" };
  return { kind: "involved", organisationId: actor.organisationId, professionalId: actor.professionalId };
}

/** The viewer's allowed actions on a case (`viewerCan`), from the same rules. */
export const VIEWER_CASE_ACTIONS = {
  UPDATE: "case.update",
  MOVE_PHASE: "case.movePhase",
  ESCALATE: "case.escalate",
  DECIDE_FRAMEWORK: "case.decideFramework",
  ADD_PERSON: "person.create",
  UPDATE_PERSON: "person.update",
  MANAGE_TEAM: "team.manage",
  READ_BSN: "person.readBsn",
  RECORD_ITEM: "item.record",
  MANAGE_CONSENT: "consent.manage",
  READ_LOG: "log.read",
  EXPORT_PERSON: "person.export",
  BREAK_GLASS: "breakGlass.open",
  MANAGE_PLAN: "plan.manage",
  APPROVE_PLAN: "plan.approve",
  MANAGE_EVALUATIONS: "evaluation.manage",
  MANAGE_ACTIONS: "action.manage",
  RECORD_DOORBRAAK: "case.doorbraak",
  READ_FOLLOW_UP: "case.readFollowUp",
  RECORD_CHECK_IN: "case.checkIn",
  SET_BUDGET: "case.budget",
  MONITOR: "case.monitor",
  MANAGE_REFERENCES: "reference.manage",
  PLAN_MEETING: "meeting.plan",
  MANAGE_SCENARIOS: "scenario.manage",
  PLACE_ON_AGENDA: "agenda.place",
} as const satisfies Record<string, CaseAction>;
export type ViewerCaseAction = keyof typeof VIEWER_CASE_ACTIONS;

/** The viewer's allowed actions in a meeting (`Meeting.viewerCan`), from the same rules. */
export const VIEWER_MEETING_ACTIONS = {
  CONTRIBUTE: "meeting.contribute",
  CHAIR: "meeting.chair",
} as const satisfies Record<string, MeetingRuleAction>;
export type ViewerMeetingAction = keyof typeof VIEWER_MEETING_ACTIONS;

export function viewerMeetingActions(
  actor: Actor,
  resource: CaseResource,
  meeting: MeetingResource,
): ViewerMeetingAction[] {
  return (Object.keys(VIEWER_MEETING_ACTIONS) as ViewerMeetingAction[]).filter(
    (key) => can(actor, VIEWER_MEETING_ACTIONS[key], resource, meeting).allowed,
  );
}

export function viewerCaseActions(actor: Actor, resource: CaseResource): ViewerCaseAction[] {
  return (Object.keys(VIEWER_CASE_ACTIONS) as ViewerCaseAction[]).filter(
    (key) => can(actor, VIEWER_CASE_ACTIONS[key], resource).allowed,
  );
}

/** The viewer's allowed actions outside any one case (`Query.viewerCan`). */
export const VIEWER_GLOBAL_ACTIONS = {
  OPEN_CASE: "case.open",
  REVIEW_PROCESSING: "breakGlass.review",
  VIEW_PORTFOLIO: "portfolio.read",
  FIND_BY_REFERENCE: "reference.find",
  VIEW_MY_ACTIONS: "action.listOwn",
  VIEW_MY_SESSIONS: "tableSession.listOwn",
  PLAN_TABLE_SESSION: "tableSession.plan",
} as const satisfies Record<string, GlobalAction>;
export type ViewerGlobalAction = keyof typeof VIEWER_GLOBAL_ACTIONS;

export function viewerGlobalActions(actor: Actor): ViewerGlobalAction[] {
  return (Object.keys(VIEWER_GLOBAL_ACTIONS) as ViewerGlobalAction[]).filter(
    (key) => can(actor, VIEWER_GLOBAL_ACTIONS[key]).allowed,
  );
}

// ---- Partner systems: which scopes can do anything at all ----

/**
 * Who of a rule's `allow` a partner system can be: it acts as a professional (role PROFESSIONAL) of its
 * organisation — on the case team, at the directing organisation, as the author of its own items or its
 * organisation's actions — and never as a casusregisseur, procesregisseur, privacy officer or admin.
 */
function systemCanBe(who: Who): boolean {
  if ("anyone" in who) return true;
  if ("role" in who) return who.role === "PROFESSIONAL";
  if ("item" in who || "member" in who) return true;
  // Meetings and tables are held by people: a system neither chairs nor takes part.
  if ("meeting" in who || "agenda" in who) return false;
  return who.relation === "teamOrganisation" || who.relation === "directingOrganisation";
}

/**
 * The actions a partner system with `scope` could ever be allowed: the rules that name the scope and allow
 * someone a system can be. `dossier:read` is the consent rule itself (`itemAccess`), named here as such.
 */
export function actionsOfScope(scope: ApiScope): string[] {
  const actions = (Object.keys(RULES) as Action[]).filter((action) => {
    const rule: Rule = RULES[action];
    return rule.scope === scope && rule.allow.some(systemCanBe);
  });
  return scope === CONTENT_READ_SCOPE ? ["itemAccess", ...actions] : actions;
}

/**
 * The scopes an organisation's system may be given: those that let it do something a professional of that
 * organisation may do (a scope whose rules only directors, privacy officers or admins hold, or that no rule
 * names yet, gives nothing and is refused). Today the rules do not depend on the kind of organisation, so
 * every organisation that works on cases may be given the same scopes.
 */
export function grantableScopes(): ApiScope[] {
  return API_SCOPE_NAMES.filter((scope) => actionsOfScope(scope).length > 0);
}
