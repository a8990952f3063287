import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { useMutation, useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { RouterLink } from "../../components/RouterLink";
import { TableScroll } from "../../components/TableScroll";
import { usePageTitle } from "../../components/usePageTitle";
import { formatShortDate } from "../../labels";
import { casePath, useCaseContext } from "../cases/caseContext";
import { PlanStatusBadge } from "./Badges";
import { changeErrorMessages, contentErrors } from "./errors";
import { versionLabel } from "./labels";
import { DRAFT_FAMILY_PLAN_MUTATION, PLAN_PAGE_QUERY, PLAN_VERSION_QUERY } from "./operations";
import type { PlanSummary } from "./operations";
import { PlanVersionView, planHeadingId } from "./PlanVersion";
import "./plan.css";

/**
 * "Plan": the family plan in force and the version being prepared, with the goals per domain, their actions
 * and results, and every earlier version (readable on request).
 */
export function PlanPage() {
  const { caseData } = useCaseContext();
  usePageTitle(`Plan – ${caseData.title}`);
  const noticeRef = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [viewing, setViewing] = useState<string | null>(null);
  const [draftError, setDraftError] = useState<unknown>(null);
  const { data, error, refetch } = useQuery(PLAN_PAGE_QUERY, {
    variables: { caseId: caseData.id },
    fetchPolicy: "cache-and-network",
    errorPolicy: "all",
  });
  const [draftPlan, { loading: drafting }] = useMutation(DRAFT_FAMILY_PLAN_MUTATION);

  const found = data?.case;
  const canManage = caseData.viewerCan.includes("MANAGE_PLAN");
  const messages = contentErrors(error);

  const reload = async () => {
    await refetch().catch(() => undefined);
  };

  const showNotice = (message: string) => {
    setNotice(message);
    window.setTimeout(() => noticeRef.current?.focus(), 0);
  };

  const startDraft = async () => {
    if (drafting) return;
    setDraftError(null);
    setNotice(null);
    try {
      const result = await draftPlan({ variables: { input: { caseId: caseData.id } } });
      await reload();
      const created = result.data?.draftPlan;
      if (created) {
        setNotice(`${versionLabel(created.number)} is aangemaakt als concept.`);
        window.setTimeout(() => document.getElementById(planHeadingId(created.id))?.focus(), 0);
      }
    } catch (err) {
      setDraftError(err);
    }
  };

  const others = (found?.plans ?? []).filter(
    (p) => p.id !== found?.draftPlan?.id && p.id !== found?.currentPlan?.id,
  );

  return (
    <section aria-labelledby="plan-page-heading" className="rh-section rh-plan-page">
      <div className="rh-page-title rh-page-title--section">
        <Heading level={2} id="plan-page-heading">
          Gezinsplan
        </Heading>
        <ButtonGroup>
          <RouterLink to={casePath(caseData.id, "gezinsplan")}>Gezinsversie en PDF</RouterLink>
        </ButtonGroup>
      </div>
      <Paragraph>
        Het plan van het gezin en de partners: het gewenste perspectief, de doelen per leefgebied in de
        woorden van het gezin en van de professionals, wie wat doet en wat er al bereikt is.
      </Paragraph>

      <div ref={noticeRef} tabIndex={-1}>
        {notice ? (
          <Alert type="ok" className="rh-alert">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <ErrorAlert messages={messages}>
        <Button appearance="secondary-action-button" onClick={() => void reload()}>
          Opnieuw proberen
        </Button>
      </ErrorAlert>

      {!found && !error ? <Loading /> : null}

      {found && canManage && !found.draftPlan ? (
        <div className="rh-plan-page__start">
          <ErrorAlert
            messages={changeErrorMessages(draftError)}
            heading="Er is geen nieuwe versie opgesteld."
          />
          <Paragraph>
            {found.currentPlan
              ? "Wilt u het plan aanpassen? Stel een nieuwe versie op; de doelen van het geldende plan worden overgenomen."
              : "Er is nog geen gezinsplan. Stel een eerste versie op en bespreek die met het gezin."}
          </Paragraph>
          <Button appearance="primary-action-button" busy={drafting} onClick={() => void startDraft()}>
            Nieuwe versie opstellen
          </Button>
        </div>
      ) : null}

      {found && !found.draftPlan && !found.currentPlan && !canManage ? (
        <Paragraph>Er is nog geen gezinsplan.</Paragraph>
      ) : null}

      {found?.draftPlan ? (
        <PlanVersionView
          plan={found.draftPlan}
          caseData={caseData}
          title="In voorbereiding"
          onChanged={reload}
          onNotice={showNotice}
        />
      ) : null}

      {found?.currentPlan ? (
        <PlanVersionView
          plan={found.currentPlan}
          caseData={caseData}
          title="Geldend plan"
          onChanged={reload}
          onNotice={showNotice}
        />
      ) : null}

      {found && found.plans.length > 0 ? (
        <section aria-labelledby="plan-versions-heading" className="rh-section">
          <Heading level={3} id="plan-versions-heading">
            Alle versies
          </Heading>
          <VersionTable
            plans={found.plans}
            viewable={new Set(others.map((p) => p.id))}
            viewing={viewing}
            onView={(id) => setViewing(viewing === id ? null : id)}
          />
          {viewing && others.some((p) => p.id === viewing) ? (
            <EarlierVersion planId={viewing} onClose={() => setViewing(null)} />
          ) : null}
        </section>
      ) : null}
    </section>
  );
}

interface VersionTableProps {
  plans: readonly PlanSummary[];
  viewable: ReadonlySet<string>;
  viewing: string | null;
  onView: (id: string) => void;
}

function VersionTable({ plans, viewable, viewing, onView }: VersionTableProps) {
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
              <TableCell>{formatShortDate(plan.agreedOn) || "–"}</TableCell>
              <TableCell>{formatShortDate(plan.approvedOn) || "–"}</TableCell>
              <TableCell>{formatShortDate(plan.supersededOn) || "–"}</TableCell>
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
function EarlierVersion({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { caseData } = useCaseContext();
  const { data, error, refetch } = useQuery(PLAN_VERSION_QUERY, {
    variables: { id: planId },
    fetchPolicy: "cache-and-network",
    errorPolicy: "all",
  });
  const item = data?.dossierItem;
  const plan = item && item.__typename === "Plan" ? item : null;
  const messages = contentErrors(error);
  return (
    <div className="rh-plan-page__earlier">
      <ErrorAlert messages={messages} />
      {!plan && !error ? <Loading /> : null}
      {plan ? (
        <PlanVersionView
          plan={plan}
          caseData={caseData}
          title="Eerdere versie"
          onChanged={async () => {
            await refetch().catch(() => undefined);
          }}
          onNotice={() => undefined}
        />
      ) : null}
      <Button appearance="secondary-action-button" onClick={onClose}>
        Eerdere versie sluiten
      </Button>
    </div>
  );
}
