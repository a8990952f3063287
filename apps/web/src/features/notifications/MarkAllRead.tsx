import { Button } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { generalErrorMessages } from "../../errors";
import {
  MarkAllNotificationsReadDocument,
  MyNotificationsDocument,
  UnreadNotificationCountDocument,
} from "../../generated/graphql";

/**
 * "Alles als gelezen markeren": marks read what was raised up to `upTo` (the newest notification shown), so
 * one that arrives live in the meantime stays unread; then the list and the header's count are reloaded.
 */
export function MarkAllRead({ upTo, unread }: { upTo: string | null; unread: number }) {
  const [markAll, { loading }] = useMutation(MarkAllNotificationsReadDocument, {
    refetchQueries: [MyNotificationsDocument, UnreadNotificationCountDocument],
    awaitRefetchQueries: true,
  });
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string[] | null>(null);
  return (
    <div className="rh-notifications__mark-all">
      {unread > 0 ? (
        <Button
          appearance="secondary-action-button"
          busy={loading}
          disabled={loading}
          onClick={() => {
            setFailure(null);
            setDone(null);
            markAll({ variables: { upTo } }).then(
              (result) => {
                const marked = result.data?.markAllNotificationsRead.marked ?? 0;
                setDone(
                  marked === 1
                    ? "1 melding als gelezen gemarkeerd."
                    : `${marked} meldingen als gelezen gemarkeerd.`,
                );
              },
              (e: unknown) => setFailure(generalErrorMessages(e)),
            );
          }}
        >
          Alles als gelezen markeren
        </Button>
      ) : null}
      <p role="status" className="rh-notifications__done">
        {done}
      </p>
      {failure ? <ErrorAlert messages={failure} heading="Markeren is niet gelukt." /> : null}
    </div>
  );
}
