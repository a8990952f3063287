import { IntroSection } from "../../components/IntroSection";
import { useQuery } from "@apollo/client/react";
import { dutchDate } from "@regiehub/domain";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { readErrorMessages } from "../../errors";
import type { CaseDetail } from "../cases/types";
import { BudgetPart } from "./BudgetPart";
import { CheckInsPart } from "./CheckInsPart";
import { MonitoringPart } from "./MonitoringPart";
import { CaseFollowUpDocument } from "../../generated/graphql";

export interface FollowUpSectionProps {
  caseData: CaseDetail;
  /** After a change: reload the case (phase, version) and this section. */
  onChanged: () => Promise<void>;
}

/**
 * "Regie op regie" on the case overview, for the case's procesregisseur and casusregisseur (READ_FOLLOW_UP):
 * the regiegesprekken, the case budget against what the referrals commit and spend, and monitoring with its
 * follow-up date. The forms show only to whom the case's `viewerCan` gives them.
 */
export function FollowUpSection({ caseData, onChanged }: FollowUpSectionProps) {
  const { data, error, loading, refetch } = useQuery(CaseFollowUpDocument, {
    variables: { id: caseData.id },
    fetchPolicy: "cache-and-network",
  });
  const followUp = data?.case ?? null;
  const can = (action: CaseDetail["viewerCan"][number]) => caseData.viewerCan.includes(action);
  const today = dutchDate(new Date());

  const reload = async () => {
    await onChanged();
    await refetch().catch(() => undefined);
  };

  return (
    <IntroSection
      headingId="follow-up-heading"
      title="Regie op regie"
      intro="Het regiegesprek tussen procesregisseur en casusregisseur, het budget van de casus en de monitoring na afschalen. Alleen zichtbaar voor de procesregisseur en de casusregisseur."
    >
      {error ? <ErrorAlert messages={readErrorMessages(error)} /> : null}
      {!followUp && loading ? <Loading /> : null}
      {followUp ? (
        <>
          <CheckInsPart
            followUp={followUp}
            today={today}
            canRecord={can("RECORD_CHECK_IN")}
            onChanged={reload}
          />
          <BudgetPart followUp={followUp} canSet={can("SET_BUDGET")} onChanged={reload} />
          <MonitoringPart followUp={followUp} today={today} canMonitor={can("MONITOR")} onChanged={reload} />
        </>
      ) : null}
    </IntroSection>
  );
}
