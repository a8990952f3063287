import { Heading } from "@utrecht/component-library-react";
import { LiveChangeNote } from "../../components/LiveChange";
import { useLiveHighlight } from "../../live/useLiveHighlight";
import { actionChangeText } from "../plan/labels";
import { DUE_GROUP_LABELS, groupActions } from "./grouping";
import { MyActionCard } from "./MyActionCard";
import type { MyActionEdge } from "./types";

export interface MyActionsListProps {
  edges: readonly MyActionEdge[];
  /** Today in the Netherlands ('YYYY-MM-DD'): what "this week" is judged by. */
  today: string;
  /** Changes when the filters or the pages shown change: the list is then new, nothing is marked. */
  resetKey: string;
  onChanged: (notice: string) => Promise<void>;
}

/**
 * The actions grouped late / this week / later / finished (each group in the order they came), every card
 * with its status control. An action that changed while the list was shown (a live reload) is marked for a
 * while and announced politely; the viewer's own changes are not.
 */
export function MyActionsList({ edges, today, resetKey, onChanged }: MyActionsListProps) {
  const live = useLiveHighlight(
    edges.map((e) => e.node),
    resetKey,
    actionChangeText,
  );
  return (
    <>
      <LiveChangeNote announcement={live.announcement} />
      {groupActions(edges, today).map(({ group, edges: inGroup }) => (
        <section key={group} aria-labelledby={`my-actions-${group}`} className="rh-my-actions__group">
          <Heading level={2} id={`my-actions-${group}`}>
            {DUE_GROUP_LABELS[group]} <span className="rh-board__count">({inGroup.length})</span>
          </Heading>
          <ul className="rh-my-actions__list">
            {inGroup.map((edge) => (
              <li key={edge.node.id}>
                <MyActionCard
                  edge={edge}
                  changedLive={live.highlighted.has(edge.node.id)}
                  onChanged={onChanged}
                  onSaving={live.ignoreNextChange}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
