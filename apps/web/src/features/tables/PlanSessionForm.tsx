import { useMutation, useQuery } from "@apollo/client/react";
import { DateField, useMutationForm } from "../../components/forms";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { SelectField } from "../../components/SelectField";
import { useFormValues } from "../../components/useFormValues";
import { formatDate } from "../../labels";
import { PLAN_TABLE_SESSION_MUTATION, TABLE_CHOICES_QUERY } from "./operations";

/** "Zitting plannen": a procesregisseur plans a session of a table of the ladder on a day. */
export function PlanSessionForm({ onPlanned }: { onPlanned: () => Promise<unknown> }) {
  const form = useMutationForm({
    fields: ["tableId", "heldOn"],
    failure: "De zitting is niet gepland.",
  });
  const { values, bind, patch } = useFormValues({ tableId: "", heldOn: "" }, form);
  const tables = useQuery(TABLE_CHOICES_QUERY);
  const [plan] = useMutation(PLAN_TABLE_SESSION_MUTATION);

  const run = async () => {
    if (values.tableId === "") {
      form.invalidate("tableId", "Kies een tafel.");
      return false;
    }
    if (values.heldOn === "") {
      form.invalidate("heldOn", "Vul de datum van de zitting in.");
      return false;
    }
    const res = await plan({ variables: { input: { tableId: values.tableId, heldOn: values.heldOn } } });
    patch({ heldOn: "" });
    await onPlanned();
    const session = res.data?.planTableSession;
    return session
      ? `De zitting van ${session.table.name} op ${formatDate(session.heldOn)} is gepland.`
      : "De zitting is gepland.";
  };

  return (
    <HeadedMutationForm
      form={form}
      onSubmit={run}
      headingId="plan-session-heading"
      title="Zitting plannen"
      level={2}
      blockClassName="rh-section"
      submitLabel="Zitting plannen"
    >
      <SelectField
        {...bind("tableId")}
        id="plan-session-table"
        label="Tafel"
        placeholder="Kies een tafel"
        required
        busy={tables.loading}
        options={(tables.data?.escalationTables ?? []).map((t) => ({ value: t.id, label: t.name }))}
      />
      <DateField {...bind("heldOn")} id="plan-session-date" label="Datum" required />
    </HeadedMutationForm>
  );
}
