import { Button, ButtonGroup, Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { RouterLink } from "../../components/RouterLink";
import { usePageNotice } from "../../components/usePageNotice";
import type { PageNotice } from "../../components/usePageNotice";
import { usePageTitle } from "../../components/usePageTitle";
import { casePath, useCaseContext } from "../cases/caseContext";
import { changeErrorMessages, contentErrors } from "./errors";
import { versionLabel } from "./labels";
import type { PlanDetail, PlanSummary } from "./types";
import { PlanVersionView, planHeadingId } from "./PlanVersion";
import { EarlierVersion, VersionTable } from "./PlanVersions";
import { useFreshQuery } from "./useFreshQuery";
import { ScenarioSection } from "../scenarios/ScenarioSection";
import "./plan.css";
import { DraftFamilyPlanDocument, PlanPageDocument } from "../../generated/graphql";

/**
 * "Plan": the family plan in force and the version being prepared, with the goals per domain, their actions
 * and results, and every earlier version (readable on request).
 */
export function PlanPage() {
  const { caseData } = useCaseContext();
  usePageTitle(`Plan – ${caseData.title}`);
  const notice = usePageNotice();
  const { data, error, reload } = useFreshQuery(PlanPageDocument, { caseId: caseData.id });
  const found = data?.case;
  const canManage = caseData.viewerCan.includes("MANAGE_PLAN");
  const version = (plan: PlanDetail | null | undefined, title: string) =>
    plan ? (
      <PlanVersionView
        plan={plan}
        caseData={caseData}
        title={title}
        onChanged={reload}
        onNotice={notice.show}
      />
    ) : null;

  return (
    <>
      <section aria-labelledby="plan-page-heading" className="rh-section rh-plan-page">
        <div className="rh-page-title rh-page-title--section">
          <Heading level={2} id="plan-page-heading">
            Gezinsplan
          </Heading>
          <ButtonGroup>
            <RouterLink to={casePath(caseData.id, "gezinsplan")}>Gezinsversie en PDF</RouterLink>
          </ButtonGroup>
        </div>
        <Paragraph>
          Het plan van het gezin en de partners: het gewenste perspectief, de doelen per leefgebied in de
          woorden van het gezin en van de professionals, wie wat doet en wat er al bereikt is.
        </Paragraph>
        {notice.view}
        <RetryErrorAlert messages={contentErrors(error)} onRetry={() => void reload()} />
        {!found && !error ? <Loading /> : null}
        {found && canManage && !found.draftPlan ? (
          <StartDraft
            caseId={caseData.id}
            hasPlan={Boolean(found.currentPlan)}
            notice={notice}
            onReload={reload}
          />
        ) : null}
        {found && !found.draftPlan && !found.currentPlan && !canManage ? (
          <Paragraph>Er is nog geen gezinsplan.</Paragraph>
        ) : null}
        {version(found?.draftPlan, "In voorbereiding")}
        {version(found?.currentPlan, "Geldend plan")}
        {found && found.plans.length > 0 ? (
          <AllVersions plans={found.plans} shown={[found.draftPlan?.id, found.currentPlan?.id]} />
        ) : null}
      </section>
      <ScenarioSection caseId={caseData.id} onPlanDrafted={reload} />
    </>
  );
}

interface StartDraftProps {
  caseId: string;
  /** There is an approved plan (its goals are taken over). */
  hasPlan: boolean;
  notice: PageNotice;
  onReload: () => Promise<void>;
}

/** "Nieuwe versie opstellen": a new draft; focus moves to its heading. */
function StartDraft({ caseId, hasPlan, notice, onReload }: StartDraftProps) {
  const [draftError, setDraftError] = useState<unknown>(null);
  const [draftPlan, { loading: drafting }] = useMutation(DraftFamilyPlanDocument);
  const startDraft = async () => {
    if (drafting) return;
    setDraftError(null);
    notice.clear();
    try {
      const result = await draftPlan({ variables: { input: { caseId } } });
      await onReload();
      const created = result.data?.draftPlan;
      if (created) {
        notice.show(`${versionLabel(created.number)} is aangemaakt als concept.`, false);
        window.setTimeout(() => document.getElementById(planHeadingId(created.id))?.focus(), 0);
      }
    } catch (err) {
      setDraftError(err);
    }
  };
  return (
    <div className="rh-plan-page__start">
      <ErrorAlert messages={changeErrorMessages(draftError)} heading="Er is geen nieuwe versie opgesteld." />
      <Paragraph>
        {hasPlan
          ? "Wilt u het plan aanpassen? Stel een nieuwe versie op; de doelen van het geldende plan worden overgenomen."
          : "Er is nog geen gezinsplan. Stel een eerste versie op en bespreek die met het gezin."}
      </Paragraph>
      <Button appearance="primary-action-button" busy={drafting} onClick={() => void startDraft()}>
        Nieuwe versie opstellen
      </Button>
    </div>
  );
}

/** "Alle versies": the table, and an earlier version (not shown above) to read on request. */
function AllVersions({ plans, shown }: { plans: readonly PlanSummary[]; shown: (string | undefined)[] }) {
  const [viewing, setViewing] = useState<string | null>(null);
  const others = new Set(plans.filter((p) => !shown.includes(p.id)).map((p) => p.id));
  return (
    <section aria-labelledby="plan-versions-heading" className="rh-section">
      <Heading level={3} id="plan-versions-heading">
        Alle versies
      </Heading>
      <VersionTable
        plans={plans}
        viewable={others}
        viewing={viewing}
        onView={(id) => setViewing(viewing === id ? null : id)}
      />
      {viewing && others.has(viewing) ? (
        <EarlierVersion planId={viewing} onClose={() => setViewing(null)} />
      ) : null}
    </section>
  );
}
