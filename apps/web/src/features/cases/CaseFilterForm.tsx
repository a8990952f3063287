import { Button, Textbox } from "@utrecht/component-library-react";
import { useEffect, useState } from "react";
import type { FormEvent } from "react";
import { EnumSelectField } from "../../components/EnumSelectField";
import { Field } from "../../components/Field";
import { PHASE_LABELS } from "../../labels";
import type { CasePhase } from "../../generated/graphql";

export interface CaseFilterFormProps {
  search: string;
  phase: CasePhase | null;
  onSearch: (value: string) => void;
  onPhase: (value: string | null) => void;
}

/** Search text (sent with "Zoeken") and phase (at once) of the case list. */
export function CaseFilterForm({ search, phase, onSearch, onPhase }: CaseFilterFormProps) {
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
      <EnumSelectField
        id="case-phase"
        name="phase"
        label="Fase"
        labels={PHASE_LABELS}
        placeholder="Alle fasen"
        value={phase ?? ""}
        onChange={(value) => onPhase(value || null)}
      />
      <div className="rh-filter__submit">
        <Button type="submit" appearance="secondary-action-button">
          Zoeken
        </Button>
      </div>
    </form>
  );
}
