import { Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { CheckboxGroup } from "../../components/CheckboxGroup";
import { DOMAIN_LABELS, label } from "../../labels";
import type { Domain } from "../../generated/graphql";
import { AssessmentForm } from "./AssessmentForm";
import { DomainDetail } from "./DomainDetail";
import { BEELD_SECTIONS } from "./BeeldNav";
import { InventorySection } from "./InventorySection";
import type { BeeldSectionProps } from "./InventorySection";
import { ZRM_DOMAINS } from "./labels";
import type { AssessmentRow, ProgressRow } from "./types";
import { ZrmMatrix } from "./ZrmMatrix";
import { initialChartDomains } from "./zrmMatrix";

export interface SelfRelianceSectionProps extends BeeldSectionProps {
  progress: readonly ProgressRow[];
  assessments: readonly AssessmentRow[];
}

/**
 * "Zelfredzaamheid": the ZRM overview (domains × dates), and for the domains the professional chooses the
 * trend per person, the line chart and the scores with their explanation.
 */
export function SelfRelianceSection({ progress, assessments, ...page }: SelfRelianceSectionProps) {
  const { persons } = page;
  const personIndex = (id: string) => {
    const i = persons.findIndex((p) => p.id === id);
    return i === -1 ? persons.length : i;
  };
  // Until the professional chooses, one domain with a trend is open (see initialChartDomains).
  const [chosen, setChosen] = useState<Domain[] | null>(null);
  const withScores = new Set([...progress.map((p) => p.domain), ...assessments.map((a) => a.domain)]);
  const domains = [...ZRM_DOMAINS, ...[...withScores].filter((d) => !ZRM_DOMAINS.includes(d))].filter((d) =>
    withScores.has(d),
  );
  const selected = (chosen ?? initialChartDomains(progress)).filter((d) => withScores.has(d));

  return (
    <InventorySection
      {...page}
      section={BEELD_SECTIONS.selfReliance}
      intro="Scores op de Zelfredzaamheid-Matrix (ZRM), van 1 (acuut) tot 5 (volledig zelfredzaam), per persoon en leefgebied. Door opnieuw te scoren wordt zichtbaar of het gezin vooruitgaat."
      record={{ label: "Zelfredzaamheid scoren", form: AssessmentForm }}
    >
      {domains.length === 0 ? (
        <Paragraph className="rh-muted">Er zijn nog geen scores die u mag zien.</Paragraph>
      ) : (
        <>
          <ZrmMatrix assessments={assessments} personIndex={personIndex} />
          <CheckboxGroup
            id="self-reliance-chart-domains"
            legend="Verloop in een grafiek"
            options={domains.map((d) => ({ value: d, label: label(DOMAIN_LABELS, d) }))}
            selected={selected}
            onChange={setChosen}
            grid
          >
            Kies de leefgebieden waarvan u het verloop, de grafiek en de toelichtingen wilt zien.
          </CheckboxGroup>
        </>
      )}
      {selected.map((domain) => (
        <DomainDetail
          key={domain}
          domain={domain}
          domainLabel={label(DOMAIN_LABELS, domain)}
          rows={progress
            .filter((p) => p.domain === domain && p.points.length > 0)
            .sort((a, b) => personIndex(a.person.id) - personIndex(b.person.id))}
          assessments={assessments
            .filter((a) => a.domain === domain)
            .sort(
              (a, b) =>
                personIndex(a.person?.id ?? "") - personIndex(b.person?.id ?? "") ||
                (a.assessedOn ?? "").localeCompare(b.assessedOn ?? ""),
            )}
          personIndex={personIndex}
        />
      ))}
    </InventorySection>
  );
}
