import { useMutation, useQuery } from "@apollo/client/react";
import { DateField, useMutationForm } from "../../components/forms";
import { checkFields } from "../../components/forms/checkFields";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { SelectField } from "../../components/SelectField";
import { useFormValues } from "../../components/useFormValues";
import { formatDate } from "../../labels";
import { PlanTableSessionDocument, TableChoicesDocument } from "../../generated/graphql";

/** "Zitting plannen": a procesregisseur plans a session of a table of the ladder on a day. */
export function PlanSessionForm({ onPlanned }: { onPlanned: () => Promise<unknown> }) {
  const form = useMutationForm({
    fields: ["tableId", "heldOn"],
    failure: "De zitting is niet gepland.",
  });
  const { values, bind, patch } = useFormValues({ tableId: "", heldOn: "" }, form);
  const tables = useQuery(TableChoicesDocument);
  const [plan] = useMutation(PlanTableSessionDocument);

  const run = async () => {
    const failed = checkFields(form, {
      tableId: !values.tableId && "Kies een tafel.",
      heldOn: !values.heldOn && "Vul de datum van de zitting in.",
    });
    if (failed) return false;
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
        label="Tafel"
        placeholder="Kies een tafel"
        required
        busy={tables.loading}
        options={(tables.data?.escalationTables ?? []).map((t) => ({ value: t.id, label: t.name }))}
      />
      <DateField {...bind("heldOn")} label="Datum" required />
    </HeadedMutationForm>
  );
}
