import {
  Button,
  Heading,
  Paragraph,
  StatusBadge,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { usePageTitle } from "../../components/usePageTitle";
import { generalErrorMessages } from "../../errors";
import {
  DATA_CLASS_LABELS,
  DOMAINS,
  DOMAIN_LABELS,
  formatDayOf,
  isoDateTime,
  joinNames,
  label,
} from "../../labels";
import type { Domain } from "../../generated/graphql";
import { useCaseContext } from "../cases/caseContext";
import { FormDisclosure } from "./FormDisclosure";
import "./inventory.css";
import { ANALYSE_QUERY } from "./operations";
import type { ProblemRow } from "./operations";
import { ProblemForm } from "./ProblemForm";

type Statement = NonNullable<ProblemRow["problemStatements"]>[number];

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
    <section aria-labelledby={id} className={`rh-problem__statements rh-problem__statements--${kind}`}>
      <Heading level={5} id={id} appearance="utrecht-heading-6">
        {heading}
      </Heading>
      {items.length === 0 ? (
        <Paragraph className="rh-muted">Geen.</Paragraph>
      ) : (
        <ul className="rh-problem__statement-list">
          {items.map((s, i) => (
            <li key={i} className={`rh-problem__statement rh-problem__statement--${kind}`}>
              <span className="rh-problem__statement-text">{s.statement}</span>{" "}
              <span className="rh-muted rh-problem__source">Bron: {s.source}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ProblemCard({ problem }: { problem: ProblemRow }) {
  const base = `problem-${problem.id}`;
  const causes = problem.causes ?? [];
  const patterns = problem.patterns ?? [];
  const statements = problem.problemStatements ?? [];
  const facts = statements.filter((s) => s.kind === "FACT");
  const opinions = statements.filter((s) => s.kind === "OPINION");
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

      <div className="rh-problem__grid">
        <section aria-labelledby={`${base}-causes`}>
          <Heading level={5} id={`${base}-causes`} appearance="utrecht-heading-6">
            Onderliggende oorzaken
          </Heading>
          {causes.length === 0 ? (
            <Paragraph className="rh-muted">Geen oorzaken benoemd.</Paragraph>
          ) : (
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
          )}
        </section>
        <section aria-labelledby={`${base}-patterns`}>
          <Heading level={5} id={`${base}-patterns`} appearance="utrecht-heading-6">
            Patronen
          </Heading>
          {patterns.length === 0 ? (
            <Paragraph className="rh-muted">Geen patronen benoemd.</Paragraph>
          ) : (
            <ul className="rh-patterns">
              {patterns.map((p, i) => (
                <li key={i} className="rh-pattern">
                  {p}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <div className="rh-problem__grid">
        <StatementList id={`${base}-facts`} heading="Feiten" kind="fact" items={facts} />
        <StatementList id={`${base}-opinions`} heading="Meningen" kind="opinion" items={opinions} />
      </div>
    </article>
  );
}

/** Problems per domain, in the usual order of the domains. */
function groupByDomain(problems: readonly ProblemRow[]): { domain: Domain; problems: ProblemRow[] }[] {
  return DOMAINS.map((domain) => ({ domain, problems: problems.filter((p) => p.domain === domain) })).filter(
    (g) => g.problems.length > 0,
  );
}

/** "Analyse": the problems per domain, with underlying causes, patterns, and facts apart from opinions. */
export function AnalysePage() {
  const { caseData } = useCaseContext();
  usePageTitle(`Analyse – ${caseData.title}`);
  const canRecord = caseData.viewerCan.includes("RECORD_ITEM");
  const { data, error, refetch } = useQuery(ANALYSE_QUERY, {
    variables: { id: caseData.id },
    fetchPolicy: "cache-and-network",
  });
  const problems = data?.case?.problems ?? null;
  const groups = problems ? groupByDomain(problems) : [];

  return (
    <section aria-labelledby="analyse-heading" className="rh-section rh-inventory">
      <Heading level={2} id="analyse-heading">
        Analyse
      </Heading>
      <Paragraph>
        De problemen per leefgebied: wat speelt er, wat zit eronder en welke patronen herhalen zich. Feiten
        staan apart van meningen, elk met de bron. U ziet alleen wat u mag zien.
      </Paragraph>
      {canRecord ? (
        <FormDisclosure id="problem-form-panel" label="Probleem vastleggen">
          {(done, cancel) => (
            <ProblemForm caseId={caseData.id} persons={caseData.persons} onDone={done} onCancel={cancel} />
          )}
        </FormDisclosure>
      ) : null}
      <ErrorAlert messages={generalErrorMessages(error)}>
        <Button appearance="secondary-action-button" onClick={() => void refetch().catch(() => undefined)}>
          Opnieuw proberen
        </Button>
      </ErrorAlert>
      {!problems && !error ? <Loading /> : null}
      {problems && problems.length === 0 ? (
        <Paragraph className="rh-muted">Er zijn nog geen problemen vastgelegd die u mag zien.</Paragraph>
      ) : null}
      {groups.map((group) => {
        const headingId = `analyse-${group.domain.toLowerCase()}-heading`;
        return (
          <section key={group.domain} aria-labelledby={headingId} className="rh-section rh-analyse-domain">
            <Heading level={3} id={headingId}>
              {label(DOMAIN_LABELS, group.domain)}
            </Heading>
            <ul className="rh-inventory-list">
              {group.problems.map((problem) => (
                <li key={problem.id}>
                  <ProblemCard problem={problem} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
