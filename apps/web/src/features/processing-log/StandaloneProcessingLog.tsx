import { useLocation } from "react-router";
import { RouterLink } from "../../components/RouterLink";
import { usePageTitle } from "../../components/usePageTitle";
import { ProcessingLog } from "./ProcessingLog";

/** Router state a link to the log may carry (the case reference, which the privacy officer cannot query). */
export interface LogLinkState {
  caseReference?: string;
}

/**
 * The processing log of a case for the privacy officer (REVIEW_PROCESSING), who sees no case content: it
 * works by case id alone, without the case page around it.
 */
export function StandaloneProcessingLog({ caseId }: { caseId: string }) {
  const { state } = useLocation();
  const reference = (state as LogLinkState | null)?.caseReference ?? null;
  usePageTitle(reference ? `Verwerkingslog ${reference}` : "Verwerkingslog");
  return (
    <>
      <nav aria-label="Kruimelpad" className="rh-breadcrumb">
        <RouterLink to="/noodtoegang">Noodtoegang beoordelen</RouterLink>
        <span aria-hidden="true"> › </span>
        <span aria-current="page">Verwerkingslog{reference ? ` ${reference}` : ""}</span>
      </nav>
      <ProcessingLog caseId={caseId} persons={null} headingLevel={1} reference={reference} />
    </>
  );
}
