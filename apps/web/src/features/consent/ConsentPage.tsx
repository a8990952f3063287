import { Alert, Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { usePageTitle } from "../../components/usePageTitle";
import { generalErrorMessages } from "../../errors";
import { ORGANISATION_KIND_LABELS, label } from "../../labels";
import { useViewer } from "../../viewer";
import { useCaseContext } from "../cases/caseContext";
import { AccessSummary } from "./AccessSummary";
import { GrantCard } from "./GrantCard";
import { GrantForm } from "./GrantForm";
import { grantStatus } from "./grantStatus";
import { CASE_GRANTS_QUERY } from "./operations";
import type { Grant } from "./operations";
import { OwnOrganisationAccess } from "./OwnOrganisationAccess";
import { WithdrawGrant } from "./WithdrawGrant";

interface GranteeGroup {
  organisation: Grant["grantee"];
  grants: Grant[];
}

/** Grants per grantee organisation (by name), active ones first within each. */
function groupByGrantee(grants: readonly Grant[]): GranteeGroup[] {
  const groups = new Map<string, GranteeGroup>();
  for (const grant of grants) {
    const group = groups.get(grant.grantee.id) ?? { organisation: grant.grantee, grants: [] };
    group.grants.push(grant);
    groups.set(grant.grantee.id, group);
  }
  const order = { ACTIVE: 0, PENDING: 1, EXPIRED: 2, WITHDRAWN: 3 } as const;
  for (const group of groups.values()) {
    group.grants.sort((a, b) => order[grantStatus(a).state] - order[grantStatus(b).state]);
  }
  return [...groups.values()].sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, "nl"));
}

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
  const { data, error, refetch } = useQuery(CASE_GRANTS_QUERY, {
    variables: { caseId: caseData.id, includeInactive: true },
    fetchPolicy: "cache-and-network",
  });
  const grants = data?.case?.grants;
  const groups = grants ? groupByGrantee(grants) : [];

  const reload = async () => {
    await refetch().catch(() => undefined);
  };

  return (
    <section aria-labelledby="consent-heading" className="rh-section">
      <Heading level={2} id="consent-heading">
        Toestemmingen
      </Heading>
      <Paragraph>
        Welke partner wat mag zien, over wie, waarvoor en op welke grond. De regievoerende organisatie en de
        procesregisseur zien het hele dossier; een partner ziet zijn eigen items en wat een toestemming dekt.
      </Paragraph>
      {notice ? (
        <Alert type="ok" className="rh-alert">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : null}
      <ErrorAlert messages={generalErrorMessages(error)}>
        <Button appearance="secondary-action-button" onClick={() => void reload()}>
          Opnieuw proberen
        </Button>
      </ErrorAlert>

      <AccessSummary caseData={caseData} />

      <section aria-labelledby="grants-heading" className="rh-section">
        <Heading level={3} id="grants-heading">
          Verleende toegang
        </Heading>
        {!grants && !error ? <Loading /> : null}
        {grants && grants.length === 0 ? <Paragraph>Er is nog geen toegang verleend.</Paragraph> : null}
        {groups.map((group) => (
          <section
            key={group.organisation.id}
            aria-labelledby={`grantee-${group.organisation.id}-heading`}
            className="rh-grantee"
          >
            <Heading
              level={4}
              id={`grantee-${group.organisation.id}-heading`}
              className="rh-grantee__heading"
            >
              {group.organisation.name}{" "}
              <span className="rh-muted rh-grantee__kind">
                ({label(ORGANISATION_KIND_LABELS, group.organisation.kind)})
              </span>
            </Heading>
            <ul className="rh-grant-list">
              {group.grants.map((grant) => {
                const state = grantStatus(grant).state;
                return (
                  <li key={grant.id}>
                    <GrantCard grant={grant} level={5}>
                      {state === "ACTIVE" || state === "PENDING" ? (
                        <WithdrawGrant
                          grant={grant}
                          onWithdrawn={() =>
                            setNotice(`De toestemming voor ${group.organisation.name} is ingetrokken.`)
                          }
                        />
                      ) : null}
                    </GrantCard>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </section>

      <GrantForm
        caseData={caseData}
        onGranted={async () => {
          setNotice(null);
          await reload();
        }}
      />
    </section>
  );
}
