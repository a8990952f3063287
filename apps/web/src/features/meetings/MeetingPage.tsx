import { Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { useParams } from "react-router";
import { Loading } from "../../components/Loading";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { RouterLink } from "../../components/RouterLink";
import { usePageNotice } from "../../components/usePageNotice";
import { usePageTitle } from "../../components/usePageTitle";
import { hasErrorCode, readErrorMessages } from "../../errors";
import { formatDate } from "../../labels";
import { casePath, useCaseContext } from "../cases/caseContext";
import { MeetingView } from "./MeetingView";
import "./meetings.css";
import { MeetingDetailDocument } from "../../generated/graphql";
import { reloadWith } from "../../reload";

/**
 * One meeting (overleg) of a case: its question, where it stands in the phases, who takes part, the
 * contributions the viewer may see, and — by what the viewer may do — moving the phase, contributing, and the
 * decision. Live: the case layout reloads the active queries on every `caseEvents` event, so a contribution,
 * phase move or decision by someone else appears here without reload.
 */
export function MeetingPage() {
  const { caseData } = useCaseContext();
  const { meetingId = "" } = useParams();
  const notice = usePageNotice();
  const { data, error, loading, refetch } = useQuery(MeetingDetailDocument, {
    variables: { id: meetingId },
    fetchPolicy: "cache-and-network",
    errorPolicy: "all",
  });
  // A meeting of another case is not shown under this one.
  const found = data?.meeting ?? null;
  const meeting = found && found.caseId === caseData.id ? found : null;
  usePageTitle(
    meeting ? `Overleg ${formatDate(meeting.heldOn)} – ${caseData.title}` : `Overleg – ${caseData.title}`,
  );
  const reload = reloadWith(refetch);
  const notFound = hasErrorCode(error, "NOT_FOUND");
  const missing = notFound || (data !== undefined && meeting === null && (!loading || found !== null));

  return (
    <section aria-labelledby="meeting-heading" className="rh-section rh-meeting">
      <Paragraph>
        <RouterLink to={casePath(caseData.id, "overleg")}>Alle overleggen van de casus</RouterLink>
      </Paragraph>
      <Heading level={2} id="meeting-heading">
        {meeting ? `Overleg van ${formatDate(meeting.heldOn)}` : "Overleg"}
      </Heading>
      {notice.view}
      <RetryErrorAlert messages={notFound ? [] : readErrorMessages(error)} onRetry={() => void reload()} />
      {!meeting && !error && !missing ? <Loading /> : null}
      {missing ? <Paragraph>Dit overleg bestaat niet of u heeft er geen toegang toe.</Paragraph> : null}
      {meeting ? (
        <MeetingView
          meeting={meeting}
          caseData={caseData}
          onChanged={async (message) => {
            await reload();
            if (message) notice.show(message);
          }}
        />
      ) : null}
    </section>
  );
}
