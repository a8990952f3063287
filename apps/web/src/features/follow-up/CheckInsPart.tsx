import { Paragraph } from "@utrecht/component-library-react";
import { DateText } from "../../components/DateText";
import { ColumnTable, type Column } from "../../components/ColumnTable";
import { CheckInForm, IntervalForm } from "./CheckInForms";
import { NONE, ShortDate } from "./cells";
import { calendarDaysBetween } from "@regiehub/domain";
import { dueText } from "./dates";
import { FollowUpPart } from "./FollowUpForm";
import type { CheckInRow, FollowUpCase } from "./types";

interface CheckInsPartProps {
  followUp: FollowUpCase;
  today: string;
  canRecord: boolean;
  onChanged: () => Promise<void>;
}

/** "Regiegesprekken": when the next one is due (in words, "te laat" included), the history, the forms. */
export function CheckInsPart({ followUp, today, canRecord, onChanged }: CheckInsPartProps) {
  const weeks = followUp.checkInIntervalWeeks ?? null;
  const checkIns = followUp.checkIns ?? [];
  return (
    <FollowUpPart headingId="check-ins-heading" title="Regiegesprekken">
      <NextCheckIn next={followUp.nextCheckInOn ?? null} weeks={weeks} today={today} />
      {checkIns.length === 0 ? (
        <Paragraph>Er is nog geen regiegesprek vastgelegd.</Paragraph>
      ) : (
        <ColumnTable
          columns={CHECK_IN_COLUMNS}
          rows={checkIns}
          aria-labelledby="check-ins-heading"
          testId="check-ins"
          scrollLabel="Regiegesprekken"
        />
      )}
      {canRecord ? (
        <>
          <CheckInForm caseId={followUp.id} today={today} weeks={weeks} onChanged={onChanged} />
          <IntervalForm caseId={followUp.id} weeks={weeks} onChanged={onChanged} />
        </>
      ) : null}
    </FollowUpPart>
  );
}

function NextCheckIn({ next, weeks, today }: { next: string | null; weeks: number | null; today: string }) {
  const overdue = next !== null && calendarDaysBetween(today, next) < 0;
  return (
    <Paragraph data-testid="next-check-in">
      {next ? (
        <>
          Volgend regiegesprek: <DateText date={next} /> ({dueText(next, today)})
          {overdue ? <strong> — het regiegesprek is te laat.</strong> : null}
        </>
      ) : (
        "Er is geen regiegesprek gepland (de casus heeft geen procesregisseur of is gesloten)."
      )}
      {weeks ? ` Termijn: elke ${weeks} ${weeks === 1 ? "week" : "weken"}.` : null}
    </Paragraph>
  );
}

const CHECK_IN_COLUMNS: readonly Column<CheckInRow>[] = [
  { header: "Gehouden op", cell: (c) => <ShortDate date={c.heldOn} />, className: "rh-row-header rh-nowrap" },
  { header: "Samenwerking", cell: (c) => c.cooperation },
  { header: "Budget", cell: (c) => c.budget ?? NONE },
  { header: "Knelpunten", cell: (c) => c.obstacles ?? NONE },
  { header: "Volgend gesprek", cell: (c) => <ShortDate date={c.nextCheckInOn} />, className: "rh-nowrap" },
  { header: "Vastgelegd door", cell: (c) => c.recordedBy.name },
];
