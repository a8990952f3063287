import { Heading, Paragraph } from "@utrecht/component-library-react";
import { IntroSection } from "../../components/IntroSection";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { Loading } from "../../components/Loading";
import { generalErrorMessages } from "../../errors";
import { DOMAINS, DOMAIN_LABELS, label } from "../../labels";
import type { Domain } from "../../generated/graphql";
import { FormDisclosure } from "./FormDisclosure";
import "./inventory.css";
import type { ProblemRow } from "./types";
import { ProblemCard } from "./ProblemCard";
import { ProblemForm } from "./ProblemForm";
import { useInventoryPage } from "./useInventoryPage";
import { InventoryAnalyseDocument } from "../../generated/graphql";

/** Problems per domain, in the usual order of the domains. */
function groupByDomain(problems: readonly ProblemRow[]): { domain: Domain; problems: ProblemRow[] }[] {
  return DOMAINS.map((domain) => ({ domain, problems: problems.filter((p) => p.domain === domain) })).filter(
    (g) => g.problems.length > 0,
  );
}

/** "Analyse": the problems per domain, with underlying causes, patterns, and facts apart from opinions. */
export function AnalysePage() {
  const { caseData, canRecord, data, error, retry } = useInventoryPage("Analyse", InventoryAnalyseDocument);
  const problems = data?.case?.problems ?? null;
  const groups = problems ? groupByDomain(problems) : [];

  return (
    <IntroSection
      headingId="analyse-heading"
      title="Analyse"
      className="rh-inventory"
      intro="De problemen per leefgebied: wat speelt er, wat zit eronder en welke patronen herhalen zich. Feiten staan apart van meningen, elk met de bron. U ziet alleen wat u mag zien."
    >
      {canRecord ? (
        <FormDisclosure
          label="Probleem vastleggen"
          form={ProblemForm}
          caseId={caseData.id}
          persons={caseData.persons}
        />
      ) : null}
      <RetryErrorAlert messages={generalErrorMessages(error)} onRetry={retry} />
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
    </IntroSection>
  );
}
