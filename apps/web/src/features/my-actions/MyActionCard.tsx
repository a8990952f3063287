import { Heading } from "@utrecht/component-library-react";
import { LiveChangeBadge } from "../../components/LiveChange";
import { RouterLink } from "../../components/RouterLink";
import { DOMAIN_LABELS, formatDate, label } from "../../labels";
import { ActionStatusControl } from "../plan/ActionStatusControl";
import { ActionStatusBadge, OverdueBadge } from "../plan/Badges";
import { ownerText } from "../plan/GoalCard";
import type { MyActionEdge } from "./operations";

export interface MyActionCardProps {
  edge: MyActionEdge;
  changedLive: boolean;
  onChanged: (notice: string) => Promise<void>;
  onSaving: (actionId: string) => () => void;
}

/** One action on "Mijn acties": what, in which case, who, by when, towards which goal; its status control. */
export function MyActionCard({ edge, changedLive, onChanged, onSaving }: MyActionCardProps) {
  const { node: action, case: c } = edge;
  const headingId = `my-action-${action.id}-heading`;
  const status = action.status;
  const classes = ["rh-board-card", "rh-my-action"];
  if (action.overdue) classes.push("rh-board-card--overdue");
  if (changedLive) classes.push("rh-live-changed");
  return (
    <article aria-labelledby={headingId} className={classes.join(" ")} data-action-id={action.id}>
      <Heading level={3} id={headingId} className="rh-board-card__title">
        {action.title}
      </Heading>
      <p className="rh-board-card__badges">
        <ActionStatusBadge status={status} />
        {action.overdue ? <OverdueBadge /> : null}
        {changedLive ? <LiveChangeBadge /> : null}
      </p>
      <dl className="rh-board-card__facts">
        <dt>Casus</dt>
        <dd>
          <RouterLink to={`/casussen/${c.id}/acties`}>
            {c.title} ({c.reference})
          </RouterLink>
        </dd>
        <dt>Wie</dt>
        <dd>{ownerText(action)}</dd>
        <dt>Uiterlijk</dt>
        <dd>
          {action.dueOn ? <time dateTime={action.dueOn}>{formatDate(action.dueOn)}</time> : "Geen datum"}
        </dd>
        <dt>Doel</dt>
        <dd>
          {action.goal && !action.goal.redacted && action.goal.familyWording
            ? action.goal.familyWording
            : `Afgeschermd doel (${label(DOMAIN_LABELS, action.domain)})`}
        </dd>
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
