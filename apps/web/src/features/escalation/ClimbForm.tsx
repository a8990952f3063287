import { useMutation } from "@apollo/client/react";
import { checkFields } from "../../components/forms/checkFields";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { SelectField } from "../../components/SelectField";
import { useFormValues } from "../../components/useFormValues";
import { TextareaField, useMutationForm } from "../../components/forms";
import { climbNotice, climbProblems } from "./checks";
import { DecisionFields } from "./DecisionFields";
import type { CaseLadder, LadderTable } from "./types";
import { DeescalateCaseDocument, EscalateCaseDocument } from "../../generated/graphql";

/** The value of "Naar tafel" that takes the case off the ladder (level 0). */
const OFF_THE_LADDER = "none";

const EMPTY = { tableId: "", reason: "", decision: "", decidedOn: "" };

/** The tables the case can go to: up to a higher one, down to a lower one, or off the ladder. */
function targetOptions(tables: readonly LadderTable[], level: number) {
  const option = (t: LadderTable, verb: string) => ({
    value: t.id,
    label: `${verb} naar ${t.name} (niveau ${t.level})`,
  });
  return [
    ...tables.filter((t) => t.active && t.level > level).map((t) => option(t, "Opschalen")),
    ...tables.filter((t) => t.active && t.level < level).map((t) => option(t, "Afschalen")),
    ...(level > 0 ? [{ value: OFF_THE_LADDER, label: "Afschalen: geen tafel (niveau 0)" }] : []),
  ];
}

interface ClimbFormProps {
  ladder: CaseLadder;
  tables: LadderTable[];
  onDone: () => Promise<void>;
}

/** "Op- of afschalen": to a higher or lower table (or none), with a reason and the table's decision if known. */
export function ClimbForm({ ladder, tables, onDone }: ClimbFormProps) {
  const form = useMutationForm({
    fields: Object.keys(EMPTY),
    failure: "De casus is niet op- of afgeschaald.",
  });
  const values = useFormValues(EMPTY, form);
  const { tableId: target, reason, decision, decidedOn } = values.values;
  const [escalate] = useMutation(EscalateCaseDocument);
  const [deescalate] = useMutation(DeescalateCaseDocument);

  const save = async () => {
    if (checkFields(form, climbProblems({ target, reason, decision, decidedOn }))) return false;
    const table = tables.find((t) => t.id === target);
    const goingUp = !!table && table.active && table.level > ladder.escalationLevel;
    const input = {
      caseId: ladder.id,
      version: ladder.version,
      reason: reason.trim(),
      decision: decision.trim() || null,
      decidedOn: decidedOn || null,
    };
    if (goingUp) await escalate({ variables: { input: { ...input, tableId: target } } });
    else
      await deescalate({
        variables: { input: { ...input, tableId: target === OFF_THE_LADDER ? null : target } },
      });
    values.patch(EMPTY);
    await onDone();
    return climbNotice(goingUp, table?.name);
  };

  return (
    <HeadedMutationForm
      form={form}
      onSubmit={save}
      headingId="climb-heading"
      title="Op- of afschalen"
      blockClassName="rh-card"
      submitLabel="Vastleggen"
    >
      <SelectField
        {...values.bind("tableId")}
        label="Naar tafel"
        placeholder="Kies een tafel"
        required
        options={targetOptions(tables, ladder.escalationLevel)}
      />
      <TextareaField {...values.bind("reason")} label="Reden" required />
      <DecisionFields values={values} />
    </HeadedMutationForm>
  );
}
