import { Alert, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { IntroSection } from "../../components/IntroSection";
import { useEffect } from "react";
import { useLocation } from "react-router";
import { RetryErrorAlert } from "../../components/RetryErrorAlert";
import { Loading } from "../../components/Loading";
import { generalErrorMessages } from "../../errors";
import { BeeldNav } from "./BeeldNav";
import "./inventory.css";
import { NetworkSection } from "./NetworkSection";
import { SafetySection } from "./SafetySection";
import { SelfRelianceSection } from "./SelfRelianceSection";
import { useInventoryPage } from "./useInventoryPage";
import { InventoryBeeldDocument } from "../../generated/graphql";

/**
 * "Beeld" (inventory): team warnings, self-reliance over time, safety assessments and the network map. Shows
 * only what the viewer may see; the record forms only with RECORD_ITEM.
 */
export function BeeldPage() {
  const { caseData, canRecord, data, error, retry } = useInventoryPage("Beeld", InventoryBeeldDocument);
  const beeld = data?.case ?? null;
  const page = { caseId: caseData.id, persons: caseData.persons, canRecord };
  const { hash } = useLocation();
  const loaded = beeld !== null;

  // A link to a section (`…/beeld#safety-heading`, from the acute-safety banner) scrolls there once it is shown.
  useEffect(() => {
    if (!loaded || !hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [loaded, hash]);

  return (
    <IntroSection
      headingId="beeld-heading"
      title="Beeld"
      className="rh-inventory"
      intro="Het beeld van het gezin: hoe zelfredzaam iedereen is, hoe veilig de kinderen zijn en wie er om het gezin heen staan. U ziet alleen wat u mag zien."
    >
      <BeeldNav />

      {caseData.teamWarnings.length > 0 ? (
        <Alert type="warning" className="rh-alert">
          <Paragraph className="rh-alert__heading">Het team is niet compleet</Paragraph>
          <UnorderedList>
            {caseData.teamWarnings.map((w) => (
              <UnorderedListItem key={`${w.code}-${w.person.id}`}>{w.message}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      ) : null}

      <RetryErrorAlert messages={generalErrorMessages(error)} onRetry={retry} />

      {!beeld && !error ? <Loading /> : null}
      {beeld ? (
        <>
          <SelfRelianceSection
            {...page}
            progress={beeld.selfRelianceProgress}
            assessments={beeld.assessments}
          />
          <SafetySection {...page} items={beeld.safetyAssessments} />
          <NetworkSection {...page} members={beeld.networkMembers} />
        </>
      ) : null}
    </IntroSection>
  );
}
