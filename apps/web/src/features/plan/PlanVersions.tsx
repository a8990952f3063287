import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { TableScroll } from "../../components/TableScroll";
import { formatShortDate } from "../../labels";
import { useCaseContext } from "../cases/caseContext";
import { PlanStatusBadge } from "./Badges";
import { contentErrors } from "./errors";
import { versionLabel } from "./labels";
import type { PlanSummary } from "./types";
import { PlanVersionView } from "./PlanVersion";
import { useFreshQuery } from "./useFreshQuery";
import { PlanVersionDocument } from "../../generated/graphql";

// "Alle versies" of the plan page: the table of every version, and an earlier one to read on request.

interface VersionTableProps {
  plans: readonly PlanSummary[];
  viewable: ReadonlySet<string>;
  viewing: string | null;
  onView: (id: string) => void;
}

export function VersionTable({ plans, viewable, viewing, onView }: VersionTableProps) {
  return (
    <TableScroll label="Versies van het gezinsplan">
      <Table className="rh-table">
        <caption className="rh-visually-hidden">Versies van het gezinsplan, nieuwste eerst</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Versie</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Afgesproken met gezin</TableHeaderCell>
            <TableHeaderCell scope="col">Vastgesteld</TableHeaderCell>
            <TableHeaderCell scope="col">Vervangen</TableHeaderCell>
            <TableHeaderCell scope="col">
              <span className="rh-visually-hidden">Inzien</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {plans.map((plan) => (
            <TableRow key={plan.id}>
              <TableHeaderCell scope="row" className="rh-row-header">
                {versionLabel(plan.number)}
              </TableHeaderCell>
              <TableCell>
                <PlanStatusBadge status={plan.status} />
              </TableCell>
              {[plan.agreedOn, plan.approvedOn, plan.supersededOn].map((date, i) => (
                <TableCell key={i}>{formatShortDate(date) || "–"}</TableCell>
              ))}
              <TableCell>
                {viewable.has(plan.id) ? (
                  <Button
                    appearance="subtle-button"
                    aria-expanded={viewing === plan.id}
                    onClick={() => onView(plan.id)}
                  >
                    {viewing === plan.id ? "Verbergen" : "Bekijken"}
                    <span className="rh-visually-hidden"> ({versionLabel(plan.number).toLowerCase()})</span>
                  </Button>
                ) : (
                  <span className="rh-muted">Hierboven</span>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

/** An earlier (superseded) version, read only. */
export function EarlierVersion({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { caseData } = useCaseContext();
  const { data, error, reload } = useFreshQuery(PlanVersionDocument, { id: planId });
  const item = data?.dossierItem;
  const plan = item && item.__typename === "Plan" ? item : null;
  return (
    <div className="rh-plan-page__earlier">
      <ErrorAlert messages={contentErrors(error)} />
      {!plan && !error ? <Loading /> : null}
      {plan ? (
        <PlanVersionView
          plan={plan}
          caseData={caseData}
          title="Eerdere versie"
          onChanged={reload}
          onNotice={() => undefined}
        />
      ) : null}
      <Button appearance="secondary-action-button" onClick={onClose}>
        Eerdere versie sluiten
      </Button>
    </div>
  );
}
