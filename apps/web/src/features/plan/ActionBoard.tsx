import { Heading, Paragraph } from "@utrecht/component-library-react";
import { LiveChangeNote } from "../../components/LiveChange";
import type { ActionScope, ActionStatus } from "../../generated/graphql";
import { label } from "../../labels";
import { useLiveHighlight } from "../../live/useLiveHighlight";
import { ActionCard } from "./ActionCard";
import { ACTION_STATUSES, ACTION_STATUS_LABELS, actionChangeText, countActions } from "./labels";
import type { BoardAction } from "./types";

const EMPTY_TEXT: Record<ActionScope, string> = {
  MINE: "U heeft geen acties in deze casus.",
  ORGANISATION: "Uw organisatie heeft geen acties in deze casus.",
  ALL: "Er zijn nog geen acties. Acties horen bij een doel van het plan.",
};

export interface ActionBoardProps {
  actions: readonly BoardAction[];
  scope: ActionScope;
  /** Changes with the case and the scope: the board is then new, nothing is marked. */
  resetKey: string;
  /** After a status change (with a notice), or to reload (empty notice). */
  onChanged: (notice: string) => Promise<void>;
}

/**
 * The action board: how many (and how many late), a column per status with its cards, and the actions the
 * viewer may not see counted. A card that changed while the board was shown (a live reload) is marked for a
 * while and announced politely; the viewer's own changes are not.
 */
export function ActionBoard({ actions, scope, resetKey, onChanged }: ActionBoardProps) {
  // Changes by others arrive through the case's live reload (CaseLayout): marked and announced.
  const live = useLiveHighlight(actions, resetKey, actionChangeText);
  const overdue = actions.filter((a) => a.overdue).length;
  const redacted = actions.filter((a) => a.redacted || !a.status);
  return (
    <>
      <LiveChangeNote announcement={live.announcement} />
      <p className="rh-result-count" role="status">
        {countActions(actions.length)}
        {overdue > 0 ? `, waarvan ${overdue} te laat` : ""}
      </p>
      {actions.length > 0 ? (
        <div className="rh-board__columns">
          {ACTION_STATUSES.map((status) => (
            <BoardColumn
              key={status}
              status={status}
              actions={actions.filter((a) => a.status === status)}
              isChanged={(id) => live.highlighted.has(id)}
              onChanged={onChanged}
              onSaving={live.ignoreNextChange}
            />
          ))}
        </div>
      ) : null}
      {redacted.length > 0 ? (
        <Paragraph className="rh-muted">
          {countActions(redacted.length)} vallen buiten de toestemming die uw organisatie heeft.
        </Paragraph>
      ) : null}
      {actions.length === 0 ? <Paragraph>{EMPTY_TEXT[scope]}</Paragraph> : null}
    </>
  );
}

interface BoardColumnProps {
  status: ActionStatus;
  actions: readonly BoardAction[];
  isChanged: (actionId: string) => boolean;
  onChanged: (notice: string) => Promise<void>;
  onSaving: (actionId: string) => () => void;
}

function BoardColumn({ status, actions, isChanged, onChanged, onSaving }: BoardColumnProps) {
  const headingId = `board-${status}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      className={`rh-board__column rh-board__column--${status.toLowerCase()}`}
    >
      <Heading level={3} id={headingId} className="rh-board__column-heading">
        {label(ACTION_STATUS_LABELS, status)} <span className="rh-board__count">({actions.length})</span>
      </Heading>
      {actions.length === 0 ? (
        <Paragraph className="rh-muted">Geen acties.</Paragraph>
      ) : (
        <ul className="rh-stack-list">
          {actions.map((action) => (
            <li key={action.id}>
              <ActionCard
                action={action}
                headingId={`board-action-${action.id}-heading`}
                level={4}
                goalWithDomain
                changedLive={isChanged(action.id)}
                onChanged={onChanged}
                onSaving={onSaving}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
