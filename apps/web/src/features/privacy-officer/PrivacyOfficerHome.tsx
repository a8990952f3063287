import { Alert, Heading, Paragraph } from "@utrecht/component-library-react";
import { usePageTitle } from "../../components/usePageTitle";
import { useViewerCan } from "../../viewer";
import { ProcessingLog } from "../processing-log/ProcessingLog";
import { BreakGlassTask } from "./BreakGlassTask";
import "../processing-log/processing-log.css";

/**
 * The privacy officer's workplace (REVIEW_PROCESSING): her tasks (break-glass accesses to review) and a search
 * through the processing logs of every case she supervises. She opens no case content.
 */
export function PrivacyOfficerHome() {
  usePageTitle("Toezicht");
  const canReview = useViewerCan("REVIEW_PROCESSING");
  if (!canReview) {
    return (
      <>
        <Heading level={1}>Toezicht</Heading>
        <Alert type="info" className="rh-alert">
          <Paragraph>Alleen de privacyfunctionaris houdt toezicht op de verwerking.</Paragraph>
        </Alert>
      </>
    );
  }
  return (
    <>
      <Heading level={1}>Toezicht op de verwerking</Heading>
      <Paragraph appearance="lead">
        U ziet geen inhoud van casussen, wel wie er wat mee deed: beoordeel noodtoegang en doorzoek de
        verwerkingslogs van de casussen waarop uw organisatie toezicht houdt.
      </Paragraph>
      <section aria-labelledby="tasks-heading">
        <Heading level={2} id="tasks-heading">
          Uw taken
        </Heading>
        <div className="rh-workplace__tasks">
          <BreakGlassTask />
          <div className="rh-card">
            <Heading level={3}>Verwerkingslog doorzoeken</Heading>
            <Paragraph>
              Zoek op persoon (naam of pseudoniem), organisatie, periode en doel, over alle casussen heen.{" "}
              <a href="#log-heading">Naar de zoekopdracht</a>
            </Paragraph>
          </div>
        </div>
      </section>
      <ProcessingLog persons={null} headingLevel={2} heading="Verwerkingslog doorzoeken" />
    </>
  );
}
