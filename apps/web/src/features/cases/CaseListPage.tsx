import {
  Button,
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
  Textbox,
} from "@utrecht/component-library-react";
import { NetworkStatus } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import type { FormEvent } from "react";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { Loading } from "../../components/Loading";
import { LoadMore } from "../../components/LoadMore";
import { RouterButtonLink, RouterLink } from "../../components/RouterLink";
import { TableScroll } from "../../components/TableScroll";
import { usePageTitle } from "../../components/usePageTitle";
import { generalErrorMessages } from "../../errors";
import {
  CASE_PHASES,
  FRAMEWORK_LABELS,
  PHASE_LABELS,
  countCases,
  escalationLabel,
  formatShortDate,
  isCasePhase,
  label,
} from "../../labels";
import { LIVE_PORTFOLIO_EVENTS_SUBSCRIPTION } from "../../live/operations";
import { useLiveRefetch } from "../../live/useLiveEvents";
import { useViewerCan } from "../../viewer";
import { FindByReference } from "../partner-references/FindByReference";
import { CASE_LIST_QUERY } from "./operations";
import type { CaseListItem } from "./operations";

const PAGE_SIZE = 25;

/**
 * "Casussen": the cases the viewer may see, filtered by phase and search text kept in the URL, updated live
 * (`portfolioEvents`).
 */
export function CaseListPage() {
  usePageTitle("Casussen");
  const canOpenCase = useViewerCan("OPEN_CASE");
  const canFindByReference = useViewerCan("FIND_BY_REFERENCE");
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.get("search") ?? "";
  const phaseParam = searchParams.get("phase");
  const phase = isCasePhase(phaseParam) ? phaseParam : null;

  const { data, error, networkStatus, fetchMore, refetch } = useQuery(CASE_LIST_QUERY, {
    variables: {
      filter: { phases: phase ? [phase] : null, search: search.trim() || null },
      first: PAGE_SIZE,
    },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });

  const updateFilter = (next: { search?: string; phase?: string | null }) => {
    const params = new URLSearchParams(searchParams);
    if (next.search !== undefined) {
      if (next.search.trim()) params.set("search", next.search.trim());
      else params.delete("search");
    }
    if (next.phase !== undefined) {
      if (next.phase) params.set("phase", next.phase);
      else params.delete("phase");
    }
    setSearchParams(params);
  };

  const connection = data?.cases;
  // Live: case-level changes (opened, phase, escalation, directors …) in the viewer's cases reload the list
  // without reload, keeping the pages already loaded. Subscribed once the list has first loaded.
  const loadedOnce = useRef(false);
  if (connection) loadedOnce.current = true;
  useLiveRefetch(LIVE_PORTFOLIO_EVENTS_SUBSCRIPTION, {
    variables: {},
    skip: !loadedOnce.current,
    seqOf: (event) => event.portfolioEvents.seq,
  });
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const initialLoading = !connection && !error;

  const loadMore = () => {
    const after = connection?.pageInfo.endCursor;
    if (!after || loadingMore) return;
    void fetchMore({ variables: { after } }).catch(() => undefined);
  };

  return (
    <>
      <div className="rh-page-title">
        <Heading level={1}>Casussen</Heading>
        {canOpenCase ? (
          <RouterButtonLink to="/casussen/nieuw" appearance="primary-action-button">
            Nieuwe casus
          </RouterButtonLink>
        ) : null}
      </div>

      <CaseFilterForm
        search={search}
        phase={phase}
        onSearch={(value) => updateFilter({ search: value })}
        onPhase={(value) => updateFilter({ phase: value })}
      />

      {canFindByReference ? <FindByReference /> : null}

      <ErrorAlert messages={generalErrorMessages(error)}>
        <Button appearance="secondary-action-button" onClick={() => void refetch().catch(() => undefined)}>
          Opnieuw proberen
        </Button>
      </ErrorAlert>

      <p className="rh-result-count" role="status" aria-live="polite">
        {connection ? countCases(connection.totalCount) : ""}
      </p>

      {initialLoading ? <Loading /> : null}

      {connection && connection.edges.length === 0 ? (
        <Paragraph>
          {search || phase
            ? "Geen casussen gevonden die aan de zoekopdracht voldoen."
            : "Er zijn nog geen casussen."}
        </Paragraph>
      ) : null}

      {connection && connection.edges.length > 0 ? (
        <CaseTable cases={connection.edges.map((edge) => edge.node)} compact />
      ) : null}

      <LoadMore connection={connection} loading={loadingMore} onLoadMore={loadMore} />
    </>
  );
}

interface CaseFilterFormProps {
  search: string;
  phase: string | null;
  onSearch: (value: string) => void;
  onPhase: (value: string | null) => void;
}

function CaseFilterForm({ search, phase, onSearch, onPhase }: CaseFilterFormProps) {
  const [text, setText] = useState(search);
  // Follow the URL (back/forward, links) without remounting the form, so focus stays where it is.
  useEffect(() => setText(search), [search]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(text);
  };
  return (
    <form role="search" aria-label="Casussen filteren" className="rh-filter" onSubmit={submit}>
      <Field id="case-search" label="Zoek op naam of kenmerk">
        {(control) => (
          <Textbox
            {...control}
            type="search"
            name="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <Field id="case-phase" label="Fase">
        {(control) => (
          <Select
            {...control}
            name="phase"
            value={phase ?? ""}
            onChange={(e) => onPhase(e.target.value || null)}
          >
            <SelectOption value="">Alle fasen</SelectOption>
            {CASE_PHASES.map((p) => (
              <SelectOption key={p} value={p}>
                {PHASE_LABELS[p]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <div className="rh-filter__submit">
        <Button type="submit" appearance="secondary-action-button">
          Zoeken
        </Button>
      </div>
    </form>
  );
}

function CaseTable({ cases, compact = false }: { cases: CaseListItem[]; compact?: boolean }) {
  return (
    <TableScroll label="Casussen">
      <Table aria-label="Casussen" className={compact ? "rh-table rh-table--cases" : "rh-table"}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
            <TableHeaderCell scope="col">Casus</TableHeaderCell>
            <TableHeaderCell scope="col">Fase</TableHeaderCell>
            <TableHeaderCell scope="col">Kader</TableHeaderCell>
            <TableHeaderCell scope="col">
              Casus
              <wbr />
              regisseur
            </TableHeaderCell>
            <TableHeaderCell scope="col">Geopend</TableHeaderCell>
            <TableHeaderCell scope="col">Escalatie</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {cases.map((c) => (
            <TableRow key={c.id}>
              <TableCell className="rh-nowrap">{c.reference}</TableCell>
              <TableCell>
                <RouterLink to={`/casussen/${encodeURIComponent(c.id)}`}>{c.title}</RouterLink>
              </TableCell>
              <TableCell>{label(PHASE_LABELS, c.phase)}</TableCell>
              <TableCell>{label(FRAMEWORK_LABELS, c.framework)}</TableCell>
              <TableCell>
                {c.casusregisseur?.name ?? <span className="rh-muted">Nog niet toegewezen</span>}
              </TableCell>
              <TableCell className="rh-nowrap">
                <time dateTime={c.openedOn}>{formatShortDate(c.openedOn)}</time>
              </TableCell>
              <TableCell>
                <EscalationBadge level={c.escalationLevel} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

export function EscalationBadge({ level }: { level: number }) {
  const [number, ...rest] = escalationLabel(level).split(" – ");
  const text = rest.length > 0 ? <span className="rh-escalation__text"> – {rest.join(" – ")}</span> : null;
  if (level <= 0) {
    return (
      <span className="rh-muted rh-escalation">
        {number}
        {text}
      </span>
    );
  }
  return (
    <StatusBadge
      status={level >= 3 ? "danger" : level === 2 ? "warning" : "neutral"}
      className={`rh-badge rh-escalation rh-escalation--${Math.min(level, 3)}`}
    >
      {number}
      {text}
    </StatusBadge>
  );
}
