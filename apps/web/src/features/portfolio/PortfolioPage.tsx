import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import { NetworkStatus } from "@apollo/client";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { RouterLink } from "../../components/RouterLink";
import { TableScroll } from "../../components/TableScroll";
import { usePageTitle } from "../../components/usePageTitle";
import { generalErrorMessages } from "../../errors";
import { FRAMEWORK_LABELS, PHASE_LABELS, label } from "../../labels";
import { LIVE_PORTFOLIO_EVENTS_SUBSCRIPTION } from "../../live/operations";
import { useLiveRefetch } from "../../live/useLiveEvents";
import type { CaseFramework, CasePhase } from "../../generated/graphql";
import { EscalationBadge } from "../cases/CaseListPage";
import { ORGANISATIONS_QUERY, PROFESSIONALS_QUERY } from "../cases/operations";
import { base64ToBytes, downloadBytes } from "../plan/download";
import { PhaseChart } from "./PhaseChart";
import { PortfolioCharts } from "./PortfolioCharts";
import {
  PORTFOLIO_CSV_QUERY,
  PORTFOLIO_QUERY,
  PORTFOLIO_SUMMARY_QUERY,
  type PortfolioItem,
} from "./operations";

const PAGE_SIZE = 50;

const ORDERS = {
  URGENCY: "Urgentie",
  WEEKS_IN_PHASE: "Weken in fase",
  LAST_ACTIVITY: "Laatste activiteit (oudste eerst)",
  BUDGET_USE: "Budgetgebruik",
} as const;
type Order = keyof typeof ORDERS;
const isOrder = (value: string | null): value is Order => value !== null && value in ORDERS;

/**
 * "Portefeuille": the procesregisseur's cases, most urgent first, each with the reasons for its place — process
 * information only (counts, dates, phases), never dossier content. Filters and order live in the URL; the list
 * follows case-level changes live (`portfolioEvents`).
 */
export function PortfolioPage() {
  usePageTitle("Portefeuille");
  const [searchParams, setSearchParams] = useSearchParams();
  const stalled = searchParams.get("vastgelopen") === "ja";
  const overdue = searchParams.get("te-laat") === "ja";
  const escalated = searchParams.get("opgeschaald") === "ja";
  const overBudget = searchParams.get("over-budget") === "ja";
  const phaseParam = searchParams.get("fase");
  const phase = phaseParam && phaseParam in PHASE_LABELS ? (phaseParam as CasePhase) : null;
  const frameworkParam = searchParams.get("kader");
  const framework =
    frameworkParam && frameworkParam in FRAMEWORK_LABELS ? (frameworkParam as CaseFramework) : null;
  const casusregisseurId = searchParams.get("casusregisseur");
  const organisationId = searchParams.get("organisatie");
  const orderParam = searchParams.get("volgorde");
  const orderBy: Order = isOrder(orderParam) ? orderParam : "URGENCY";
  const filtered =
    stalled ||
    overdue ||
    escalated ||
    overBudget ||
    !!phase ||
    !!framework ||
    !!casusregisseurId ||
    !!organisationId;

  const filter = {
    stalled: stalled ? true : null,
    overdue: overdue ? true : null,
    escalated: escalated ? true : null,
    overBudget: overBudget ? true : null,
    phases: phase ? [phase] : null,
    frameworks: framework ? [framework] : null,
    casusregisseurId: casusregisseurId || null,
    organisationId: organisationId || null,
  };
  const directors =
    useQuery(PROFESSIONALS_QUERY, { variables: { role: "CASUSREGISSEUR" } }).data?.professionals ?? [];
  const organisations = useQuery(ORGANISATIONS_QUERY).data?.organisations ?? [];
  const client = useApolloClient();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);
  const exportCsv = async () => {
    if (exporting) return;
    setExporting(true);
    setExportError(null);
    try {
      const result = await client.query({
        query: PORTFOLIO_CSV_QUERY,
        variables: { filter, orderBy },
        fetchPolicy: "no-cache",
      });
      const file = result.data?.portfolioCsv;
      if (!file) throw result.error ?? new Error("Geen bestand ontvangen.");
      downloadBytes(base64ToBytes(file.contentBase64), file.fileName, file.mediaType);
    } catch (err) {
      setExportError(err);
    } finally {
      setExporting(false);
    }
  };
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(PORTFOLIO_QUERY, {
    variables: { filter, orderBy, first: PAGE_SIZE },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.portfolio;
  const summary = useQuery(PORTFOLIO_SUMMARY_QUERY, { fetchPolicy: "cache-and-network" }).data
    ?.portfolioSummary;
  const loadedOnce = useRef(false);
  if (connection) loadedOnce.current = true;
  useLiveRefetch(LIVE_PORTFOLIO_EVENTS_SUBSCRIPTION, {
    variables: {},
    skip: !loadedOnce.current,
    seqOf: (event) => event.portfolioEvents.seq,
  });

  const setParam = (key: string, value: string | null) => {
    const params = new URLSearchParams(searchParams);
    if (value) params.set(key, value);
    else params.delete(key);
    setSearchParams(params);
  };
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const loadMore = () => {
    const after = connection?.pageInfo.endCursor;
    if (!after || loadingMore) return;
    void fetchMore({ variables: { after } }).catch(() => undefined);
  };

  return (
    <>
      <div className="rh-page-title">
        <Heading level={1}>Portefeuille</Heading>
        <Button appearance="secondary-action-button" onClick={() => void exportCsv()} busy={exporting}>
          Exporteren (CSV)
        </Button>
      </div>
      <ErrorAlert messages={generalErrorMessages(exportError)} heading="De export is niet gelukt." />
      <Paragraph>
        De casussen waarvan u de regie voert, de meest urgente bovenaan. Per casus staat waarom hij daar
        staat; u ziet alleen procesinformatie (aantallen, data, fasen), geen inhoud uit het dossier.
      </Paragraph>

      <form aria-label="Portefeuille filteren" className="rh-filter" onSubmit={(e) => e.preventDefault()}>
        <FormField type="checkbox" className="rh-choices__item">
          <Checkbox
            id="portfolio-stalled"
            checked={stalled}
            onChange={(e) => setParam("vastgelopen", e.target.checked ? "ja" : null)}
          />
          <FormLabel htmlFor="portfolio-stalled" type="checkbox">
            Alleen vastgelopen casussen
          </FormLabel>
        </FormField>
        <FormField type="checkbox" className="rh-choices__item">
          <Checkbox
            id="portfolio-overdue"
            checked={overdue}
            onChange={(e) => setParam("te-laat", e.target.checked ? "ja" : null)}
          />
          <FormLabel htmlFor="portfolio-overdue" type="checkbox">
            Alleen casussen met acties te laat
          </FormLabel>
        </FormField>
        <FormField type="checkbox" className="rh-choices__item">
          <Checkbox
            id="portfolio-escalated"
            checked={escalated}
            onChange={(e) => setParam("opgeschaald", e.target.checked ? "ja" : null)}
          />
          <FormLabel htmlFor="portfolio-escalated" type="checkbox">
            Alleen opgeschaalde casussen
          </FormLabel>
        </FormField>
        <FormField type="checkbox" className="rh-choices__item">
          <Checkbox
            id="portfolio-over-budget"
            checked={overBudget}
            onChange={(e) => setParam("over-budget", e.target.checked ? "ja" : null)}
          />
          <FormLabel htmlFor="portfolio-over-budget" type="checkbox">
            Alleen casussen over budget
          </FormLabel>
        </FormField>
        <Field id="portfolio-phase" label="Fase">
          {(control) => (
            <Select
              {...control}
              name="fase"
              value={phase ?? ""}
              onChange={(e) => setParam("fase", e.target.value || null)}
            >
              <SelectOption value="">Alle fasen</SelectOption>
              {(Object.keys(PHASE_LABELS) as CasePhase[]).map((p) => (
                <SelectOption key={p} value={p}>
                  {label(PHASE_LABELS, p)}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <Field id="portfolio-framework" label="Kader">
          {(control) => (
            <Select
              {...control}
              name="kader"
              value={framework ?? ""}
              onChange={(e) => setParam("kader", e.target.value || null)}
            >
              <SelectOption value="">Alle kaders</SelectOption>
              {(Object.keys(FRAMEWORK_LABELS) as CaseFramework[]).map((f) => (
                <SelectOption key={f} value={f}>
                  {label(FRAMEWORK_LABELS, f)}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <Field id="portfolio-director" label="Casusregisseur">
          {(control) => (
            <Select
              {...control}
              name="casusregisseur"
              value={casusregisseurId ?? ""}
              onChange={(e) => setParam("casusregisseur", e.target.value || null)}
            >
              <SelectOption value="">Alle casusregisseurs</SelectOption>
              {directors.map((p) => (
                <SelectOption key={p.id} value={p.id}>
                  {p.name}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <Field id="portfolio-organisation" label="Organisatie in het team">
          {(control) => (
            <Select
              {...control}
              name="organisatie"
              value={organisationId ?? ""}
              onChange={(e) => setParam("organisatie", e.target.value || null)}
            >
              <SelectOption value="">Alle organisaties</SelectOption>
              {organisations.map((o) => (
                <SelectOption key={o.id} value={o.id}>
                  {o.name}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <Field id="portfolio-order" label="Volgorde">
          {(control) => (
            <Select
              {...control}
              name="volgorde"
              value={orderBy}
              onChange={(e) => setParam("volgorde", e.target.value === "URGENCY" ? null : e.target.value)}
            >
              {(Object.keys(ORDERS) as Order[]).map((order) => (
                <SelectOption key={order} value={order}>
                  {ORDERS[order]}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
      </form>

      <ErrorAlert messages={generalErrorMessages(error)}>
        <Button appearance="secondary-action-button" onClick={() => void refetch().catch(() => undefined)}>
          Opnieuw proberen
        </Button>
      </ErrorAlert>

      <p className="rh-result-count" role="status" aria-live="polite">
        {connection ? (connection.totalCount === 1 ? "1 casus" : `${connection.totalCount} casussen`) : ""}
      </p>

      {!connection && !error ? <Loading /> : null}

      {connection && connection.edges.length === 0 ? (
        <Paragraph>
          {filtered ? "Geen casussen die aan deze filters voldoen." : "U voert nog geen regie over casussen."}
        </Paragraph>
      ) : null}

      {connection && connection.edges.length > 0 ? (
        <PortfolioTable items={connection.edges.map((edge) => edge.node)} />
      ) : null}

      <LoadMore connection={connection} loading={loadingMore} onLoadMore={loadMore} />

      {summary && summary.total > 0 ? <PhaseChart summary={summary} /> : null}
      {summary && summary.total > 0 ? <PortfolioCharts /> : null}
    </>
  );
}

function PortfolioTable({ items }: { items: PortfolioItem[] }) {
  return (
    <TableScroll label="Portefeuille">
      <Table aria-label="Portefeuille" className="rh-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Casus</TableHeaderCell>
            <TableHeaderCell scope="col">Waarom hier</TableHeaderCell>
            <TableHeaderCell scope="col">Fase</TableHeaderCell>
            <TableHeaderCell scope="col">Kader</TableHeaderCell>
            <TableHeaderCell scope="col">
              Casus
              <wbr />
              regisseur
            </TableHeaderCell>
            <TableHeaderCell scope="col">Escalatie</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.caseId}>
              <TableCell>
                <RouterLink to={`/casussen/${encodeURIComponent(item.caseId)}`}>{item.title}</RouterLink>
                <br />
                <span className="rh-muted rh-nowrap">{item.reference}</span>
              </TableCell>
              <TableCell>
                {item.acuteSafety || item.stalled ? (
                  <StatusBadge status={item.acuteSafety ? "danger" : "warning"} className="rh-badge">
                    {item.acuteSafety ? "Acute onveiligheid" : "Vastgelopen"}
                  </StatusBadge>
                ) : null}
                {item.reasons.length > 0 ? (
                  <ul className="rh-reasons">
                    {item.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                ) : (
                  <span className="rh-muted">Geen signalen</span>
                )}
              </TableCell>
              <TableCell>
                {label(PHASE_LABELS, item.phase)}
                <br />
                <span className="rh-muted rh-nowrap">
                  {item.weeksInPhase === 1 ? "1 week" : `${item.weeksInPhase} weken`}
                </span>
              </TableCell>
              <TableCell>{label(FRAMEWORK_LABELS, item.framework)}</TableCell>
              <TableCell>
                {item.casusregisseur?.name ?? <span className="rh-muted">Nog niet toegewezen</span>}
              </TableCell>
              <TableCell>
                <EscalationBadge level={item.escalationLevel} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
