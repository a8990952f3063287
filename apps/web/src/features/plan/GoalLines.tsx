import { DateText } from "../../components/DateText";
import { formatDate } from "../../labels";
import { ActionStatusBadge, DoorbraakBadge, OverdueBadge, ResultStatusBadge } from "./Badges";
import { ownerText } from "./labels";
import type { PlanActionRow, PlanResultRow } from "./types";

// The lines of a goal card: an action (who does what by when) and a result (a measurement).

export function ActionLine({ action }: { action: PlanActionRow }) {
  if (action.redacted) {
    return <span className="rh-muted">Afgeschermde actie</span>;
  }
  return (
    <div className={action.overdue ? "rh-goal-action rh-goal-action--overdue" : "rh-goal-action"}>
      <span className="rh-goal-action__title">{action.title}</span>
      <span className="rh-goal-action__meta">
        {ownerText(action)}
        {action.dueOn ? (
          <>
            {" · uiterlijk "}
            <DateText date={action.dueOn} />
          </>
        ) : null}
      </span>
      <span className="rh-goal-action__badges">
        <ActionStatusBadge status={action.status} />
        {action.overdue ? <OverdueBadge /> : null}
        {action.doorbraak ? <DoorbraakBadge /> : null}
      </span>
      {action.doorbraak ? (
        <span className="rh-goal-action__reason">
          Doorbraak van {formatDate(action.doorbraak.decidedOn)}, op grond van {action.doorbraak.authority};
          gehoord: {action.doorbraak.heard.join(", ")}
        </span>
      ) : null}
      {action.statusReason && (action.status === "BLOCKED" || action.status === "CANCELLED") ? (
        <span className="rh-goal-action__reason">Reden: {action.statusReason}</span>
      ) : null}
    </div>
  );
}

export function ResultLine({ result, latest = false }: { result: PlanResultRow; latest?: boolean }) {
  if (result.redacted) return <span className="rh-muted">Afgeschermde meting</span>;
  return (
    <div className={latest ? "rh-goal-result rh-goal-result--latest" : "rh-goal-result"}>
      <span className="rh-goal-result__head">
        {latest ? <span className="rh-goal-result__label">Laatste meting: </span> : null}
        <ResultStatusBadge status={result.status} />
        {result.score !== null && result.score !== undefined ? (
          <span className="rh-goal-result__score">score {result.score} van 10</span>
        ) : null}
        {result.measuredOn ? (
          <span className="rh-muted">
            {" "}
            op <DateText date={result.measuredOn} />
          </span>
        ) : null}
      </span>
      {result.evidence ? <span className="rh-goal-result__evidence">{result.evidence}</span> : null}
    </div>
  );
}
