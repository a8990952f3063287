import {
  Heading,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { DATA_CLASS_LABELS, formatDayOf, isoDateTime, joinNames, label } from "../../labels";
import type { ProblemRow } from "./types";

// A problem on Analyse: what plays, what lies beneath it (causes, patterns), and facts apart from opinions.

type Statement = NonNullable<ProblemRow["problemStatements"]>[number];

interface PartProps {
  id: string;
  heading: string;
  /** The text when the part is empty. */
  empty: string;
  count: number;
  className?: string;
  children: ReactNode;
}

/** A part of a problem under its own small heading; `empty` when it has nothing. */
function Part({ id, heading, empty, count, className, children }: PartProps) {
  return (
    <section aria-labelledby={id} className={className}>
      <Heading level={5} id={id} appearance="utrecht-heading-6">
        {heading}
      </Heading>
      {count === 0 ? <Paragraph className="rh-muted">{empty}</Paragraph> : children}
    </section>
  );
}

function StatementList({
  id,
  heading,
  kind,
  items,
}: {
  id: string;
  heading: string;
  kind: "fact" | "opinion";
  items: Statement[];
}) {
  return (
    <Part
      id={id}
      heading={heading}
      empty="Geen."
      count={items.length}
      className={`rh-problem__statements rh-problem__statements--${kind}`}
    >
      <ul className="rh-problem__statement-list">
        {items.map((s, i) => (
          <li key={i} className={`rh-problem__statement rh-problem__statement--${kind}`}>
            <span className="rh-problem__statement-text">{s.statement}</span>{" "}
            <span className="rh-muted rh-problem__source">Bron: {s.source}</span>
          </li>
        ))}
      </ul>
    </Part>
  );
}

function CausesAndPatterns({ base, problem }: { base: string; problem: ProblemRow }) {
  const causes = problem.causes ?? [];
  const patterns = problem.patterns ?? [];
  return (
    <div className="rh-problem__grid">
      <Part
        id={`${base}-causes`}
        heading="Onderliggende oorzaken"
        empty="Geen oorzaken benoemd."
        count={causes.length}
      >
        <UnorderedList>
          {causes.map((c, i) => (
            <UnorderedListItem key={i}>
              {c.description}
              {c.chronic ? (
                <>
                  {" "}
                  <StatusBadge status="warning" className="rh-badge rh-chronic-badge">
                    chronisch
                  </StatusBadge>
                </>
              ) : null}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Part>
      <Part id={`${base}-patterns`} heading="Patronen" empty="Geen patronen benoemd." count={patterns.length}>
        <ul className="rh-patterns">
          {patterns.map((p, i) => (
            <li key={i} className="rh-pattern">
              {p}
            </li>
          ))}
        </ul>
      </Part>
    </div>
  );
}

export function ProblemCard({ problem }: { problem: ProblemRow }) {
  const base = `problem-${problem.id}`;
  const statements = problem.problemStatements ?? [];
  const subjects = joinNames((problem.subjects ?? []).map((p) => p.fullName));
  return (
    <article aria-labelledby={`${base}-heading`} className="rh-item rh-problem">
      <Heading level={4} id={`${base}-heading`} className="rh-problem__title">
        {problem.title}
      </Heading>
      <Paragraph className="rh-muted rh-problem__meta">
        {subjects ? `Over ${subjects}` : "Over het gezin"} · {label(DATA_CLASS_LABELS, problem.dataClass)} ·
        vastgelegd door {problem.author?.name ?? "—"} ({problem.authorOrganisation.name}) op{" "}
        <time dateTime={isoDateTime(problem.createdAt)}>{formatDayOf(problem.createdAt)}</time>
      </Paragraph>
      <Paragraph className="rh-problem__description">{problem.description}</Paragraph>
      <CausesAndPatterns base={base} problem={problem} />
      <div className="rh-problem__grid">
        <StatementList
          id={`${base}-facts`}
          heading="Feiten"
          kind="fact"
          items={statements.filter((s) => s.kind === "FACT")}
        />
        <StatementList
          id={`${base}-opinions`}
          heading="Meningen"
          kind="opinion"
          items={statements.filter((s) => s.kind === "OPINION")}
        />
      </div>
    </article>
  );
}
