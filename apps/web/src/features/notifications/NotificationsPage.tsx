import { Alert, Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { RouterLink } from "../../components/RouterLink";
import { usePageTitle } from "../../components/usePageTitle";
import { generalErrorMessages } from "../../errors";
import type { NotificationKind } from "../../generated/graphql";
import { NOTIFICATION_KIND_LABELS, formatDateTime, isoDateTime } from "../../labels";
import { casePath } from "../cases/caseContext";
import {
  MARK_NOTIFICATION_READ_MUTATION,
  MY_NOTIFICATIONS_QUERY,
  UNREAD_NOTIFICATION_COUNT_QUERY,
  type NotificationRow,
} from "./operations";

/** Where a notification's link leads in its case: the page to act on (the case's overview otherwise). */
const CASE_PAGE: Partial<Record<NotificationKind, string>> = {
  ACUTE_SAFETY: "beeld",
  DOORBRAAK: "acties",
  PLAN_AWAITS_APPROVAL: "plan",
  GRANT_EXPIRING: "toestemmingen",
};

/** "Meldingen": notifications to the signed-in professional, newest first; unread ones can be marked read. */
export function NotificationsPage() {
  usePageTitle("Meldingen");
  const { data, error, loading } = useQuery(MY_NOTIFICATIONS_QUERY, {
    variables: { unreadOnly: false },
    fetchPolicy: "cache-and-network",
  });
  const notifications = data?.myNotifications;
  return (
    <>
      <Heading level={1}>Meldingen</Heading>
      <Paragraph appearance="lead">
        Meldingen over casussen waarvoor u de regie heeft, zoals acute onveiligheid, een casus die stilstaat,
        een regiegesprek dat eraan komt, een plan dat op vaststelling wacht of een toestemming die verloopt.
      </Paragraph>
      {error ? <ErrorAlert messages={generalErrorMessages(error)} /> : null}
      {!notifications && loading ? <Loading /> : null}
      {notifications && notifications.length === 0 ? <Paragraph>U heeft geen meldingen.</Paragraph> : null}
      {notifications && notifications.length > 0 ? (
        <ul className="rh-notifications">
          {notifications.map((n) => (
            <NotificationItem key={n.id} notification={n} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function NotificationItem({ notification: n }: { notification: NotificationRow }) {
  const [markRead, { loading }] = useMutation(MARK_NOTIFICATION_READ_MUTATION, {
    refetchQueries: [UNREAD_NOTIFICATION_COUNT_QUERY],
  });
  const [failure, setFailure] = useState<string[] | null>(null);
  const unread = !n.readAt;
  return (
    <li className={unread ? "rh-notification rh-notification--unread" : "rh-notification"}>
      {unread && n.kind === "ACUTE_SAFETY" ? (
        <Alert type="error" className="rh-alert">
          <Paragraph>
            <strong>Ongelezen: </strong>
            {n.message}
          </Paragraph>
        </Alert>
      ) : (
        <Paragraph>
          {unread ? <strong>Ongelezen: </strong> : null}
          {n.message}
        </Paragraph>
      )}
      <Paragraph className="rh-muted">
        {NOTIFICATION_KIND_LABELS[n.kind]} ·{" "}
        <time dateTime={isoDateTime(n.createdAt)}>{formatDateTime(n.createdAt)}</time> ·{" "}
        <RouterLink to={casePath(n.case.id, CASE_PAGE[n.kind])}>
          {n.case.reference} – {n.case.title}
        </RouterLink>
      </Paragraph>
      {unread ? (
        <Button
          appearance="secondary-action-button"
          disabled={loading}
          onClick={() => {
            setFailure(null);
            markRead({ variables: { id: n.id } }).catch((e: unknown) => setFailure(generalErrorMessages(e)));
          }}
        >
          Markeer als gelezen
        </Button>
      ) : null}
      {failure ? <ErrorAlert messages={failure} /> : null}
    </li>
  );
}
