import { Heading, OrderedList, OrderedListItem, Paragraph } from "@utrecht/component-library-react";
import { FRAMEWORK_LABELS, formatDate, label } from "../../labels";
import type { FrameworkStep, LadderStep } from "./types";

type TimelineEntry =
  { kind: "step"; at: string; step: LadderStep } | { kind: "framework"; at: string; decision: FrameworkStep };

/** The climbs on the ladder and the table's decisions on the framework, as one timeline, oldest first. */
export function LadderTimeline({ steps, decisions }: { steps: LadderStep[]; decisions: FrameworkStep[] }) {
  const entries: TimelineEntry[] = [
    ...steps.map((step) => ({ kind: "step" as const, at: String(step.at), step })),
    ...decisions.map((decision) => ({ kind: "framework" as const, at: String(decision.at), decision })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  if (entries.length === 0) {
    return (
      <Paragraph>
        De casus is nog niet op- of afgeschaald en het kader is niet door een tafel gewijzigd.
      </Paragraph>
    );
  }
  return (
    <>
      <Heading level={3} id="ladder-timeline-heading">
        Tijdlijn
      </Heading>
      <OrderedList aria-labelledby="ladder-timeline-heading" className="rh-timeline">
        {entries.map((entry) => (
          <OrderedListItem key={entry.kind === "step" ? entry.step.id : entry.decision.id}>
            <time dateTime={entry.at}>{formatDate(entry.at.slice(0, 10))}</time> —{" "}
            {entry.kind === "step" ? (
              <StepText step={entry.step} />
            ) : (
              <DecisionText decision={entry.decision} />
            )}
          </OrderedListItem>
        ))}
      </OrderedList>
    </>
  );
}

/** "Opgeschaald van niveau 2 naar 3: <tafel> (door …). Reden: … Besluit van de tafel (…): …" */
function StepText({ step }: { step: LadderStep }) {
  return (
    <>
      <strong>
        {step.direction === "UP" ? "Opgeschaald" : "Afgeschaald"} van niveau {step.fromLevel} naar{" "}
        {step.toLevel}
      </strong>
      {step.table ? `: ${step.table.name}` : step.toLevel === 0 ? ": geen tafel" : ""}
      {step.by ? ` (door ${step.by.name})` : ""}. Reden: {step.reason}
      {step.decision ? (
        <>
          {" "}
          Besluit van de tafel ({formatDate(step.decidedOn)}): {step.decision}
        </>
      ) : step.table ? (
        <span className="rh-muted"> Besluit van de tafel nog niet vastgelegd.</span>
      ) : null}
    </>
  );
}

/** "Kader: van … naar … (besluit van <tafel> op …): …", with who took over the regie. */
function DecisionText({ decision }: { decision: FrameworkStep }) {
  return (
    <>
      <strong>
        Kader: van {label(FRAMEWORK_LABELS, decision.from)} naar {label(FRAMEWORK_LABELS, decision.to)}
      </strong>{" "}
      (besluit van {decision.table.name} op {formatDate(decision.decidedOn)}): {decision.decision}
      {decision.newCasusregisseur ? <> De regie ging over naar {decision.newCasusregisseur.name}.</> : null}
      {decision.previousProcesregisseur ? (
        <> De rol van procesregisseur {decision.previousProcesregisseur.name} eindigde.</>
      ) : null}
    </>
  );
}
