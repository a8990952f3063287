import { IntroSection } from "../../components/IntroSection";
import { useQuery } from "@apollo/client/react";
import { Loading } from "../../components/Loading";
import { FRAMEWORK_LABELS, escalationLabel, label } from "../../labels";
import { ClimbForm } from "./ClimbForm";
import { FrameworkForm } from "./FrameworkForm";
import { LadderTimeline } from "./LadderTimeline";
import { TableDecisionForm } from "./TableDecisionForm";
import type { CaseLadderQuery } from "../../generated/graphql";
import { type CaseLadder } from "./types";
import { CaseLadderDocument } from "../../generated/graphql";

/**
 * "Escalatieladder en kader" on the case overview: where the case stands on the region's ladder and in which
 * framework, the history of both as one timeline, and — for the case's directors — opschalen/afschalen to a
 * table, the table's decision, and a table's decision on the framework (into the compulsory framework a
 * casusregisseur of a certified institution takes over).
 */
export function EscalationSection({ caseId, onChanged }: { caseId: string; onChanged: () => Promise<void> }) {
  const { data, loading, error, refetch } = useQuery(CaseLadderDocument, { variables: { id: caseId } });
  if (loading && !data) return <Loading />;
  const ladder = data?.case;
  if (error || !ladder) return null;
  const reload = async () => {
    await Promise.all([refetch(), onChanged()]);
  };

  return (
    <IntroSection
      headingId="ladder-heading"
      title="Escalatieladder en kader"
      intro={
        <>
          Niveau <strong>{escalationLabel(ladder.escalationLevel)}</strong>
          {ladder.escalationTable ? <> aan tafel: {ladder.escalationTable.name}</> : null}. Kader:{" "}
          <strong>{label(FRAMEWORK_LABELS, ladder.framework)}</strong>.
        </>
      }
    >
      <LadderTimeline steps={ladder.escalationHistory} decisions={ladder.frameworkHistory} />
      {ladder.viewerCan.includes("ESCALATE") ? (
        <LadderForms data={data} ladder={ladder} onDone={reload} />
      ) : null}
    </IntroSection>
  );
}

/** The forms of the case's directors: climb, the awaited table decision, and the framework decision. */
function LadderForms({
  data,
  ladder,
  onDone,
}: {
  data: CaseLadderQuery;
  ladder: CaseLadder;
  onDone: () => Promise<void>;
}) {
  const current = ladder.escalationHistory.at(-1) ?? null;
  const awaitingDecision = current && current.table && current.decision === null ? current : null;
  const decidingTable = ladder.escalationTable?.decidesFramework ? ladder.escalationTable : null;
  const decidesFramework =
    ladder.viewerCan.includes("DECIDE_FRAMEWORK") &&
    decidingTable &&
    ladder.allowedFrameworkTransitions.length > 0;
  return (
    <div className="rh-case__grid">
      <ClimbForm ladder={ladder} tables={data.escalationTables} onDone={onDone} />
      {awaitingDecision ? <TableDecisionForm step={awaitingDecision} onDone={onDone} /> : null}
      {decidesFramework ? (
        <FrameworkForm
          ladder={ladder}
          tableId={decidingTable.id}
          tableName={decidingTable.name}
          certified={data.certifiedCasusregisseurs.filter((p) => p.organisation.kind === "JEUGDBESCHERMING")}
          onDone={onDone}
        />
      ) : null}
    </div>
  );
}
