import { useQuery } from "@apollo/client/react";
import { RouterLink } from "../../components/RouterLink";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { UNREAD_NOTIFICATION_COUNT_QUERY } from "./operations";

/** How often the header asks for new notifications (live delivery replaces this with a subscription). */
const POLL_MS = 30_000;

/** "Meldingen" in the header, with the number of unread notifications (e.g. acute unsafety in a case). */
export function NotificationsLink({ className }: { className: string }) {
  const { data } = useQuery(UNREAD_NOTIFICATION_COUNT_QUERY, { pollInterval: POLL_MS });
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
