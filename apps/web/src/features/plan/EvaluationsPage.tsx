import { Heading, Paragraph } from "@utrecht/component-library-react";
import { IntroSection } from "../../components/IntroSection";
import { Loading } from "../../components/Loading";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { usePageNotice } from "../../components/usePageNotice";
import { usePageTitle } from "../../components/usePageTitle";
import { useCaseContext } from "../cases/caseContext";
import { EvaluationCard } from "./EvaluationCard";
import { EvaluationSchedule } from "./EvaluationSchedule";
import { contentErrors } from "./errors";
import type { PlanEvaluationRow } from "./types";
import { useFreshQuery } from "./useFreshQuery";
import "./plan.css";
import { PlanEvaluationsDocument } from "../../generated/graphql";

/**
 * "Evaluaties": when the approved plan is next evaluated (overdue marked), the interval, the evaluations
 * planned and held, and — for the case directors — planning and recording them.
 */
export function EvaluationsPage() {
  const { caseData, reload: reloadCase } = useCaseContext();
  usePageTitle(`Evaluaties – ${caseData.title}`);
  const notice = usePageNotice();
  const { data, error, reload } = useFreshQuery(PlanEvaluationsDocument, { caseId: caseData.id });
  const found = data?.case;
  const canManage = caseData.viewerCan.includes("MANAGE_EVALUATIONS");

  const changed = async (message: string) => {
    await reload();
    await reloadCase();
    notice.show(message);
  };

  const evaluations = [...(found?.evaluations ?? [])];
  const planned = evaluations.filter((e) => e.status === "SCHEDULED");
  const held = evaluations.filter((e) => e.status === "HELD").reverse();

  return (
    <IntroSection
      headingId="evaluations-heading"
      title="Evaluaties"
      className="rh-evaluations"
      intro="Samen met het gezin en de partners bekijken hoe het plan werkt: wat is bereikt, wat moet anders. Een evaluatie kan leiden tot een nieuwe versie van het plan."
    >
      {notice.view}
      <RetryErrorAlert messages={contentErrors(error)} onRetry={() => void reload()} />
      {!found && !error ? <Loading /> : null}
      {found?.evaluationSchedule ? (
        <EvaluationSchedule found={found} canManage={canManage} onReload={reload} onChanged={changed} />
      ) : null}
      {found ? (
        <>
          <EvaluationList
            id="evaluations-planned-heading"
            title="Gepland"
            empty="Er is geen evaluatie gepland."
            evaluations={planned}
            canManage={canManage}
            onChanged={changed}
          />
          <EvaluationList
            id="evaluations-held-heading"
            title="Gehouden"
            empty="Er is nog geen evaluatie gehouden."
            evaluations={held}
            canManage={false}
            onChanged={changed}
          />
        </>
      ) : null}
    </IntroSection>
  );
}

interface EvaluationListProps {
  /** Id of the list's heading. */
  id: string;
  title: string;
  /** What the list says when it is empty. */
  empty: string;
  evaluations: readonly PlanEvaluationRow[];
  canManage: boolean;
  onChanged: (notice: string) => Promise<void>;
}

/** "Gepland" or "Gehouden": the evaluations of one kind. */
function EvaluationList({ id, title, empty, evaluations, canManage, onChanged }: EvaluationListProps) {
  return (
    <section aria-labelledby={id} className="rh-section">
      <Heading level={3} id={id}>
        {title}
      </Heading>
      {evaluations.length === 0 ? <Paragraph>{empty}</Paragraph> : null}
      <ul className="rh-stack-list">
        {evaluations.map((evaluation) => (
          <li key={evaluation.id}>
            <EvaluationCard evaluation={evaluation} canManage={canManage} onChanged={onChanged} />
          </li>
        ))}
      </ul>
    </section>
  );
}
