import type { ReactNode } from "react";
import type { PersonOption } from "../../components/ClassificationFields";
import { DateField, MutationFormView } from "../../components/forms";
import type { MutationForm, SubmitRun } from "../../components/forms";
import type { BoundField } from "../../components/useFormValues";
import { todayInput } from "../../labels";

/** What every form of Beeld and Analyse gets from the disclosure it opens in. */
export interface InventoryFormProps {
  caseId: string;
  persons: readonly PersonOption[];
  /** Sent: the disclosure closes and shows the notice. */
  onDone: (notice: string) => void;
  onCancel: () => void;
  /** The disclosure's button text, which also names the form. */
  label: string;
}

export interface InventoryFormViewProps {
  form: MutationForm;
  onSubmit: SubmitRun;
  /** The form's name (it has no heading of its own: the disclosure's button names it). */
  label: string;
  submitLabel: string;
  onCancel: () => void;
  children: ReactNode;
}

/** A form in a disclosure of Beeld or Analyse: its fields, the submit button and "Annuleren". */
export function InventoryFormView(props: InventoryFormViewProps) {
  return <MutationFormView {...props} className="rh-form rh-inventory-form" />;
}

/** "Datum van de inschatting": required, today at the latest. */
export function AssessedOnField(field: BoundField<string>) {
  return <DateField {...field} label="Datum van de inschatting" required max={todayInput()} />;
}
