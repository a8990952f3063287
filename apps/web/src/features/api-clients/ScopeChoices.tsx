import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from "@utrecht/component-library-react";
import type { ApiScope } from "@regiehub/domain";
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
  const invalid = errors.length > 0;
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  const describedBy = [invalid ? errorId : null, descriptionId].filter(Boolean).join(" ");
  const toggle = (scope: ApiScope, checked: boolean) => {
    onChange(SCOPES.filter((s) => (s === scope ? checked : selected.includes(s))));
  };
  return (
    <Fieldset
      className="rh-choices"
      invalid={invalid}
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy}
    >
      <FieldsetLegend id={`${id}-legend`}>Rechten (scopes)</FieldsetLegend>
      <FormFieldDescription id={descriptionId}>
        Wat het systeem mag. Het krijgt nooit meer dan een professional van uw organisatie mag, en ziet alleen
        wat de toestemmingen van het gezin toelaten. Kies zo weinig als nodig is.
      </FormFieldDescription>
      {invalid ? <FormFieldErrorMessage id={errorId}>{errors.join(" ")}</FormFieldErrorMessage> : null}
      <div className="rh-choices__list">
        {SCOPES.map((scope) => {
          const optionId = scopeOptionId(id, scope);
          const hintId = `${optionId}-hint`;
          const { label, description } = SCOPE_LABELS[scope];
          return (
            <FormField key={scope} type="checkbox" className="rh-choices__item">
              <Checkbox
                id={optionId}
                value={scope}
                invalid={invalid}
                checked={selected.includes(scope)}
                aria-describedby={hintId}
                onChange={(e) => toggle(scope, e.target.checked)}
              />
              <span className="rh-choices__text">
                <FormLabel htmlFor={optionId} type="checkbox">
                  {label} <code className="rh-api-client__code">{scope}</code>
                </FormLabel>
                <span id={hintId} className="rh-choices__hint">
                  {description}
                </span>
              </span>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}
