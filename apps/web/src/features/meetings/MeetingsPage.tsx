import { IntroSection } from "../../components/IntroSection";
import { useQuery } from "@apollo/client/react";
import { Disclosure } from "../../components/Disclosure";
import { Loading } from "../../components/Loading";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { usePageTitle } from "../../components/usePageTitle";
import { readErrorMessages } from "../../errors";
import { useCaseContext } from "../cases/caseContext";
import { MeetingList } from "./MeetingList";
import { PlanMeetingForm } from "./PlanMeetingForm";
import "../plan/plan.css";
import "./meetings.css";
import { CaseMeetingsDocument } from "../../generated/graphql";
import { reloadWith } from "../../reload";

/**
 * "Overleg": the case's meetings, newest first, and for the case's directors (PLAN_MEETING) "Overleg plannen".
 * A meeting answers one question: first the picture (beeldvorming), then judgement, then the decision.
 * Live through the case layout's `caseEvents` subscription.
 */
export function MeetingsPage() {
  const { caseData } = useCaseContext();
  usePageTitle(`Overleg – ${caseData.title}`);
  const { data, error, refetch } = useQuery(CaseMeetingsDocument, {
    variables: { caseId: caseData.id },
    fetchPolicy: "cache-and-network",
    errorPolicy: "all",
  });
  const meetings = data?.case?.meetings;
  const reload = reloadWith(refetch);

  return (
    <IntroSection
      headingId="meetings-heading"
      title="Overleg"
      className="rh-meeting"
      intro="Een overleg beantwoordt één vraag: eerst het beeld compleet (beeldvorming), dan de oordeelsvorming en daarna het besluit."
    >
      {caseData.viewerCan.includes("PLAN_MEETING") ? (
        <Disclosure label="Overleg plannen" primary>
          {(done, cancel) => (
            <PlanMeetingForm
              caseData={caseData}
              onCancel={cancel}
              onDone={async (message) => {
                await reload();
                done(message);
              }}
            />
          )}
        </Disclosure>
      ) : null}
      <RetryErrorAlert messages={readErrorMessages(error)} onRetry={() => void reload()} />
      {!meetings && !error ? <Loading /> : null}
      {meetings ? <MeetingList caseId={caseData.id} meetings={meetings} /> : null}
    </IntroSection>
  );
}
