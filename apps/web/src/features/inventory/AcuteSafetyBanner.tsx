import { Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { RouterLink } from "../../components/RouterLink";
import { formatDate, joinNames } from "../../labels";
import { casePath } from "../cases/caseContext";
import { BEELD_SECTIONS } from "./BeeldNav";
import "./inventory.css";
import { AcuteSafetyDocument } from "../../generated/graphql";

export interface AcuteSafetyBannerProps {
  caseId: string;
}

/**
 * On top of every case page: the latest safety assessment the viewer may see, when it is ACUTE. Renders
 * nothing otherwise (also while loading or when the question fails: the case page shows its own errors).
 * A named region (a section with the look of an Utrecht error alert), not a live alert, so it is not
 * announced again on every page of the case.
 */
export function AcuteSafetyBanner({ caseId }: AcuteSafetyBannerProps) {
  const { data } = useQuery(AcuteSafetyDocument, {
    variables: { id: caseId },
    fetchPolicy: "cache-and-network",
    skip: !caseId,
  });
  const acute = data?.case?.acuteSafety;
  if (!acute) return null;

  const subjects = joinNames((acute.subjects ?? []).map((p) => p.fullName));
  const who = acute.author
    ? `${acute.author.name} (${acute.authorOrganisation.name})`
    : acute.authorOrganisation.name;

  return (
    <section
      aria-labelledby="acute-safety-title"
      className="utrecht-alert utrecht-alert--error rh-alert rh-acute-banner"
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <Paragraph id="acute-safety-title" className="rh-acute-banner__title">
            Acute onveiligheid{subjects ? `: ${subjects}` : ""}
          </Paragraph>
          <Paragraph>
            Op <time dateTime={acute.assessedOn ?? undefined}>{formatDate(acute.assessedOn)}</time> schatte{" "}
            {who} de veiligheid in als acuut onveilig
            {acute.score !== null ? ` (veiligheidsscore ${acute.score} van 10, risico hoog)` : ""}.
          </Paragraph>
          {acute.conclusion ? (
            <Paragraph className="rh-acute-banner__conclusion">{acute.conclusion}</Paragraph>
          ) : null}
          <Paragraph>
            <RouterLink to={`${casePath(caseId, "beeld")}#${BEELD_SECTIONS.safety.id}`}>
              Bekijk de veiligheidsinschatting
            </RouterLink>
          </Paragraph>
        </div>
      </div>
    </section>
  );
}
