import { allowedActionTransitions, type ActionStatus, type Actor, type PlanStatus } from "@regiehub/domain";
import type { ItemAccess } from "./consent";
import { can, type Decision } from "./policy";
import { RULES, type CaseAction, type CaseResource, type ItemResource, type ItemRuleAction } from "./rules";

// Item-level permissions: what one may do with one dossier item. Pure, over facts the server loads: the
// case, the item (kind, author, an action's owner, where it stands) and the consent decision (`itemAccess`).

/** Who may correct an observation or note: its author, or a casusregisseur of the directing organisation. */
export function mayCorrectItem(actor: Actor, c: CaseResource, item: ItemResource): Decision {
  return can(actor, "item.correct", c, item);
}

/** Who may change an action's status: its owner organisation's professionals, and the case directors. */
export function mayChangeActionStatus(actor: Actor, c: CaseResource, item: ItemResource): Decision {
  return can(actor, "action.changeStatus", c, item);
}

/** What the viewer's `viewerCan` on an item depends on beyond the rules: where the item stands. */
export interface ItemViewFacts extends ItemResource {
  /** An action's status, when its content is visible. */
  actionStatus?: ActionStatus;
  /** For a goal whose content is visible: the status of the plan version it belongs to. */
  planStatus?: PlanStatus;
}

/** When an entry of `viewerCan` is offered at all (the rule then decides whether it is allowed). */
export const ITEM_CONDITIONS = {
  always: () => true,
  contentVisible: (_item: ItemViewFacts, access: ItemAccess) => access.allowed,
  redacted: (_item: ItemViewFacts, access: ItemAccess) => !access.allowed,
  /** A visible action whose status can still move. */
  actionCanMove: (item: ItemViewFacts, access: ItemAccess) =>
    access.allowed &&
    item.actionStatus !== undefined &&
    allowedActionTransitions(item.actionStatus).length > 0,
  /** A visible goal of a plan version that is not superseded: work is still recorded against it. */
  goalOpenForWork: (item: ItemViewFacts, access: ItemAccess) =>
    access.allowed &&
    item.kind === "GOAL" &&
    item.planStatus !== undefined &&
    item.planStatus !== "SUPERSEDED",
} as const;

/** The viewer's allowed actions on one dossier item (`DossierItem.viewerCan`): the rule, and when offered. */
export const VIEWER_ITEM_ACTIONS = {
  UPDATE: { action: "item.correct", when: "contentVisible" },
  ADD_STATEMENT: { action: "item.addStatement", when: "contentVisible" },
  BREAK_GLASS: { action: "breakGlass.open", when: "redacted" },
  READ_HISTORY: { action: "item.readHistory", when: "always" },
  CHANGE_STATUS: { action: "action.changeStatus", when: "actionCanMove" },
  ADD_ACTION: { action: "plan.work", when: "goalOpenForWork" },
  RECORD_RESULT: { action: "plan.work", when: "goalOpenForWork" },
} as const satisfies Record<
  string,
  { action: CaseAction | ItemRuleAction; when: keyof typeof ITEM_CONDITIONS }
>;
export type ViewerItemAction = keyof typeof VIEWER_ITEM_ACTIONS;

function isItemRule(action: CaseAction | ItemRuleAction): action is ItemRuleAction {
  return RULES[action].target === "item";
}

/** The whole `viewerCan` list of one item, in the order of `VIEWER_ITEM_ACTIONS`. */
export function itemViewerActions(
  actor: Actor,
  c: CaseResource,
  item: ItemViewFacts,
  access: ItemAccess,
): ViewerItemAction[] {
  return (Object.keys(VIEWER_ITEM_ACTIONS) as ViewerItemAction[]).filter((key) => {
    const { action, when } = VIEWER_ITEM_ACTIONS[key];
    if (!ITEM_CONDITIONS[when](item, access)) return false;
    return (isItemRule(action) ? can(actor, action, c, item) : can(actor, action, c)).allowed;
  });
}
