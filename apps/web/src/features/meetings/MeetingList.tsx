import { Paragraph } from "@utrecht/component-library-react";
import { ColumnTable, type Column } from "../../components/ColumnTable";
import { DateText } from "../../components/DateText";
import { RouterLink } from "../../components/RouterLink";
import { MEETING_PHASE_LABELS, meetingPath } from "./labels";
import type { MeetingRow } from "./types";

/** Newest first by date (the contract's order, kept stable for meetings on the same day). */
function newestFirst(meetings: readonly MeetingRow[]): MeetingRow[] {
  return meetings
    .map((meeting, index) => ({ meeting, index }))
    .sort((a, b) => b.meeting.heldOn.localeCompare(a.meeting.heldOn) || a.index - b.index)
    .map(({ meeting }) => meeting);
}

/** The case's meetings as a table: date, question (the link), phase, chair and whether it is decided. */
export function MeetingList({ caseId, meetings }: { caseId: string; meetings: readonly MeetingRow[] }) {
  if (meetings.length === 0) return <Paragraph>Er is nog geen overleg gepland.</Paragraph>;
  const columns: Column<MeetingRow>[] = [
    { header: "Datum", cell: (m) => <DateText date={m.heldOn} />, className: "rh-nowrap" },
    {
      header: "Vraagstelling",
      cell: (m) => <RouterLink to={meetingPath(caseId, m.id)}>{m.question}</RouterLink>,
    },
    { header: "Fase", cell: (m) => MEETING_PHASE_LABELS[m.phase] },
    { header: "Voorzitter", cell: (m) => m.chair.name },
    { header: "Besloten", cell: (m) => (m.decidedAt ? "Ja, besloten" : "Nee, nog niet") },
  ];
  return (
    <ColumnTable columns={columns} rows={newestFirst(meetings)} caption="Overleggen" testId="meetings" />
  );
}
