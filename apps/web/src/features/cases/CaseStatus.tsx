import { useQuery } from "@apollo/client/react";
import { dutchDate } from "@regiehub/domain";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { useViewer } from "../../viewer";
import { CaseStatusBlock } from "./CaseStatusBlock";
import type { CaseDetail } from "./types";
import { caseStatus } from "./status";
import { CaseStatusDocument } from "../../generated/graphql";

/** The status query of the overview; the phase card uses its approved plan, the status block the rest. */
export function useCaseStatusQuery(caseData: CaseDetail) {
  return useQuery(CaseStatusDocument, {
    variables: { id: caseData.id, followUp: caseData.viewerCan.includes("READ_FOLLOW_UP") },
    errorPolicy: "all",
  });
}

export interface CaseStatusProps {
  caseData: CaseDetail;
  query: ReturnType<typeof useCaseStatusQuery>;
}

/** "Stand van zaken" of a case for the signed-in viewer, derived by `caseStatus` from the status query. */
export function CaseStatus({ caseData, query }: CaseStatusProps) {
  const viewer = useViewer();
  const data = query.data?.case;
  if (!data) {
    if (query.loading) return <Loading text="De stand van zaken wordt geladen…" />;
    return (
      <ErrorAlert messages={["De stand van zaken kon niet worden geladen. Probeer het later opnieuw."]} />
    );
  }
  const directs =
    viewer !== null &&
    (caseData.casusregisseur?.id === viewer.id ||
      caseData.procesregisseur?.id === viewer.id ||
      caseData.viewerCan.includes("APPROVE_PLAN"));
  const status = caseStatus(
    { ...data, nextCheckInOn: data.nextCheckInOn ?? null },
    { organisationId: viewer?.organisation.id ?? null, isDirector: directs },
    dutchDate(new Date()),
  );
  return <CaseStatusBlock status={status} organisationName={viewer?.organisation.name ?? null} />;
}
