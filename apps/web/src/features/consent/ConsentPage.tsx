import { Heading, Paragraph } from "@utrecht/component-library-react";
import { IntroSection } from "../../components/IntroSection";
import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { Loading } from "../../components/Loading";
import { NoticeAlert } from "../../components/NoticeAlert";
import { usePageTitle } from "../../components/usePageTitle";
import { generalErrorMessages } from "../../errors";
import { useViewer } from "../../viewer";
import { useCaseContext } from "../cases/caseContext";
import { AccessSummary } from "./AccessSummary";
import { GranteeGrants } from "./GranteeGrants";
import { GrantForm } from "./GrantForm";
import { groupByGrantee } from "./grantGroups";
import { OwnOrganisationAccess } from "./OwnOrganisationAccess";
import { CaseGrantsDocument } from "../../generated/graphql";
import { reloadWith } from "../../reload";

/** "Toestemmingen": every grant of the case (MANAGE_CONSENT); others see what their own organisation may see. */
export function ConsentPage() {
  const { caseData } = useCaseContext();
  const viewer = useViewer();
  usePageTitle(`Toestemmingen – ${caseData.title}`);
  if (!caseData.viewerCan.includes("MANAGE_CONSENT")) {
    return viewer ? (
      <OwnOrganisationAccess caseData={caseData} organisationId={viewer.organisation.id} />
    ) : null;
  }
  return <ManageConsent />;
}

function ManageConsent() {
  const { caseData } = useCaseContext();
  const [notice, setNotice] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(CaseGrantsDocument, {
    variables: { caseId: caseData.id, includeInactive: true },
    fetchPolicy: "cache-and-network",
  });
  const grants = data?.case?.grants;
  const groups = grants ? groupByGrantee(grants) : [];

  const reload = reloadWith(refetch);

  return (
    <IntroSection
      headingId="consent-heading"
      title="Toestemmingen"
      intro="Welke partner wat mag zien, over wie, waarvoor en op welke grond. De regievoerende organisatie en de procesregisseur zien het hele dossier; een partner ziet zijn eigen items en wat een toestemming dekt."
    >
      <NoticeAlert message={notice} />
      <RetryErrorAlert messages={generalErrorMessages(error)} onRetry={() => void reload()} />

      <AccessSummary caseData={caseData} />

      <section aria-labelledby="grants-heading" className="rh-section">
        <Heading level={3} id="grants-heading">
          Verleende toegang
        </Heading>
        {!grants && !error ? <Loading /> : null}
        {grants && grants.length === 0 ? <Paragraph>Er is nog geen toegang verleend.</Paragraph> : null}
        {groups.map((group) => (
          <GranteeGrants
            key={group.organisation.id}
            group={group}
            onWithdrawn={(name) => setNotice(`De toestemming voor ${name} is ingetrokken.`)}
          />
        ))}
      </section>

      <GrantForm
        caseData={caseData}
        onGranted={async () => {
          setNotice(null);
          await reload();
        }}
      />
    </IntroSection>
  );
}
