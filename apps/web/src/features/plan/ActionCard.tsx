import { Heading } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { DateText } from "../../components/DateText";
import { LiveChangeBadge } from "../../components/LiveChange";
import type { ActionStatus, Domain } from "../../generated/graphql";
import { DOMAIN_LABELS, label } from "../../labels";
import { ActionStatusControl } from "./ActionStatusControl";
import type { StatusControlAction } from "./ActionStatusControl";
import { ActionStatusBadge, DoorbraakBadge, OverdueBadge } from "./Badges";
import { ownerText } from "./labels";

// One action as a card — on the action board of a case and on "Mijn acties": what, who, by when, towards
// which goal, late ones marked, a live change marked, and its one quick status control.

export interface CardAction extends StatusControlAction {
  domain: Domain;
  statusReason?: string | null;
  dueOn?: string | null;
  overdue?: boolean | null;
  viewerCan: readonly string[];
  ownerOrganisation?: { name: string } | null;
  ownerProfessional?: { name: string } | null;
  doorbraak?: { decidedOn: string; authority: string } | null;
  goal?: { redacted: boolean; familyWording?: string | null; domain?: Domain } | null;
}

/** The goal an action works towards, in the family's words (with its domain when asked); else "afgeschermd". */
export function goalText(action: CardAction, withDomain: boolean): string {
  const goal = action.goal;
  if (!goal || goal.redacted || !goal.familyWording) {
    return `Afgeschermd doel (${label(DOMAIN_LABELS, action.domain)})`;
  }
  return withDomain && goal.domain
    ? `${goal.familyWording} (${label(DOMAIN_LABELS, goal.domain)})`
    : goal.familyWording;
}

export interface ActionCardProps {
  action: CardAction;
  headingId: string;
  level: 3 | 4;
  /** Extra class next to `rh-board-card`. */
  className?: string;
  /** Changed by someone else while the page was open. */
  changedLive: boolean;
  /** Show the domain after the goal. */
  goalWithDomain?: boolean;
  /** Facts before "Wie" (e.g. the case). */
  leadingFacts?: ReactNode;
  /** After a status change was saved (with a notice), or to reload after a CONFLICT (empty notice). */
  onChanged: (notice: string) => Promise<void>;
  /** Just before a status change is sent (see `useLiveHighlight`). */
  onSaving: (actionId: string) => () => void;
}

export function ActionCard(props: ActionCardProps) {
  const { action, headingId, level, changedLive, onChanged, onSaving } = props;
  const status = action.status as ActionStatus | null | undefined;
  const classes = ["rh-board-card", props.className, action.overdue ? "rh-board-card--overdue" : null];
  if (changedLive) classes.push("rh-live-changed");
  return (
    <article
      aria-labelledby={headingId}
      className={classes.filter(Boolean).join(" ")}
      data-action-id={action.id}
    >
      <Heading level={level} id={headingId} className="rh-board-card__title">
        {action.title}
      </Heading>
      <p className="rh-board-card__badges">
        <ActionStatusBadge status={status} />
        {action.overdue ? <OverdueBadge /> : null}
        {action.doorbraak ? <DoorbraakBadge /> : null}
        {changedLive ? <LiveChangeBadge /> : null}
      </p>
      <dl className="rh-board-card__facts">
        {props.leadingFacts}
        <dt>Wie</dt>
        <dd>{ownerText(action)}</dd>
        <dt>Uiterlijk</dt>
        <dd>{action.dueOn ? <DateText date={action.dueOn} /> : "Geen datum"}</dd>
        <dt>Doel</dt>
        <dd>{goalText(action, props.goalWithDomain ?? false)}</dd>
        {action.doorbraak ? (
          <>
            <dt>Doorbraak</dt>
            <dd>
              <DateText date={action.doorbraak.decidedOn} />, op grond van {action.doorbraak.authority}
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
