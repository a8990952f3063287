import { formatDate } from "../labels";

/** A calendar date in words ("3 maart 2026") in a `<time>` with its `yyyy-mm-dd`. */
export function DateText({ date }: { date: string }) {
  return <time dateTime={date}>{formatDate(date)}</time>;
}
