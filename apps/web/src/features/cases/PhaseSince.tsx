import { PHASE_LABELS, formatDayOf, isoDateTime, label } from "../../labels";
import type { CaseDetail } from "./types";

/**
 * Why a case is in its phase, in one sentence: "Uitvoering sinds 3 maart 2026: Eerste gezinsplan vastgesteld
 * (door Sanne Bakker)". The reason only for those who may move the phase (the API gives it to them alone);
 * a case that never moved is in its phase since it was opened.
 */
export function PhaseSince({ caseData }: { caseData: CaseDetail }) {
  const phase = label(PHASE_LABELS, caseData.phase);
  const moved = caseData.phaseReason;
  if (!moved) {
    return (
      <>
        {phase} <span className="rh-muted">sinds de casus is geopend</span>
      </>
    );
  }
  return (
    <>
      {phase}{" "}
      <span className="rh-muted">
        sinds <time dateTime={isoDateTime(moved.at)}>{formatDayOf(moved.at)}</time>
        {moved.reason ? `: ${moved.reason}` : ""}
        {moved.by ? ` (door ${moved.by.name})` : ""}
      </span>
    </>
  );
}
