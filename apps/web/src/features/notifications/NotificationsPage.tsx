import { Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { CheckboxField } from "../../components/CheckboxField";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { usePageTitle } from "../../components/usePageTitle";
import { generalErrorMessages } from "../../errors";
import { useViewer } from "../../viewer";
import { TableOutcomeNotices } from "../tables/TableOutcomeNotices";
import { MarkAllRead } from "./MarkAllRead";
import { NotificationList } from "./NotificationList";
import { newestMoment, unreadText } from "./grouping";
import "./notifications.css";
import { MyNotificationsDocument, UnreadNotificationCountDocument } from "../../generated/graphql";

/**
 * "Meldingen", the notification centre: every notification to the signed-in professional (acute unsafety, a
 * doorbraak, escalation, a framework decision and the hub's signals: a case standing still, a regiegesprek or
 * monitoring follow-up due, a plan waiting for approval, a grant ending), grouped by day, each linking to the
 * page of its case to act on; unread ones marked read one by one or all at once. New ones arrive live: the
 * header (NotificationsLink) follows the viewer's cases and reloads this list on each event.
 */
export function NotificationsPage() {
  usePageTitle("Meldingen");
  const { data, error, loading } = useQuery(MyNotificationsDocument, {
    variables: { unreadOnly: false },
    fetchPolicy: "cache-and-network",
  });
  const { data: countData } = useQuery(UnreadNotificationCountDocument);
  const viewer = useViewer();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const notifications = data?.myNotifications;
  const shown = useMemo(
    () => (onlyUnread ? notifications?.filter((n) => !n.readAt) : notifications),
    [notifications, onlyUnread],
  );
  // "Vandaag" and "Gisteren" as of this render; a list reloaded live renders again.
  const now = new Date();
  const unread = countData?.unreadNotificationCount ?? notifications?.filter((n) => !n.readAt).length ?? 0;
  return (
    <>
      <Heading level={1}>Meldingen</Heading>
      <Paragraph appearance="lead">
        Alles wat de hub u meldt over uw casussen: acute onveiligheid, een doorbraak, op- of afschalen, een
        besluit over het kader, een casus die stilstaat, een regiegesprek of monitoring die aan de beurt is,
        een plan dat op vaststelling wacht en een toestemming die verloopt. Nieuwe meldingen verschijnen
        vanzelf.
      </Paragraph>
      {error ? <ErrorAlert messages={generalErrorMessages(error)} /> : null}
      {!notifications && loading ? <Loading /> : null}
      {notifications && notifications.length === 0 ? <Paragraph>U heeft geen meldingen.</Paragraph> : null}
      {notifications && notifications.length > 0 ? (
        <>
          <div className="rh-notifications__toolbar">
            <Paragraph className="rh-notifications__summary" data-testid="unread-summary">
              {unread > 0 ? unreadText(unread) : "Alle meldingen zijn gelezen."}
            </Paragraph>
            <CheckboxField
              id="meldingen-alleen-ongelezen"
              label="Alleen ongelezen meldingen"
              checked={onlyUnread}
              onChange={setOnlyUnread}
              className="rh-notifications__filter"
            />
            <MarkAllRead upTo={newestMoment(notifications)} unread={unread} />
          </div>
          {shown && shown.length > 0 ? (
            <NotificationList notifications={shown} now={now} />
          ) : (
            <Paragraph>Er zijn geen ongelezen meldingen.</Paragraph>
          )}
        </>
      ) : null}
      {viewer?.can.includes("VIEW_MY_SESSIONS") ? <TableOutcomeNotices /> : null}
    </>
  );
}
