import { RouterLink } from "../../components/RouterLink";
import { ActionCard } from "../plan/ActionCard";
import type { MyActionEdge } from "./types";

export interface MyActionCardProps {
  edge: MyActionEdge;
  changedLive: boolean;
  onChanged: (notice: string) => Promise<void>;
  onSaving: (actionId: string) => () => void;
}

/** One action on "Mijn acties": what, in which case, who, by when, towards which goal; its status control. */
export function MyActionCard({ edge, changedLive, onChanged, onSaving }: MyActionCardProps) {
  const { node: action, case: c } = edge;
  return (
    <ActionCard
      action={action}
      headingId={`my-action-${action.id}-heading`}
      level={3}
      className="rh-my-action"
      changedLive={changedLive}
      leadingFacts={
        <>
          <dt>Casus</dt>
          <dd>
            <RouterLink to={`/casussen/${c.id}/acties`}>
              {c.title} ({c.reference})
            </RouterLink>
          </dd>
        </>
      }
      onChanged={onChanged}
      onSaving={onSaving}
    />
  );
}
