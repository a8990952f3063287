import { Button, Paragraph } from "@utrecht/component-library-react";
import { formatDateTime } from "../../labels";
import type { CaseScenarios, ScenarioView } from "./types";

export interface ScenarioQuadrantProps {
  scenarios: CaseScenarios;
  /** Mark a signal observed; absent: read only. */
  onObserve?: (signal: { id: string; description: string }, scenario: ScenarioView) => void;
  busySignalId?: string | null;
}

/**
 * The four scenarios as a 2 × 2 table: rows are the outcomes of the first factor, columns those of the second.
 * Each cell has the agreed response and its signals; the current scenario is marked in words and colour.
 */
export function ScenarioQuadrant({ scenarios, onObserve, busySignalId }: ScenarioQuadrantProps) {
  const [first, second] = scenarios.factors;
  const at = (a: number, b: number) => scenarios.scenarios.find((s) => s.key === `${a}-${b}`);
  return (
    <div className="rh-table-scroll" role="region" aria-labelledby="scenario-quadrant-caption" tabIndex={0}>
      <table className="rh-quadrant" data-testid="scenario-quadrant">
        <caption id="scenario-quadrant-caption">
          Scenario&apos;s: {first?.question} (rijen) × {second?.question} (kolommen)
        </caption>
        <thead>
          <tr>
            <td />
            {[0, 1].map((b) => (
              <th key={b} scope="col">
                {second?.outcomes[b]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[0, 1].map((a) => (
            <tr key={a}>
              <th scope="row">{first?.outcomes[a]}</th>
              {[0, 1].map((b) => {
                const scenario = at(a, b);
                return scenario ? (
                  <ScenarioCell
                    key={b}
                    scenario={scenario}
                    onObserve={onObserve}
                    busySignalId={busySignalId}
                  />
                ) : (
                  <td key={b} />
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScenarioCell({
  scenario,
  onObserve,
  busySignalId,
}: {
  scenario: ScenarioView;
  onObserve?: ScenarioQuadrantProps["onObserve"];
  busySignalId?: string | null;
}) {
  return (
    <td
      className={scenario.current ? "rh-quadrant__cell rh-quadrant__cell--current" : "rh-quadrant__cell"}
      data-scenario={scenario.key}
    >
      {scenario.current ? <strong className="rh-quadrant__current">Huidig scenario</strong> : null}
      <Paragraph>{scenario.response}</Paragraph>
      {scenario.signals.length > 0 ? (
        <>
          <Paragraph className="rh-quadrant__signals-heading">Signalen</Paragraph>
          <ul className="rh-quadrant__signals">
            {scenario.signals.map((signal) => (
              <li key={signal.id}>
                {signal.description}
                {signal.observedAt ? (
                  <span className="rh-muted">
                    {" "}
                    — waargenomen {formatDateTime(signal.observedAt)}
                    {signal.observedBy ? ` door ${signal.observedBy.name}` : ""}
                  </span>
                ) : onObserve ? (
                  <>
                    {" "}
                    <Button
                      appearance="secondary-action-button"
                      busy={busySignalId === signal.id}
                      aria-label={`Signaal waargenomen: ${signal.description}`}
                      onClick={() => onObserve(signal, scenario)}
                    >
                      Waargenomen
                    </Button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </td>
  );
}
