import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  Paragraph,
} from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { ColumnTable } from "../../components/ColumnTable";
import type { Column } from "../../components/ColumnTable";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { formatEuro } from "../../components/money";
import { usePageTitle } from "../../components/usePageTitle";
import { generalErrorMessages } from "../../errors";
import { DOMAIN_LABELS, formatDate, label } from "../../labels";
import { useCaseContext } from "../cases/caseContext";
import { type ReferralRow } from "./types";
import { ReferralForm } from "./ReferralForm";
import { REFERRAL_KIND_LABELS } from "./referralInput";
import { CaseReferralsDocument } from "../../generated/graphql";
import { reloadWith } from "../../reload";

type Budget = NonNullable<ReturnType<typeof useReferrals>["found"]>["budget"];

function useReferrals(caseId: string) {
  const { data, error, loading, refetch } = useQuery(CaseReferralsDocument, {
    variables: { id: caseId },
    fetchPolicy: "cache-and-network",
  });
  return { found: data?.case, error, loading, refetch };
}

/** "Verwijzingen": care deployed (verwijzingen en beschikkingen) and what it costs: the case budget. */
export function ReferralsPage() {
  const { caseData } = useCaseContext();
  usePageTitle(`Verwijzingen – ${caseData.title}`);
  const { found, error, loading, refetch } = useReferrals(caseData.id);
  const canRecord = caseData.viewerCan.includes("RECORD_ITEM");
  return (
    <>
      <Heading level={2}>Verwijzingen en beschikkingen</Heading>
      <Paragraph>
        De zorg die voor dit gezin is ingezet, bij welke aanbieder, in welke periode en wat het kost. U ziet
        alleen verwijzingen waarvoor uw organisatie toestemming heeft; de bedragen tellen alleen die mee.
      </Paragraph>
      {error ? <ErrorAlert messages={generalErrorMessages(error)} /> : null}
      {!found && loading ? <Loading /> : null}
      {found ? (
        <>
          <BudgetFacts budget={found.budget} />
          {found.referrals.length === 0 ? (
            <Paragraph>Er zijn (voor u) nog geen verwijzingen vastgelegd.</Paragraph>
          ) : (
            <ColumnTable
              aria-label="Verwijzingen"
              rowHeaders={false}
              columns={REFERRAL_COLUMNS}
              rows={found.referrals}
            />
          )}
        </>
      ) : null}
      {canRecord ? (
        <ReferralForm caseId={caseData.id} persons={caseData.persons} onRecorded={reloadWith(refetch)} />
      ) : null}
    </>
  );
}

/** What the referrals the viewer may see cost in total and now. */
function BudgetFacts({ budget }: { budget: Budget }) {
  return (
    <DataList className="rh-facts">
      <DataListItem>
        <DataListKey>Totale kosten</DataListKey>
        <DataListValue data-testid="budget-total">{formatEuro(budget.totalCostCents)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Kosten van zorg die nu loopt</DataListKey>
        <DataListValue>{formatEuro(budget.activeCostCents)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>Aantal</DataListKey>
        <DataListValue>{budget.referralCount}</DataListValue>
      </DataListItem>
    </DataList>
  );
}

const REFERRAL_COLUMNS: Column<ReferralRow>[] = [
  {
    header: "Soort",
    cell: (r) => (
      <>
        {r.referralKind ? label(REFERRAL_KIND_LABELS, r.referralKind) : null}
        {r.reference ? <span className="rh-muted"> ({r.reference})</span> : null}
      </>
    ),
  },
  {
    header: "Zorg",
    cell: (r) => (
      <>
        {r.care}
        <br />
        <span className="rh-muted">{label(DOMAIN_LABELS, r.domain)}</span>
      </>
    ),
  },
  { header: "Aanbieder", cell: (r) => r.providerName },
  { header: "Voor", cell: (r) => (r.subjects ?? []).map((p) => p.fullName).join(", ") },
  {
    header: "Periode",
    cell: (r) => `${formatDate(r.startsOn)} – ${r.endsOn ? formatDate(r.endsOn) : "doorlopend"}`,
  },
  {
    header: "Kosten",
    cell: (r) => (r.costCents !== null && r.costCents !== undefined ? formatEuro(r.costCents) : ""),
  },
];
