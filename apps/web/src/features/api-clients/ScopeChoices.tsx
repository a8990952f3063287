import { Checkbox } from "@utrecht/component-library-react";
import type { ApiScope } from "@regiehub/domain";
import { ChoiceFieldset, ChoiceItem } from "../../components/ChoiceFieldset";
import { SCOPES, SCOPE_LABELS } from "./labels";

export interface ScopeChoicesProps {
  id: string;
  selected: readonly ApiScope[];
  onChange: (selected: ApiScope[]) => void;
  errors?: readonly string[];
}

/** The id of a scope's checkbox (`cases:read` → `…-cases-read`). */
export function scopeOptionId(id: string, scope: string): string {
  return `${id}-${scope.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`;
}

/**
 * "Rechten": a fieldset with a checkbox per scope, each with its Dutch name, the scope's own name (what the
 * system asks for at the token endpoint) and what it lets the system do. Shaped like `CheckboxGroup`, with a
 * description per option tied to its checkbox.
 */
export function ScopeChoices({ id, selected, onChange, errors = [] }: ScopeChoicesProps) {
  const toggle = (scope: ApiScope, checked: boolean) => {
    onChange(SCOPES.filter((s) => (s === scope ? checked : selected.includes(s))));
  };
  return (
    <ChoiceFieldset
      id={id}
      legend="Rechten (scopes)"
      description="Wat het systeem mag. Het krijgt nooit meer dan een professional van uw organisatie mag, en ziet alleen wat de toestemmingen van het gezin toelaten. Kies zo weinig als nodig is."
      errors={errors}
    >
      {(invalid) =>
        SCOPES.map((scope) => {
          const optionId = scopeOptionId(id, scope);
          const { label, description } = SCOPE_LABELS[scope];
          const name = (
            <>
              {label} <code className="rh-api-client__code">{scope}</code>
            </>
          );
          return (
            <ChoiceItem key={scope} type="checkbox" id={optionId} label={name} hint={description}>
              <Checkbox
                id={optionId}
                value={scope}
                invalid={invalid}
                checked={selected.includes(scope)}
                aria-describedby={`${optionId}-hint`}
                onChange={(e) => toggle(scope, e.target.checked)}
              />
            </ChoiceItem>
          );
        })
      }
    </ChoiceFieldset>
  );
}
