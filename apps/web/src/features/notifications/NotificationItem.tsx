import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { RouterLink } from "../../components/RouterLink";
import { VisuallyHidden } from "../../components/VisuallyHidden";
import { generalErrorMessages } from "../../errors";
import { NOTIFICATION_KIND_LABELS, formatDateTime, isoDateTime } from "../../labels";
import { casePath } from "../cases/caseContext";
import { NOTIFICATION_TARGETS, timeOfDay } from "./grouping";
import {
  MARK_NOTIFICATION_READ_MUTATION,
  UNREAD_NOTIFICATION_COUNT_QUERY,
  type NotificationRow,
} from "./operations";

/**
 * One notification: its kind, what it says, when, a link to the page of its case to act on, and — while
 * unread — "Markeer als gelezen". Unread acute unsafety is an alert.
 */
export function NotificationItem({ notification: n }: { notification: NotificationRow }) {
  const [markRead, { loading }] = useMutation(MARK_NOTIFICATION_READ_MUTATION, {
    refetchQueries: [UNREAD_NOTIFICATION_COUNT_QUERY],
  });
  const [failure, setFailure] = useState<string[] | null>(null);
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
        {unread ? (
          <Button
            appearance="secondary-action-button"
            disabled={loading}
            onClick={() => {
              setFailure(null);
              markRead({ variables: { id: n.id } }).catch((e: unknown) =>
                setFailure(generalErrorMessages(e)),
              );
            }}
          >
            Markeer als gelezen<VisuallyHidden>: {n.message}</VisuallyHidden>
          </Button>
        ) : null}
      </div>
      {failure ? <ErrorAlert messages={failure} /> : null}
    </li>
  );
}
