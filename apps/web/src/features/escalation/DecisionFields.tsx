import { DateField, TextareaField } from "../../components/forms";
import type { FormValues } from "../../components/useFormValues";
import { todayInput } from "../../labels";

interface DecisionFieldsProps {
  /** The form's values, with the table's decision and its date. */
  values: Pick<FormValues<{ decision: string; decidedOn: string }>, "bind">;
  required?: boolean;
}

/** The table's decision and its date, not in the future (required, or optional when the table has not met). */
export function DecisionFields({ values, required = false }: DecisionFieldsProps) {
  return (
    <>
      <TextareaField
        {...values.bind("decision")}
        label={required ? "Besluit" : "Besluit van de tafel (optioneel)"}
        required={required}
      >
        {required ? null : "Alleen als de tafel al heeft vergaderd; anders later vastleggen."}
      </TextareaField>
      <DateField
        {...values.bind("decidedOn")}
        label="Datum van het besluit"
        required={required}
        max={todayInput()}
      />
    </>
  );
}
