import { formatShortDate } from "../../labels";

/** An empty cell of a regie-op-regie table. */
export const NONE = <span className="rh-muted">—</span>;

/** A calendar date ('YYYY-MM-DD') in a table cell, "12-03-2026". */
export function ShortDate({ date }: { date: string }) {
  return <time dateTime={date}>{formatShortDate(date)}</time>;
}
