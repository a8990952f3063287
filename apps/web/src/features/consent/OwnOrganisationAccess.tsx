import { Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { generalErrorMessages } from "../../errors";
import type { CaseDetail } from "../cases/types";
import { GrantCard } from "./GrantCard";
import { CaseGrantsDocument } from "../../generated/graphql";

export interface OwnOrganisationAccessProps {
  caseData: CaseDetail;
  organisationId: string;
}

/**
 * "Wat mijn organisatie mag zien": read-only, for team members who do not manage consent. `Case.grants`
 * gives them their own organisation's grants.
 */
export function OwnOrganisationAccess({ caseData, organisationId }: OwnOrganisationAccessProps) {
  const directing = caseData.team.some((m) => m.isDirecting && m.organisation.id === organisationId);
  const { data, error } = useQuery(CaseGrantsDocument, {
    variables: { caseId: caseData.id, includeInactive: false },
    fetchPolicy: "cache-and-network",
    skip: directing,
  });
  const grants = (data?.case?.grants ?? []).filter((g) => g.grantee.id === organisationId);

  return (
    <section aria-labelledby="own-access-heading" className="rh-section">
      <Heading level={2} id="own-access-heading">
        Wat mijn organisatie mag zien
      </Heading>
      {directing ? (
        <Paragraph>Uw organisatie voert de regie over deze casus en ziet het hele dossier.</Paragraph>
      ) : (
        <>
          <Paragraph>
            Uw organisatie ziet altijd de eigen items. Items van anderen ziet u alleen als een toestemming het
            leefgebied, de gegevenscategorie en alle personen over wie het gaat dekt.
          </Paragraph>
          <ErrorAlert messages={generalErrorMessages(error)} />
          {!data && !error ? <Loading /> : null}
          {data && grants.length === 0 ? (
            <Paragraph>Er is op dit moment geen toestemming voor uw organisatie.</Paragraph>
          ) : null}
          {grants.length > 0 ? (
            <ul className="rh-grant-list">
              {grants.map((grant) => (
                <li key={grant.id}>
                  <GrantCard grant={grant} level={3} />
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}
