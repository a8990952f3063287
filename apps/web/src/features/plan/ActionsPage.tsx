import { Alert, Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { RadioGroup } from "../../components/RadioGroup";
import { usePageTitle } from "../../components/usePageTitle";
import { LiveChangeBadge, LiveChangeNote } from "../../components/LiveChange";
import type { ActionScope, ActionStatus } from "../../generated/graphql";
import { DOMAIN_LABELS, formatDate, label } from "../../labels";
import { useLiveHighlight } from "../../live/useLiveHighlight";
import { useCaseContext } from "../cases/caseContext";
import { ActionStatusControl } from "./ActionStatusControl";
import { ActionStatusBadge, DoorbraakBadge, OverdueBadge } from "./Badges";
import { contentErrors } from "./errors";
import { ownerText } from "./GoalCard";
import {
  ACTION_SCOPES,
  ACTION_SCOPE_LABELS,
  ACTION_SCOPE_PARAMS,
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  actionChangeText,
  countActions,
} from "./labels";
import { ACTION_BOARD_QUERY } from "./operations";
import type { BoardAction } from "./operations";
import "./plan.css";

function scopeFromParam(value: string | null): ActionScope {
  return ACTION_SCOPES.find((s) => ACTION_SCOPE_PARAMS[s] === value) ?? "ALL";
}

/**
 * "Acties": the action board across partners — mine, my organisation's or all the viewer may see — in columns
 * per status, overdue actions marked "Te laat", with a quick status change per action.
 */
export function ActionsPage() {
  const { caseData } = useCaseContext();
  usePageTitle(`Acties – ${caseData.title}`);
  const [searchParams, setSearchParams] = useSearchParams();
  // The choice is kept here (so the radio button follows the click at once) and in the address (so a link or
  // reload keeps it).
  const [scope, setScopeState] = useState<ActionScope>(() => scopeFromParam(searchParams.get("acties")));
  const noticeRef = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(ACTION_BOARD_QUERY, {
    variables: { caseId: caseData.id, filter: { scope } },
    fetchPolicy: "cache-and-network",
    errorPolicy: "all",
  });
  const actions = data?.case?.actions;
  const messages = contentErrors(error);
  const overdue = actions?.filter((a) => a.overdue).length ?? 0;
  // Changes by others arrive through the case's live reload (CaseLayout): marked and announced.
  const live = useLiveHighlight(actions, `${caseData.id}|${scope}`, actionChangeText);

  const setScope = (next: ActionScope) => {
    setScopeState(next);
    const params = new URLSearchParams(searchParams);
    if (next === "ALL") params.delete("acties");
    else params.set("acties", ACTION_SCOPE_PARAMS[next]);
    setSearchParams(params, { replace: true });
  };

  const changed = async (message: string) => {
    await refetch().catch(() => undefined);
    if (message) {
      setNotice(message);
      window.setTimeout(() => noticeRef.current?.focus(), 0);
    }
  };

  const columns = ACTION_STATUSES.map((status) => ({
    status,
    actions: (actions ?? []).filter((a) => a.status === status),
  }));
  const redacted = (actions ?? []).filter((a) => a.redacted || !a.status);

  return (
    <section aria-labelledby="actions-heading" className="rh-section rh-board">
      <Heading level={2} id="actions-heading">
        Acties
      </Heading>
      <Paragraph>
        Wie doet wat, en wanneer, over alle partners heen. Acties waarvan de datum voorbij is, staan
        gemarkeerd met ‘Te laat’.
      </Paragraph>

      <RadioGroup
        id="action-scope"
        legend="Welke acties"
        className="rh-choices--row rh-board__scope"
        options={ACTION_SCOPES.map((s) => ({ value: s, label: ACTION_SCOPE_LABELS[s] }))}
        value={scope}
        onChange={setScope}
      />

      <LiveChangeNote announcement={live.announcement} />
      <div ref={noticeRef} tabIndex={-1}>
        {notice ? (
          <Alert type="ok" className="rh-alert">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        ) : null}
      </div>
      <ErrorAlert messages={messages}>
        <Button appearance="secondary-action-button" onClick={() => void refetch().catch(() => undefined)}>
          Opnieuw proberen
        </Button>
      </ErrorAlert>

      {!actions && !error ? <Loading /> : null}
      {actions ? (
        <p className="rh-result-count" role="status">
          {countActions(actions.length)}
          {overdue > 0 ? `, waarvan ${overdue} te laat` : ""}
        </p>
      ) : null}

      {actions && actions.length > 0 ? (
        <div className="rh-board__columns">
          {columns.map((column) => (
            <section
              key={column.status}
              aria-labelledby={`board-${column.status}-heading`}
              className={`rh-board__column rh-board__column--${column.status.toLowerCase()}`}
            >
              <Heading level={3} id={`board-${column.status}-heading`} className="rh-board__column-heading">
                {label(ACTION_STATUS_LABELS, column.status)}{" "}
                <span className="rh-board__count">({column.actions.length})</span>
              </Heading>
              {column.actions.length === 0 ? (
                <Paragraph className="rh-muted">Geen acties.</Paragraph>
              ) : (
                <ul className="rh-board__list">
                  {column.actions.map((action) => (
                    <li key={action.id}>
                      <BoardCard
                        action={action}
                        onChanged={changed}
                        onSaving={live.ignoreNextChange}
                        changedLive={live.highlighted.has(action.id)}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      ) : null}
      {redacted.length > 0 ? (
        <Paragraph className="rh-muted">
          {countActions(redacted.length)} vallen buiten de toestemming die uw organisatie heeft.
        </Paragraph>
      ) : null}
      {actions && actions.length === 0 ? (
        <Paragraph>
          {scope === "MINE"
            ? "U heeft geen acties in deze casus."
            : scope === "ORGANISATION"
              ? "Uw organisatie heeft geen acties in deze casus."
              : "Er zijn nog geen acties. Acties horen bij een doel van het plan."}
        </Paragraph>
      ) : null}
    </section>
  );
}

function BoardCard({
  action,
  onChanged,
  onSaving,
  changedLive,
}: {
  action: BoardAction;
  onChanged: (notice: string) => Promise<void>;
  onSaving: (actionId: string) => () => void;
  changedLive: boolean;
}) {
  const headingId = `board-action-${action.id}-heading`;
  const goal = action.goal;
  const status = action.status as ActionStatus;
  return (
    <article
      aria-labelledby={headingId}
      className={`rh-board-card${action.overdue ? " rh-board-card--overdue" : ""}${changedLive ? " rh-live-changed" : ""}`}
    >
      <Heading level={4} id={headingId} className="rh-board-card__title">
        {action.title}
      </Heading>
      <p className="rh-board-card__badges">
        <ActionStatusBadge status={status} />
        {action.overdue ? <OverdueBadge /> : null}
        {action.doorbraak ? <DoorbraakBadge /> : null}
        {changedLive ? <LiveChangeBadge /> : null}
      </p>
      <dl className="rh-board-card__facts">
        <dt>Wie</dt>
        <dd>{ownerText(action)}</dd>
        <dt>Uiterlijk</dt>
        <dd>
          {action.dueOn ? <time dateTime={action.dueOn}>{formatDate(action.dueOn)}</time> : "Geen datum"}
        </dd>
        <dt>Doel</dt>
        <dd>
          {goal && !goal.redacted && goal.familyWording
            ? `${goal.familyWording} (${label(DOMAIN_LABELS, goal.domain)})`
            : `Afgeschermd doel (${label(DOMAIN_LABELS, action.domain)})`}
        </dd>
        {action.doorbraak ? (
          <>
            <dt>Doorbraak</dt>
            <dd>
              <time dateTime={action.doorbraak.decidedOn}>{formatDate(action.doorbraak.decidedOn)}</time>, op
              grond van {action.doorbraak.authority}
            </dd>
          </>
        ) : null}
        {action.statusReason && (status === "BLOCKED" || status === "CANCELLED") ? (
          <>
            <dt>Reden</dt>
            <dd>{action.statusReason}</dd>
          </>
        ) : null}
      </dl>
      {action.viewerCan.includes("CHANGE_STATUS") ? (
        <ActionStatusControl
          action={action}
          headingId={headingId}
          onChanged={onChanged}
          onSaving={onSaving}
        />
      ) : null}
    </article>
  );
}
