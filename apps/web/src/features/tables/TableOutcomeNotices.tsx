import { Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation, useQuery } from "@apollo/client/react";
import { DataRows } from "../../components/DataRows";
import { ErrorAlert } from "../../components/ErrorAlert";
import { MarkReadButton, useMarkRead } from "../../components/MarkReadButton";
import { RouterLink } from "../../components/RouterLink";
import { generalErrorMessages } from "../../errors";
import { formatDateTime } from "../../labels";
import { outcomeRows } from "./labels";
import { type TableOutcomeNotice } from "./types";
import { MarkTableOutcomeNoticeReadDocument, MyTableOutcomeNoticesDocument } from "../../generated/graphql";

/**
 * "Uitkomsten van tafels" on the Meldingen page: the outcome of a table one sits on for a case one cannot open
 * (article 001: members hear how it ended) — the process outcome only, with a way to "Mijn tafels". Nothing is
 * shown when there is none.
 */
export function TableOutcomeNotices() {
  const { data, error } = useQuery(MyTableOutcomeNoticesDocument, { fetchPolicy: "cache-and-network" });
  const notices = data?.myTableOutcomeNotices ?? [];
  if (!error && notices.length === 0) return null;
  return (
    <section aria-labelledby="table-outcomes-heading" className="rh-section">
      <Heading level={2} id="table-outcomes-heading">
        Uitkomsten van tafels
      </Heading>
      <Paragraph>
        Besluiten van tafels waaraan u deelneemt over casussen die u zelf niet kunt openen: alleen de afloop,
        niet de inhoud van het dossier. <RouterLink to="/tafels">Naar Mijn tafels</RouterLink>
      </Paragraph>
      {error ? <ErrorAlert messages={generalErrorMessages(error)} /> : null}
      <ul className="rh-notifications">
        {notices.map((n) => (
          <NoticeItem key={n.id} notice={n} />
        ))}
      </ul>
    </section>
  );
}

function NoticeItem({ notice: n }: { notice: TableOutcomeNotice }) {
  const [mark, { loading }] = useMutation(MarkTableOutcomeNoticeReadDocument);
  const { failure, markRead } = useMarkRead(() => mark({ variables: { id: n.id } }));
  const unread = !n.readAt;
  return (
    <li
      className={unread ? "rh-notification rh-notification--unread" : "rh-notification"}
      data-testid="table-outcome-notice"
    >
      <Paragraph className="rh-notification__meta">{formatDateTime(n.createdAt)}</Paragraph>
      <Paragraph className="rh-notification__message">
        {unread ? <strong className="rh-notification__unread">Ongelezen: </strong> : null}
        {n.message}
      </Paragraph>
      <DataRows rows={outcomeRows(n.entry)} />
      {unread ? <MarkReadButton message={n.message} disabled={loading} onClick={markRead} /> : null}
      {failure ? <ErrorAlert messages={failure} /> : null}
    </li>
  );
}
