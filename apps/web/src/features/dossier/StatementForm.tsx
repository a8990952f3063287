import { Heading, Paragraph } from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { MutationFormView, TextareaField, useMutationForm } from "../../components/forms";
import { SelectField } from "../../components/SelectField";
import type { PersonOption } from "./ItemFields";
import { invalidateAll } from "./ItemFields";
import { ADD_OWN_STATEMENT_MUTATION } from "./operations";
import type { DossierItemCard } from "./operations";

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
  const [personId, setPersonId] = useState(subjects.length === 1 ? (subjects[0]?.id ?? "") : "");
  const [statement, setStatement] = useState("");
  const [addOwnStatement] = useMutation(ADD_OWN_STATEMENT_MUTATION);
  const form = useMutationForm({
    fields: ["personId", "statement"],
    failure: "De verklaring is niet toegevoegd.",
  });
  const headingId = `statement-${item.id}-heading`;

  const run = async () => {
    const problems: Record<string, string[]> = {};
    if (!personId) problems["personId"] = ["Kies het gezinslid van wie de verklaring is."];
    if (!statement.trim()) problems["statement"] = ["Vul de verklaring in."];
    if (invalidateAll(form, problems)) return false;
    await addOwnStatement({
      variables: { input: { itemId: item.id, personId, statement: statement.trim() } },
    });
    const name = persons.find((p) => p.id === personId)?.fullName ?? "het gezinslid";
    onDone(`De eigen verklaring van ${name} is toegevoegd.`);
  };

  return (
    <>
      <Heading level={4} id={headingId}>
        Eigen verklaring toevoegen
      </Heading>
      <Paragraph>
        Een gezinslid kan in eigen woorden reageren op wat er is vastgelegd. De verklaring komt onder het item
        te staan; het item zelf verandert niet.
      </Paragraph>
      <MutationFormView
        form={form}
        onSubmit={run}
        labelledBy={headingId}
        submitLabel="Verklaring opslaan"
        onCancel={() => onDone()}
      >
        <SelectField
          form={form}
          name="personId"
          id={`statement-${item.id}-person`}
          label="Van wie"
          placeholder="Kies een gezinslid"
          options={subjectsFirst(persons, subjects).map((p) => ({ value: p.id, label: p.fullName }))}
          required
          value={personId}
          onChange={setPersonId}
        />
        <TextareaField
          form={form}
          name="statement"
          id={`statement-${item.id}-text`}
          label="Verklaring"
          description="In de woorden van het gezinslid."
          required
          rows={4}
          value={statement}
          onChange={setStatement}
        />
      </MutationFormView>
    </>
  );
}
