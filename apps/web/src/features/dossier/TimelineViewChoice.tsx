import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  RadioButton,
} from "@utrecht/component-library-react";
import { TIMELINE_VIEWS, TIMELINE_VIEW_LABELS, type TimelineView } from "./timeline";

/** "Toon: Dossierinhoud · Plan en voortgang · Alles" — what the timeline shows, as radio buttons. */
export function TimelineViewChoice({
  view,
  onView,
}: {
  view: TimelineView;
  onView: (view: TimelineView) => void;
}) {
  return (
    <Fieldset
      className="rh-choices rh-choices--row rh-dossier-filter__view"
      aria-labelledby="dossier-view-legend"
    >
      <FieldsetLegend id="dossier-view-legend">Toon</FieldsetLegend>
      <div className="rh-choices__list">
        {TIMELINE_VIEWS.map((option) => (
          <FormField key={option} type="radio" className="rh-choices__item">
            <RadioButton
              id={`dossier-view-${option}`}
              name="weergave"
              value={option}
              checked={view === option}
              onChange={() => onView(option)}
            />
            <FormLabel htmlFor={`dossier-view-${option}`} type="radio">
              {TIMELINE_VIEW_LABELS[option]}
            </FormLabel>
          </FormField>
        ))}
      </div>
    </Fieldset>
  );
}
