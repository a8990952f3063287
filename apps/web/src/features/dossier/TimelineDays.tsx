import { Heading } from "@utrecht/component-library-react";
import type { PersonOption } from "./ItemFields";
import { ItemCard } from "./ItemCard";
import type { DossierItemCard } from "./types";
import { PLAN_KINDS, timelineDays } from "./timeline";

export interface TimelineDaysProps {
  items: readonly DossierItemCard[];
  persons: readonly PersonOption[];
  onReload: () => Promise<void>;
}

/** The visible items, newest first, under a heading per day ("3 december 2026"); plan bookkeeping compact. */
export function TimelineDays({ items, persons, onReload }: TimelineDaysProps) {
  return (
    <ol className="rh-timeline-days" aria-label="Dossieritems per dag, nieuwste eerst">
      {timelineDays(items).map((day) => {
        const headingId = `dossier-day-${day.key}`;
        return (
          <li key={day.key} className="rh-timeline-day">
            <Heading level={3} id={headingId} className="rh-timeline-day__heading">
              <time dateTime={day.key}>{day.label}</time>
            </Heading>
            <ol className="rh-timeline" aria-labelledby={headingId}>
              {day.items.map((item) => (
                <li key={item.id} className="rh-timeline__entry">
                  <ItemCard
                    item={item}
                    persons={persons}
                    onReload={onReload}
                    compact={PLAN_KINDS.includes(item.kind)}
                  />
                </li>
              ))}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
