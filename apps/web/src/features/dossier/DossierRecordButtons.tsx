import { RouterButtonLink } from "../../components/RouterLink";
import { casePath } from "../cases/caseContext";
import type { CaseDetail } from "../cases/types";

/** "Observatie vastleggen" and "Gespreksverslag vastleggen", for whoever may record items. */
export function DossierRecordButtons({ caseData }: { caseData: Pick<CaseDetail, "id" | "viewerCan"> }) {
  if (!caseData.viewerCan.includes("RECORD_ITEM")) return null;
  return (
    <div className="rh-actions rh-actions--tight">
      <RouterButtonLink
        to={casePath(caseData.id, "dossier/observatie-vastleggen")}
        appearance="primary-action-button"
      >
        Observatie vastleggen
      </RouterButtonLink>
      <RouterButtonLink
        to={casePath(caseData.id, "dossier/gespreksverslag-vastleggen")}
        appearance="secondary-action-button"
      >
        Gespreksverslag vastleggen
      </RouterButtonLink>
    </div>
  );
}
