import { Heading } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { usePersonExport } from "../inzage/usePersonExport";
import { Disclosure } from "../../components/Disclosure";
import "../plan/plan.css";
import type { CaseDetail } from "./types";
import { PersonForm } from "./PersonForm";
import { PersonsTable } from "./PersonsTable";
import { CaseBsnDocument } from "../../generated/graphql";

export interface PersonsSectionProps {
  caseData: CaseDetail;
  onChanged: () => Promise<void>;
}

/** "Gezinsleden": the family members (BSN with READ_BSN, inzage export), and "Gezinslid toevoegen" behind a button. */
export function PersonsSection({ caseData, onChanged }: PersonsSectionProps) {
  const can = (action: CaseDetail["viewerCan"][number]) => caseData.viewerCan.includes(action);
  const canReadBsn = can("READ_BSN");
  // BSN is only asked for once we know the viewer may read it.
  const bsnQuery = useQuery(CaseBsnDocument, { variables: { id: caseData.id }, skip: !canReadBsn });
  const inzage = usePersonExport();
  const bsnById = new Map((bsnQuery.data?.case?.persons ?? []).map((p) => [p.id, p.bsn]));

  const added = async () => {
    await onChanged();
    if (canReadBsn) await bsnQuery.refetch().catch(() => undefined);
  };

  return (
    <section aria-labelledby="persons-heading" className="rh-section">
      <Heading level={2} id="persons-heading">
        Gezinsleden
      </Heading>
      {can("EXPORT_PERSON") ? inzage.status : null}
      <PersonsTable
        persons={caseData.persons}
        showBsn={canReadBsn}
        bsnById={bsnById}
        onExport={can("EXPORT_PERSON") ? (p) => void inzage.run(p) : null}
        exportingId={inzage.busyId}
      />
      {can("ADD_PERSON") ? (
        <Disclosure label="Gezinslid toevoegen">
          {() => <PersonForm caseId={caseData.id} onAdded={added} />}
        </Disclosure>
      ) : null}
    </section>
  );
}
