import { Checkbox, RadioButton } from "@utrecht/component-library-react";
import { ChoiceFieldset, ChoiceItem } from "../../components/ChoiceFieldset";
import type { RiskLevel } from "../../generated/graphql";
import { RISK_LEVELS, RISK_LEVEL_LABELS } from "./labels";

// The two choices of a safety assessment that depend on each other: "Acuut onveilig" fixes the risk level at
// high (the other levels are disabled, and the group says why).

/** "Acuut onveilig", with its consequence as a hint. */
export function AcuteChoice({ checked, onChange }: { checked: boolean; onChange: (acute: boolean) => void }) {
  return (
    <ChoiceItem
      type="checkbox"
      id="safety-acute"
      className="rh-acute-choice"
      label="Acuut onveilig"
      hint="De casusregisseur en de procesregisseur krijgen direct bericht; het risiconiveau is dan hoog."
    >
      <Checkbox
        id="safety-acute"
        name="acute"
        checked={checked}
        aria-describedby="safety-acute-hint"
        onChange={(e) => onChange(e.target.checked)}
      />
    </ChoiceItem>
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
  return (
    <ChoiceFieldset
      id="safety-risk"
      legend="Risiconiveau"
      description={acute ? "Acuut onveilig: het risiconiveau is hoog." : undefined}
      errors={errors}
      radio
      className="rh-choices--row"
    >
      {(invalid) =>
        RISK_LEVELS.map((level) => {
          const optionId = `safety-risk-${level.toLowerCase()}`;
          const disabled = acute && level !== "HIGH";
          return (
            <ChoiceItem
              key={level}
              type="radio"
              id={optionId}
              label={RISK_LEVEL_LABELS[level]}
              disabled={disabled}
            >
              <RadioButton
                id={optionId}
                name="safety-risk"
                value={level}
                invalid={invalid}
                checked={value === level}
                disabled={disabled}
                onChange={() => onChange(level)}
              />
            </ChoiceItem>
          );
        })
      }
    </ChoiceFieldset>
  );
}
