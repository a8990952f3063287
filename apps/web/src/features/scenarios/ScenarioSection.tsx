import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { Disclosure } from "../../components/Disclosure";
import { ErrorAlert } from "../../components/ErrorAlert";
import { generalErrorMessages } from "../../errors";
import { type ScenarioView } from "./types";
import { ScenarioForm } from "./ScenarioForm";
import { ScenarioQuadrant } from "./ScenarioQuadrant";
import "./scenarios.css";
import {
  CaseScenariosDocument,
  DraftPlanWithReasonDocument,
  ObserveScenarioSignalDocument,
} from "../../generated/graphql";

export interface ScenarioSectionProps {
  caseId: string;
  /** Called after a plan adjustment was started (to reload the plan page). */
  onPlanDrafted?: () => void | Promise<unknown>;
}

interface Observed {
  description: string;
  scenario: string;
}

/**
 * "Scenario's" (scenariodenken): the quadrant of two uncertain factors, signals to mark observed, and — after a
 * signal — the offer to adjust the plan with a new draft version that carries the reason. For the case's
 * directors only: for anyone else the section is not shown.
 */
export function ScenarioSection({ caseId, onPlanDrafted }: ScenarioSectionProps) {
  const { data, error, refetch } = useQuery(CaseScenariosDocument, {
    variables: { id: caseId },
    errorPolicy: "all",
  });
  const [observe] = useMutation(ObserveScenarioSignalDocument);
  const [draft] = useMutation(DraftPlanWithReasonDocument);
  const [busySignal, setBusySignal] = useState<string | null>(null);
  const [observed, setObserved] = useState<Observed | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const [drafted, setDrafted] = useState<string | null>(null);

  const c = data?.case;
  if (!c || !c.viewerCan.includes("MANAGE_SCENARIOS")) return null;
  const scenarios = c.scenarios;

  const onObserve = async (signal: { id: string; description: string }, scenario: ScenarioView) => {
    setBusySignal(signal.id);
    setProblem(null);
    setDrafted(null);
    try {
      await observe({ variables: { signalId: signal.id } });
      setObserved({
        description: signal.description,
        scenario: `${scenario.firstOutcome} en ${scenario.secondOutcome}`,
      });
    } catch (err) {
      setProblem(err);
    } finally {
      setBusySignal(null);
    }
  };

  const adjustPlan = async () => {
    if (!observed) return;
    setProblem(null);
    try {
      const res = await draft({
        variables: {
          input: {
            caseId,
            reason: `Signaal waargenomen: ${observed.description} (scenario ${observed.scenario})`,
          },
        },
      });
      setObserved(null);
      setDrafted(
        `Versie ${res.data?.draftPlan.number ?? ""} van het plan is gestart als concept, met deze reden.`,
      );
      await onPlanDrafted?.();
    } catch (err) {
      setProblem(err);
    }
  };

  return (
    <section className="rh-section" aria-labelledby="scenarios-heading">
      <Heading level={2} id="scenarios-heading">
        Scenario&apos;s
      </Heading>
      <ErrorAlert
        messages={generalErrorMessages(error ?? problem)}
        heading="Er ging iets mis met de scenario's."
      />
      {observed ? (
        <Alert type="warning" className="rh-alert">
          <Paragraph>
            Signaal waargenomen: {observed.description}. Het scenario &quot;{observed.scenario}&quot; is nu
            het huidige. Past het gezinsplan nog?
          </Paragraph>
          <Button appearance="primary-action-button" onClick={() => void adjustPlan()}>
            Plan aanpassen
          </Button>
        </Alert>
      ) : null}
      {drafted ? (
        <Alert type="ok" className="rh-alert">
          <Paragraph>{drafted}</Paragraph>
        </Alert>
      ) : null}
      {scenarios ? (
        <ScenarioQuadrant
          scenarios={scenarios}
          onObserve={(s, sc) => void onObserve(s, sc)}
          busySignalId={busySignal}
        />
      ) : (
        <Paragraph>
          Er zijn nog geen scenario&apos;s. Kies twee onzekere factoren; samen geven ze vier scenario&apos;s,
          elk met een afgesproken aanpak en signalen.
        </Paragraph>
      )}
      <Disclosure label={scenarios ? "Scenario's bijstellen" : "Scenario's opstellen"}>
        {(done, cancel) => (
          <ScenarioForm
            caseId={caseId}
            current={scenarios}
            onCancel={cancel}
            onDone={(notice) => {
              done(notice);
              void refetch();
            }}
          />
        )}
      </Disclosure>
    </section>
  );
}
