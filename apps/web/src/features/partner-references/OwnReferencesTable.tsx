import { Button, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { ColumnTable } from "../../components/ColumnTable";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import type { OwnReference, PersonWithReferences } from "./types";

export interface OwnReferencesTableProps {
  persons: readonly PersonWithReferences[];
  /** The reference being removed (its button is busy). */
  removingId: string | null;
  onRemove: (person: PersonWithReferences, reference: OwnReference) => void;
}

/** Per family member the organisation's own references, each with "Verwijderen". */
export function OwnReferencesTable({ persons, removingId, onRemove }: OwnReferencesTableProps) {
  return (
    <ColumnTable
      columns={[
        { header: "Gezinslid", cell: (person) => person.fullName, className: "rh-row-header" },
        {
          header: "Kenmerken",
          cell: (person) =>
            person.partnerReferences.length === 0 ? (
              <span className="rh-muted">Geen</span>
            ) : (
              <UnorderedList>
                {person.partnerReferences.map((reference) => (
                  <UnorderedListItem key={reference.id}>
                    <ReferenceItem
                      person={person}
                      reference={reference}
                      busy={removingId === reference.id}
                      onRemove={onRemove}
                    />
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            ),
        },
      ]}
      rows={persons}
      aria-labelledby="own-references-heading"
      scrollLabel="Eigen kenmerken"
    />
  );
}

interface ReferenceItemProps {
  person: PersonWithReferences;
  reference: OwnReference;
  busy: boolean;
  onRemove: (person: PersonWithReferences, reference: OwnReference) => void;
}

function ReferenceItem({ person, reference, busy, onRemove }: ReferenceItemProps) {
  return (
    <>
      <span className="rh-tabular">{reference.reference}</span>
      {reference.label ? <span className="rh-muted"> ({reference.label})</span> : null}{" "}
      <Button
        appearance="subtle-button"
        hint="danger"
        busy={busy}
        onClick={() => onRemove(person, reference)}
      >
        Verwijderen
        <VisuallyHidden>
          {" "}
          kenmerk {reference.reference} van {person.fullName}
        </VisuallyHidden>
      </Button>
    </>
  );
}
