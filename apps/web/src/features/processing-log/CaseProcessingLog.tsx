import { Alert, Paragraph } from "@utrecht/component-library-react";
import { usePageTitle } from "../../components/usePageTitle";
import { useViewerCan } from "../../viewer";
import { useCaseContext } from "../cases/caseContext";
import { ProcessingLog } from "./ProcessingLog";

/** "Verwerkingslog" under a case, for viewers with READ_LOG. */
export function CaseProcessingLog() {
  const { caseData } = useCaseContext();
  const reviewer = useViewerCan("REVIEW_PROCESSING");
  usePageTitle(`Verwerkingslog – ${caseData.title}`);
  if (!caseData.viewerCan.includes("READ_LOG") && !reviewer) {
    return (
      <Alert type="info" className="rh-alert">
        <Paragraph>U kunt het verwerkingslog van deze casus niet inzien.</Paragraph>
      </Alert>
    );
  }
  return <ProcessingLog caseId={caseData.id} persons={caseData.persons} headingLevel={2} />;
}
