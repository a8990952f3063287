import { Heading, Paragraph, StatusBadge } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { DataRows } from "../../components/DataRows";
import { RouterLink } from "../../components/RouterLink";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { BREAK_GLASS_VERDICT_LABELS, formatDateTime, isoDateTime, label, toDate } from "../../labels";
import { casePath } from "../cases/caseContext";
import type { LogLinkState } from "../processing-log/StandaloneProcessingLog";
import type { BreakGlassAccessRow } from "./types";
import { ReviewForm } from "./ReviewForm";

function status(access: BreakGlassAccessRow): { text: string; badge: string } {
  if (access.verdict) {
    return {
      text: label(BREAK_GLASS_VERDICT_LABELS, access.verdict),
      badge: access.verdict === "JUSTIFIED" ? "safe" : "danger",
    };
  }
  return { text: "Wacht op beoordeling", badge: "warning" };
}

/** One break-glass access: case, who, why, when, and its review (or the review form). */
export function BreakGlassCard({
  access,
  onReviewed,
}: {
  access: BreakGlassAccessRow;
  onReviewed: (access: BreakGlassAccessRow) => Promise<void>;
}) {
  const headingId = `break-glass-${access.id}-heading`;
  const expires = toDate(access.expiresAt);
  const expired = expires ? expires.getTime() <= Date.now() : false;
  const s = status(access);
  const linkState: LogLinkState = { caseReference: access.caseReference };
  const rows: [string, ReactNode][] = [
    [
      "Casus",
      <RouterLink key="c" to={casePath(access.caseId, "verwerkingslog")} state={linkState}>
        {access.caseReference}
        <VisuallyHidden> (verwerkingslog)</VisuallyHidden>
      </RouterLink>,
    ],
    ["Geopend", access.itemId ? "Eén dossieritem" : "De hele casus"],
    [
      "Professional",
      <>
        {access.professional.name} <span className="rh-muted">({access.organisation.name})</span>
      </>,
    ],
    [
      "Geopend op",
      <time key="o" dateTime={isoDateTime(access.openedAt)}>
        {formatDateTime(access.openedAt)}
      </time>,
    ],
    [
      expired ? "Verlopen op" : "Open tot",
      <time key="e" dateTime={isoDateTime(access.expiresAt)}>
        {formatDateTime(access.expiresAt)}
      </time>,
    ],
  ];
  if (access.reviewedAt) {
    rows.push([
      "Beoordeeld",
      <>
        op <time dateTime={isoDateTime(access.reviewedAt)}>{formatDateTime(access.reviewedAt)}</time>
        {access.reviewedBy ? ` door ${access.reviewedBy.name}` : ""}
      </>,
    ]);
    if (access.reviewNote) rows.push(["Notitie", access.reviewNote]);
  }

  return (
    <article className="rh-card rh-break-glass" aria-labelledby={headingId}>
      <div className="rh-grant__head">
        <Heading level={2} id={headingId} tabIndex={-1} appearance="utrecht-heading-3">
          {access.caseReference}: {access.professional.name}
        </Heading>
        <StatusBadge status={s.badge} className={`rh-badge rh-review-status rh-review-status--${s.badge}`}>
          {s.text}
        </StatusBadge>
      </div>
      <Paragraph className="rh-break-glass__justification">
        <strong>Reden:</strong> {access.justification}
      </Paragraph>
      <DataRows rows={rows} />
      {access.reviewedAt ? null : <ReviewForm access={access} onReviewed={onReviewed} />}
    </article>
  );
}
