import type { OwnReference } from "./types";

/** How a reference reads: "LL-20931 (leerlingnummer)". */
export function referenceText(reference: Pick<OwnReference, "reference" | "label">): string {
  return reference.label ? `${reference.reference} (${reference.label})` : reference.reference;
}
