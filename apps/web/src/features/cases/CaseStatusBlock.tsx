import { Heading, Paragraph } from "@utrecht/component-library-react";
import { formatDate } from "../../labels";
import type { CaseStatusSummary, StatusLine } from "./status";
import "./status.css";

export interface CaseStatusBlockProps {
  status: CaseStatusSummary;
  /** The viewer's organisation, for "Wacht op …"; null when unknown. */
  organisationName: string | null;
}

/**
 * "Stand van zaken": what is late, what comes next and what waits for the viewer, at the top of the overview.
 * It shows only what the API returned to the viewer (items outside its grants are absent there).
 */
export function CaseStatusBlock({ status, organisationName }: CaseStatusBlockProps) {
  return (
    <section aria-labelledby="status-heading" className="rh-section rh-case-status">
      <Heading level={2} id="status-heading">
        Stand van zaken
      </Heading>
      <div className="rh-case-status__grid">
        <StatusList
          id="status-late"
          heading="Te laat"
          lines={status.late}
          empty="Niets is te laat."
          tone="late"
        />
        <StatusList
          id="status-next"
          heading="Komt eraan"
          lines={status.next}
          empty="Niets gepland in de komende twee weken."
          tone="next"
        />
        <StatusList
          id="status-mine"
          heading={organisationName ? `Wacht op u (${organisationName})` : "Wacht op u"}
          lines={status.forViewer}
          empty="Er wacht niets op u."
          tone="mine"
        />
      </div>
    </section>
  );
}

interface StatusListProps {
  id: string;
  heading: string;
  lines: StatusLine[];
  empty: string;
  tone: "late" | "next" | "mine";
}

function StatusList({ id, heading, lines, empty, tone }: StatusListProps) {
  return (
    <section aria-labelledby={id} className={`rh-case-status__part rh-case-status__part--${tone}`}>
      <Heading level={3} id={id}>
        {heading}
        {lines.length > 0 ? <span className="rh-case-status__count"> ({lines.length})</span> : null}
      </Heading>
      {lines.length === 0 ? (
        <Paragraph className="rh-muted">{empty}</Paragraph>
      ) : (
        <ul className="rh-case-status__list" aria-labelledby={id}>
          {lines.map((line) => (
            <li key={line.key} className="rh-case-status__line">
              <span className="rh-case-status__title">{line.title}</span>
              <span className="rh-case-status__detail">
                {line.detail}
                {line.date ? (
                  <>
                    {" · "}
                    {line.daysLate > 0 ? "was " : ""}
                    <time dateTime={line.date}>{formatDate(line.date)}</time>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
