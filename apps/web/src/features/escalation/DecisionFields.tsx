import { DateField, TextareaField } from "../../components/forms";
import type { FormValues } from "../../components/useFormValues";
import { todayInput } from "../../labels";

interface DecisionFieldsProps {
  /** The form's values, with the table's decision and its date. */
  values: Pick<FormValues<{ decision: string; decidedOn: string }>, "bind">;
  idPrefix: string;
  required?: boolean;
}

/** The table's decision and its date, not in the future (required, or optional when the table has not met). */
export function DecisionFields({ values, idPrefix, required = false }: DecisionFieldsProps) {
  return (
    <>
      <TextareaField
        {...values.bind("decision")}
        id={`${idPrefix}-decision`}
        label={required ? "Besluit" : "Besluit van de tafel (optioneel)"}
        description={
          required ? undefined : "Alleen als de tafel al heeft vergaderd; anders later vastleggen."
        }
        required={required}
      />
      <DateField
        {...values.bind("decidedOn")}
        id={`${idPrefix}-decided-on`}
        label="Datum van het besluit"
        required={required}
        max={todayInput()}
      />
    </>
  );
}
