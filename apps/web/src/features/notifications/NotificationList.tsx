import { Heading } from "@utrecht/component-library-react";
import { useMemo } from "react";
import { notificationDays } from "./grouping";
import { NotificationItem } from "./NotificationItem";
import type { NotificationRow } from "./types";

/** The notifications grouped by day ("Vandaag", "Gisteren", "maandag 5 januari 2026"), newest first. */
export function NotificationList({
  notifications,
  now,
}: {
  notifications: readonly NotificationRow[];
  now: Date;
}) {
  const groups = useMemo(() => notificationDays(notifications, now), [notifications, now]);
  return (
    <>
      {groups.map((group) => {
        const headingId = `meldingen-${group.key || "onbekend"}`;
        return (
          <section key={group.key} aria-labelledby={headingId} className="rh-notification-day">
            <Heading level={2} id={headingId}>
              {group.label}
            </Heading>
            <ul className="rh-notifications">
              {group.items.map((n) => (
                <NotificationItem key={n.id} notification={n} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
