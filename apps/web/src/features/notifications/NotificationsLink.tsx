import { useQuery } from "@apollo/client/react";
import { useRef } from "react";
import { RouterLink } from "../../components/RouterLink";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { LIVE_PORTFOLIO_EVENTS_SUBSCRIPTION } from "../../live/operations";
import { useDebouncedRefetch, useLiveEvents } from "../../live/useLiveEvents";
import { UNREAD_NOTIFICATION_COUNT_QUERY } from "./operations";

/**
 * A fallback only: new notifications arrive live (below). The poll still catches the rare recipient who hears
 * of a case through no stream (e.g. a procesregisseur named on the team of a case they do not oversee).
 */
const POLL_MS = 30_000;

/** The queries that show notifications: the count here and the list on "Meldingen". */
const NOTIFICATION_QUERIES = ["UnreadNotificationCount", "MyNotifications"] as const;

/**
 * "Meldingen" in the header, with the number of unread notifications (e.g. acute unsafety in a case). Every
 * notification comes with a case-level event in the recipient's `portfolioEvents` (acute risk, escalation,
 * framework, doorbraak, and SIGNAL for the hub's signal sweep), so on each event the count — and the list,
 * when "Meldingen" is open — is reloaded (debounced), without reloading the page below.
 */
export function NotificationsLink({ className }: { className: string }) {
  const { data } = useQuery(UNREAD_NOTIFICATION_COUNT_QUERY, { pollInterval: POLL_MS });
  const loadedOnce = useRef(false);
  if (data) loadedOnce.current = true;
  const refetch = useDebouncedRefetch(NOTIFICATION_QUERIES);
  useLiveEvents(LIVE_PORTFOLIO_EVENTS_SUBSCRIPTION, {
    variables: {},
    skip: !loadedOnce.current,
    seqOf: (event) => event.portfolioEvents.seq,
    onEvent: refetch,
    onResync: refetch,
  });
  const unread = data?.myNotifications.length ?? 0;
  return (
    <RouterLink to="/meldingen" className={className}>
      Meldingen
      {unread > 0 ? (
        <span className="rh-header__count" data-testid="unread-notifications">
          {" "}
          ({unread} <VisuallyHidden>ongelezen</VisuallyHidden>)
        </span>
      ) : null}
    </RouterLink>
  );
}
