import { useQuery } from "@apollo/client/react";
import { Heading, Paragraph } from "@utrecht/component-library-react";
import { Loading } from "../../components/Loading";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { usePageTitle } from "../../components/usePageTitle";
import { formatDate, todayInput } from "../../labels";
import { useViewer } from "../../viewer";
import { contentErrors } from "../plan/errors";
import { type MySession } from "./types";
import { PlanSessionForm } from "./PlanSessionForm";
import { SessionEntry } from "./SessionEntry";
import { MySessionsDocument } from "../../generated/graphql";
import { reloadWith } from "../../reload";
import { IntroSection } from "../../components/IntroSection";

/** How often "Mijn tafels" asks for the sessions again while it is open. */
export const SESSIONS_POLL_MS = 10_000;

/**
 * "Mijn tafels": the sessions of the tables the viewer sits on, newest first, each with the cases on its agenda.
 * A summary the viewer may no longer read comes back as CONSENT_REQUIRED: shown in words, not as an error.
 */
export function MySessionsPage() {
  usePageTitle("Mijn tafels");
  const viewer = useViewer();
  // During a session the chair moves each case through its phases and records outcomes: the members' pages
  // follow by asking again every few seconds (the same query, so the same policy decides what they see).
  const { data, error, loading, refetch } = useQuery(MySessionsDocument, {
    fetchPolicy: "cache-and-network",
    errorPolicy: "all",
    pollInterval: SESSIONS_POLL_MS,
  });
  const reload = reloadWith(refetch);
  const sessions = data?.mySessions;
  return (
    <>
      <IntroSection
        headingId="my-sessions-heading"
        title="Mijn tafels"
        level={1}
        intro="De zittingen van de tafels waaraan u deelneemt. De voorbereiding van een casus is alleen te lezen zolang de casus op de agenda staat; daarna ziet u alleen de uitkomst. Deze pagina volgt de zitting vanzelf: de fase van elke casus en de uitkomsten worden elke tien seconden bijgewerkt."
      >
        <RetryErrorAlert messages={contentErrors(error)} onRetry={reload} />
        {!sessions && loading ? <Loading /> : null}
        {sessions && sessions.length === 0 ? (
          <Paragraph>Er zijn geen zittingen van tafels waaraan u deelneemt.</Paragraph>
        ) : null}
        {sessions?.map((session) => (
          <SessionView key={session.id} session={session} onChanged={reload} />
        ))}
      </IntroSection>
      {viewer?.can.includes("PLAN_TABLE_SESSION") ? <PlanSessionForm onPlanned={reload} /> : null}
    </>
  );
}

function SessionView({ session, onChanged }: { session: MySession; onChanged: () => Promise<unknown> }) {
  const headingId = `session-${session.id}`;
  // On the day of the session the agenda is run case by case: the first one not decided is up.
  const current = session.heldOn <= todayInput() ? session.agenda.find((e) => !e.outcome)?.id : undefined;
  return (
    <section aria-labelledby={headingId} className="rh-subsection" data-testid="table-session">
      <Heading level={2} id={headingId}>
        {session.table.name}, {formatDate(session.heldOn)}
      </Heading>
      {session.agenda.length === 0 ? (
        <Paragraph>Er staan nog geen casussen op de agenda.</Paragraph>
      ) : (
        session.agenda.map((entry) => (
          <SessionEntry
            key={entry.id}
            entry={entry}
            members={session.members}
            current={entry.id === current}
            onChanged={onChanged}
          />
        ))
      )}
    </section>
  );
}
