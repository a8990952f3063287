import type {
  DossierItemCardFragment,
  DossierItemHistoryQuery,
  DossierRedactedQuery,
} from "../../generated/graphql";

// Shorthands for parts of the result types that `pnpm codegen` generates from the documents in ./graphql.

/** One dossier item as the timeline shows it (any kind), possibly a redacted stub (after a recording form). */
export type DossierItemCard = DossierItemCardFragment;
export type ObservationCard = Extract<DossierItemCard, { __typename: "Observation" }>;
export type NoteCard = Extract<DossierItemCard, { __typename: "Note" }>;

/** A stub of an item outside the viewer's grants: only what the contract shows of it (no content field). */
export type RedactedStub = NonNullable<DossierRedactedQuery["case"]>["timeline"]["edges"][number]["node"];

/** One earlier version of an item. */
export type DossierItemVersionRow = DossierItemHistoryQuery["dossierItemHistory"][number];
