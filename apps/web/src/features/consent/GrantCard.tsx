import { Heading, Paragraph, StatusBadge } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { DataRows } from "../../components/DataRows";
import {
  DATA_CLASS_LABELS,
  DOMAIN_LABELS,
  LEGAL_BASIS_LABELS,
  formatDateTime,
  isoDateTime,
  joinNames,
  label,
} from "../../labels";
import { GRANT_BADGE, grantStatus } from "./grantStatus";
import type { Grant } from "./types";

export interface GrantCardProps {
  grant: Grant;
  /** Heading level of the card (depends on where it is listed). */
  level: 3 | 4 | 5;
  /** Controls under the card, e.g. "Intrekken". */
  children?: ReactNode;
}

export function grantHeadingId(grant: Grant): string {
  return `grant-${grant.id}-heading`;
}

/** One consent grant: what, about whom, why, on which basis, how long, evidence, and its status. */
export function GrantCard({ grant, level, children }: GrantCardProps) {
  const status = grantStatus(grant);
  const headingId = grantHeadingId(grant);
  const rows: [string, ReactNode][] = [
    ["Over wie", grant.subjects.map((p) => p.fullName).join(", ") || "—"],
    ["Leefgebieden", grant.domains.map((d) => label(DOMAIN_LABELS, d)).join(", ")],
    ["Gegevenscategorieën", grant.dataClasses.map((c) => label(DATA_CLASS_LABELS, c)).join(", ")],
    ["Doel", grant.purpose],
    ["Rechtsgrond", label(LEGAL_BASIS_LABELS, grant.legalBasis)],
    [
      "Geldig",
      <>
        van <time dateTime={isoDateTime(grant.validFrom)}>{formatDateTime(grant.validFrom)}</time>{" "}
        {grant.validUntil ? (
          <>
            tot <time dateTime={isoDateTime(grant.validUntil)}>{formatDateTime(grant.validUntil)}</time>
          </>
        ) : (
          "tot intrekking"
        )}
      </>,
    ],
    ["Bewijs", grant.evidenceReference || <span className="rh-muted">Niet vastgelegd</span>],
    [
      "Vastgelegd",
      <>
        door {grant.recordedBy.name} op{" "}
        <time dateTime={isoDateTime(grant.recordedAt)}>{formatDateTime(grant.recordedAt)}</time>
      </>,
    ],
  ];
  return (
    <article className={`rh-grant rh-grant--${status.state.toLowerCase()}`} aria-labelledby={headingId}>
      <div className="rh-grant__head">
        <Heading
          level={level}
          appearance={level === 5 ? "utrecht-heading-4" : undefined}
          id={headingId}
          tabIndex={-1}
          className="rh-grant__heading"
        >
          {joinNames(grant.domains.map((d) => label(DOMAIN_LABELS, d)))}
        </Heading>
        <StatusBadge
          status={GRANT_BADGE[status.state]}
          className={`rh-badge rh-grant-status rh-grant-status--${status.state.toLowerCase()}`}
        >
          {status.label}
        </StatusBadge>
      </div>
      {status.detail ? <Paragraph className="rh-grant__status-detail">{status.detail}</Paragraph> : null}
      <DataRows rows={rows} />
      {children}
    </article>
  );
}
