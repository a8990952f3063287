import { Alert, Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { MarkReadButton, useMarkRead } from "../../components/MarkReadButton";
import { RouterLink } from "../../components/RouterLink";
import { NOTIFICATION_KIND_LABELS, formatDateTime, isoDateTime } from "../../labels";
import { casePath } from "../cases/caseContext";
import { timeOfDay } from "../../days";
import { NOTIFICATION_TARGETS } from "./grouping";
import { type NotificationRow } from "./types";
import { MarkNotificationReadDocument, UnreadNotificationCountDocument } from "../../generated/graphql";

/**
 * One notification: its kind, what it says, when, a link to the page of its case to act on, and — while
 * unread — "Markeer als gelezen". Unread acute unsafety is an alert.
 */
export function NotificationItem({ notification: n }: { notification: NotificationRow }) {
  const [mark, { loading }] = useMutation(MarkNotificationReadDocument, {
    refetchQueries: [UnreadNotificationCountDocument],
  });
  const { failure, markRead } = useMarkRead(() => mark({ variables: { id: n.id } }));
  const unread = !n.readAt;
  const target = NOTIFICATION_TARGETS[n.kind];
  const message = (
    <Paragraph className="rh-notification__message">
      {unread ? <strong className="rh-notification__unread">Ongelezen: </strong> : null}
      {n.message}
    </Paragraph>
  );
  return (
    <li className={unread ? "rh-notification rh-notification--unread" : "rh-notification"} data-kind={n.kind}>
      <Paragraph className="rh-notification__meta">
        <span className="rh-notification__kind">{NOTIFICATION_KIND_LABELS[n.kind]}</span>
        <time dateTime={isoDateTime(n.createdAt)} title={formatDateTime(n.createdAt)}>
          {timeOfDay(n.createdAt)}
        </time>
      </Paragraph>
      {unread && n.kind === "ACUTE_SAFETY" ? (
        <Alert type="error" className="rh-alert">
          {message}
        </Alert>
      ) : (
        message
      )}
      <div className="rh-notification__actions">
        <RouterLink to={casePath(n.case.id, target.sub)} className="rh-notification__link">
          {target.action}: {n.case.reference} – {n.case.title}
        </RouterLink>
        {unread ? <MarkReadButton message={n.message} disabled={loading} onClick={markRead} /> : null}
      </div>
      {failure ? <ErrorAlert messages={failure} /> : null}
    </li>
  );
}
