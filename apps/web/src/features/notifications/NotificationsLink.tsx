import { useQuery } from "@apollo/client/react";
import { RouterLink } from "../../components/RouterLink";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { useDebouncedRefetch, useLiveEvents } from "../../live/useLiveEvents";
import "./notifications-link.css";
import { LivePortfolioEventsDocument, UnreadNotificationCountDocument } from "../../generated/graphql";

/**
 * A fallback only: new notifications arrive live (below). The poll still catches the rare recipient who hears
 * of a case through no stream (e.g. a procesregisseur named on the team of a case they do not oversee).
 */
const POLL_MS = 30_000;

/** The queries that show notifications: the count here and the list on "Meldingen". */
const NOTIFICATION_QUERIES = ["UnreadNotificationCount", "MyNotifications"] as const;

/** The badge shows at most this; more reads "99+" (the full number is in the text for screen readers). */
const BADGE_MAX = 99;

/**
 * "Meldingen" in the header, with a badge of the number of unread notifications (`unreadNotificationCount`).
 * Every notification comes with a case-level event in the recipient's `portfolioEvents` (acute risk,
 * escalation, framework, doorbraak, and SIGNAL for the hub's signal sweep), so on each event the count — and
 * the list, when "Meldingen" is open — is reloaded (debounced), without reloading the page below. This
 * subscription is held on every page of a signed-in professional, so the header's live indicator is there
 * on every page too.
 */
export function NotificationsLink({ className }: { className: string }) {
  const { data } = useQuery(UnreadNotificationCountDocument, { pollInterval: POLL_MS });
  const refetch = useDebouncedRefetch(NOTIFICATION_QUERIES);
  // Not held back until the count has loaded: should that read fail, the header still follows the viewer's
  // cases (and the next event reloads the count), and the live indicator still shows on every page.
  useLiveEvents(LivePortfolioEventsDocument, {
    variables: {},
    seqOf: (event) => event.portfolioEvents.seq,
    onEvent: refetch,
    onResync: refetch,
  });
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <RouterLink to="/meldingen" className={className}>
      Meldingen
      {unread > 0 ? (
        <span className="rh-header__count" data-testid="unread-notifications" data-count={unread}>
          {" "}
          <span className="rh-badge-count" aria-hidden="true">
            {unread > BADGE_MAX ? `${BADGE_MAX}+` : unread}
          </span>
          <VisuallyHidden>({unread} ongelezen)</VisuallyHidden>
        </span>
      ) : null}
    </RouterLink>
  );
}
