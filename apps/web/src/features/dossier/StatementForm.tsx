import { Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { TextareaField, useMutationForm } from "../../components/forms";
import { HeadedMutationForm } from "../../components/HeadedMutationForm";
import { SelectField } from "../../components/SelectField";
import { useFormValues } from "../../components/useFormValues";
import type { PersonOption } from "./ItemFields";
import { invalidateAll } from "./ItemFields";
import type { DossierItemCard } from "./types";
import { AddOwnStatementDocument } from "../../generated/graphql";

export interface StatementFormProps {
  item: DossierItemCard;
  persons: readonly PersonOption[];
  onDone: (message?: string) => void;
}

/** The persons the item is about first, then the rest of the family. */
function subjectsFirst(persons: readonly PersonOption[], subjects: readonly { id: string }[]) {
  const isSubject = (p: PersonOption) => subjects.some((s) => s.id === p.id);
  return [...persons.filter(isSubject), ...persons.filter((p) => !isSubject(p))];
}

/** "Eigen verklaring toevoegen" (ADD_STATEMENT): a family member's own words about an item. */
export function StatementForm({ item, persons, onDone }: StatementFormProps) {
  const subjects = item.subjects ?? [];
  const [addOwnStatement] = useMutation(AddOwnStatementDocument);
  const form = useMutationForm({
    fields: ["personId", "statement"],
    failure: "De verklaring is niet toegevoegd.",
  });
  const { values, bind } = useFormValues(
    { personId: subjects.length === 1 ? (subjects[0]?.id ?? "") : "", statement: "" },
    form,
  );
  const { personId } = values;
  const statement = values.statement.trim();

  const run = async () => {
    const problems: Record<string, string[]> = {};
    if (!personId) problems["personId"] = ["Kies het gezinslid van wie de verklaring is."];
    if (!statement) problems["statement"] = ["Vul de verklaring in."];
    if (invalidateAll(form, problems)) return false;
    await addOwnStatement({ variables: { input: { itemId: item.id, personId, statement } } });
    const name = persons.find((p) => p.id === personId)?.fullName ?? "het gezinslid";
    onDone(`De eigen verklaring van ${name} is toegevoegd.`);
  };

  return (
    <HeadedMutationForm
      level={4}
      headingId={`statement-${item.id}-heading`}
      title="Eigen verklaring toevoegen"
      intro={
        <Paragraph>
          Een gezinslid kan in eigen woorden reageren op wat er is vastgelegd. De verklaring komt onder het
          item te staan; het item zelf verandert niet.
        </Paragraph>
      }
      form={form}
      onSubmit={run}
      submitLabel="Verklaring opslaan"
      onCancel={() => onDone()}
    >
      <SelectField
        {...bind("personId")}
        label="Van wie"
        placeholder="Kies een gezinslid"
        options={subjectsFirst(persons, subjects).map((p) => ({ value: p.id, label: p.fullName }))}
        required
      />
      <TextareaField {...bind("statement")} label="Verklaring" required rows={4}>
        In de woorden van het gezinslid.
      </TextareaField>
    </HeadedMutationForm>
  );
}
