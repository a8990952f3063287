import { Paragraph, StatusBadge } from "@utrecht/component-library-react";
import {
  DATA_CLASS_LABELS,
  DOMAIN_LABELS,
  formatDateTime,
  isoDateTime,
  joinNames,
  label,
} from "../../labels";
import { CONTRIBUTION_KIND_LABELS, MEETING_PHASE_LABELS, PREMATURE_FLAG } from "./labels";
import type { MeetingContributionRow } from "./types";

/**
 * The contributions the viewer may see, oldest first: kind (Informatie / Oordeel / Voorstel) in words, the
 * author's organisation, the phase it was made in, and — for a judgement or proposal made while the picture
 * was still being formed — the flag "Voorstel tijdens beeldvorming" as a badge and a sentence.
 */
export function ContributionList({ contributions }: { contributions: readonly MeetingContributionRow[] }) {
  if (contributions.length === 0) {
    return <Paragraph>Er zijn nog geen bijdragen die u mag zien.</Paragraph>;
  }
  return (
    <ol className="rh-meeting-contributions" aria-label="Bijdragen">
      {contributions.map((c) => (
        <li key={c.id}>
          <ContributionCard contribution={c} />
        </li>
      ))}
    </ol>
  );
}

function kindClass(kind: string): string {
  return kind.toLowerCase().replace(/_/g, "-");
}

function ContributionCard({ contribution: c }: { contribution: MeetingContributionRow }) {
  const headingId = `contribution-${c.id}`;
  if (c.redacted || !c.contributionKind) {
    return (
      <article
        className="rh-meeting-contribution rh-meeting-contribution--redacted"
        aria-labelledby={headingId}
      >
        <p id={headingId} className="rh-meeting-contribution__head">
          Bijdrage van {c.authorOrganisation.name}
        </p>
        <Paragraph className="rh-muted">Deze bijdrage is niet met u gedeeld.</Paragraph>
      </article>
    );
  }
  const kind = CONTRIBUTION_KIND_LABELS[c.contributionKind];
  const subjects = c.subjects?.map((s) => s.fullName) ?? [];
  return (
    <article
      className={`rh-meeting-contribution${c.premature ? " rh-meeting-contribution--premature" : ""}`}
      aria-labelledby={headingId}
      data-testid="meeting-contribution"
    >
      <p id={headingId} className="rh-meeting-contribution__head">
        <StatusBadge
          className={`rh-badge rh-contribution-kind rh-contribution-kind--${kindClass(c.contributionKind)}`}
        >
          {kind}
        </StatusBadge>{" "}
        <span>
          van {c.author ? `${c.author.name} (${c.authorOrganisation.name})` : c.authorOrganisation.name}
        </span>
        {c.phase ? (
          <span className="rh-muted"> · tijdens {label(MEETING_PHASE_LABELS, c.phase).toLowerCase()}</span>
        ) : null}
      </p>
      {c.premature ? (
        <p className="rh-meeting-contribution__flag">
          <StatusBadge status="warning" className="rh-badge rh-premature">
            {PREMATURE_FLAG}
          </StatusBadge>{" "}
          <span>Dit {kind.toLowerCase()} kwam voordat het beeld compleet was.</span>
        </p>
      ) : null}
      <Paragraph className="rh-meeting-contribution__body">{c.body}</Paragraph>
      <p className="rh-muted rh-meeting-contribution__meta">
        {label(DOMAIN_LABELS, c.domain)} · {label(DATA_CLASS_LABELS, c.dataClass)}
        {subjects.length > 0 ? <> · over {joinNames(subjects)}</> : null} ·{" "}
        <time dateTime={isoDateTime(c.createdAt)}>{formatDateTime(c.createdAt)}</time>
      </p>
    </article>
  );
}
