// The registry of dossier item kinds: the one place a kind is declared. Every layer derives from it and
// checks it is complete (`satisfies Record<DossierItemKind, …>`, `never` in switches), so adding a kind here
// makes the compiler point at each place that must handle it: the content table of the data layer, the
// timeline summary, the GraphQL types (mappers and `__resolveType`) and the operations that record it.

/** What every layer may know about an item kind. */
export interface ItemKindInfo {
  /** The GraphQL object type implementing `DossierItem`; also the prefix of its fields in the processing log. */
  readonly typeName: string;
}

/** Every dossier item kind, in the order of the `dossier_item_kind` database enum (append new kinds). */
export const ITEM_KINDS = {
  OBSERVATION: { typeName: "Observation" },
  NOTE: { typeName: "Note" },
  ASSESSMENT: { typeName: "Assessment" },
  SAFETY_ASSESSMENT: { typeName: "SafetyAssessment" },
  NETWORK_MEMBER: { typeName: "NetworkMember" },
  PROBLEM: { typeName: "Problem" },
  PLAN: { typeName: "Plan" },
  GOAL: { typeName: "Goal" },
  ACTION: { typeName: "Action" },
  RESULT: { typeName: "Result" },
  EVALUATION: { typeName: "Evaluation" },
  REFERRAL: { typeName: "Referral" },
  CONTRIBUTION: { typeName: "MeetingContribution" },
} as const satisfies Record<string, ItemKindInfo>;

export type DossierItemKind = keyof typeof ITEM_KINDS;

/** The GraphQL object type of an item kind. */
export type ItemTypeName<K extends DossierItemKind = DossierItemKind> = (typeof ITEM_KINDS)[K]["typeName"];

/**
 * The kinds as a non-empty list (for the database enum and input validation). Object keys keep their
 * insertion order, so this is the registry's order.
 */
export const DOSSIER_ITEM_KINDS = Object.keys(ITEM_KINDS) as [DossierItemKind, ...DossierItemKind[]];

/** The GraphQL object type of an item kind (`DossierItem.__resolveType`). */
export function itemTypeName<K extends DossierItemKind>(kind: K): ItemTypeName<K> {
  return ITEM_KINDS[kind].typeName;
}
