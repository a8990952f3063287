import { Button, StatusBadge } from "@utrecht/component-library-react";
import { ColumnTable } from "../../components/ColumnTable";
import type { Column } from "../../components/ColumnTable";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { DOMAIN_LABELS, ORGANISATION_KIND_LABELS, label } from "../../labels";
import type { TeamMemberRow } from "./types";
import { memberName } from "./team";

export interface TeamTableProps {
  team: readonly TeamMemberRow[];
  /** With MANAGE_TEAM: "Verwijderen" per member (not the directing one). */
  onRemove: ((member: TeamMemberRow) => void) | null;
  removingId: string | null;
}

function Muted({ children }: { children: string }) {
  return <span className="rh-muted">{children}</span>;
}

const COLUMNS: Column<TeamMemberRow>[] = [
  {
    header: "Organisatie",
    className: "rh-row-header",
    cell: (member) => (
      <>
        <span className="rh-team__org">{member.organisation.name}</span>{" "}
        {member.isDirecting ? (
          <StatusBadge status="active" className="rh-badge rh-badge--directing">
            Regievoerend
          </StatusBadge>
        ) : null}
        <span className="rh-team__kind rh-muted">
          {label(ORGANISATION_KIND_LABELS, member.organisation.kind)}
        </span>
      </>
    ),
  },
  {
    header: "Professional",
    cell: (member) => member.professional?.name ?? <Muted>Geen specifieke professional</Muted>,
  },
  {
    header: "Taak",
    // A role outside the viewer's consent is withheld (null with CONSENT_REQUIRED), not an error.
    cell: (member) =>
      member.responsibilityRedacted ? (
        <Muted>Taak niet gedeeld (buiten toestemming)</Muted>
      ) : (
        member.responsibility || <Muted>Niet ingevuld</Muted>
      ),
  },
  {
    header: "Leefgebieden",
    cell: (member) =>
      member.domains.length > 0 ? (
        member.domains.map((d) => label(DOMAIN_LABELS, d)).join(", ")
      ) : (
        <Muted>Geen</Muted>
      ),
  },
];

/** The team: organisation (directing or not), professional, role (taak) and domains per member. */
export function TeamTable({ team, onRemove, removingId }: TeamTableProps) {
  const columns: Column<TeamMemberRow>[] = onRemove
    ? [
        ...COLUMNS,
        {
          header: <VisuallyHidden>Acties</VisuallyHidden>,
          cell: (member) =>
            member.isDirecting ? null : (
              <Button
                appearance="secondary-action-button"
                hint="danger"
                busy={removingId === member.id}
                onClick={() => onRemove(member)}
              >
                Verwijderen<VisuallyHidden> {memberName(member)}</VisuallyHidden>
              </Button>
            ),
        },
      ]
    : COLUMNS;
  return <ColumnTable columns={columns} rows={team} aria-labelledby="team-heading" scrollLabel="Team" />;
}
