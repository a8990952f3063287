import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from "@utrecht/component-library-react";
import type { RiskLevel } from "../../generated/graphql";
import { RISK_LEVELS, RISK_LEVEL_LABELS } from "./labels";

// The two choices of a safety assessment that depend on each other: "Acuut onveilig" fixes the risk level at
// high (the other levels are disabled, and the group says why).

/** "Acuut onveilig", with its consequence as a hint. */
export function AcuteChoice({ checked, onChange }: { checked: boolean; onChange: (acute: boolean) => void }) {
  return (
    <FormField type="checkbox" className="rh-choices__item rh-acute-choice">
      <Checkbox
        id="safety-acute"
        name="acute"
        checked={checked}
        aria-describedby="safety-acute-hint"
        onChange={(e) => onChange(e.target.checked)}
      />
      <span className="rh-choices__text">
        <FormLabel htmlFor="safety-acute" type="checkbox">
          Acuut onveilig
        </FormLabel>
        <span id="safety-acute-hint" className="rh-choices__hint">
          De casusregisseur en de procesregisseur krijgen direct bericht; het risiconiveau is dan hoog.
        </span>
      </span>
    </FormField>
  );
}

export interface RiskLevelFieldProps {
  /** The level shown: high when acute. */
  value: RiskLevel | "";
  acute: boolean;
  onChange: (level: RiskLevel) => void;
  errors: readonly string[];
}

/** "Risiconiveau": a radio group whose levels other than high are disabled while acute. */
export function RiskLevelField({ value, acute, onChange, errors }: RiskLevelFieldProps) {
  const invalid = errors.length > 0;
  const describedBy = [invalid ? "safety-risk-error" : null, acute ? "safety-risk-description" : null]
    .filter(Boolean)
    .join(" ");
  return (
    <Fieldset
      role="radiogroup"
      className="rh-choices rh-choices--row"
      invalid={invalid}
      aria-labelledby="safety-risk-legend"
      aria-describedby={describedBy || undefined}
    >
      <FieldsetLegend id="safety-risk-legend">Risiconiveau</FieldsetLegend>
      {acute ? (
        <FormFieldDescription id="safety-risk-description">
          Acuut onveilig: het risiconiveau is hoog.
        </FormFieldDescription>
      ) : null}
      {invalid ? (
        <FormFieldErrorMessage id="safety-risk-error">{errors.join(" ")}</FormFieldErrorMessage>
      ) : null}
      <div className="rh-choices__list">
        {RISK_LEVELS.map((level) => {
          const optionId = `safety-risk-${level.toLowerCase()}`;
          const disabled = acute && level !== "HIGH";
          return (
            <FormField key={level} type="radio" className="rh-choices__item">
              <RadioButton
                id={optionId}
                name="safety-risk"
                value={level}
                invalid={invalid}
                checked={value === level}
                disabled={disabled}
                onChange={() => onChange(level)}
              />
              <FormLabel htmlFor={optionId} type="radio" disabled={disabled}>
                {RISK_LEVEL_LABELS[level]}
              </FormLabel>
            </FormField>
          );
        })}
      </div>
    </Fieldset>
  );
}
