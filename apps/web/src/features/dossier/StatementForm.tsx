import {
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import { focusFirstInvalid } from "../../components/forms/focus";
import type { PersonOption } from "./ItemFields";
import { ADD_OWN_STATEMENT_MUTATION } from "./operations";
import type { DossierItemCard } from "./operations";

const FIELDS = ["personId", "statement"] as const;

export interface StatementFormProps {
  item: DossierItemCard;
  persons: readonly PersonOption[];
  onDone: (message?: string) => void;
}

/** "Eigen verklaring toevoegen" (ADD_STATEMENT): a family member's own words about an item. */
export function StatementForm({ item, persons, onDone }: StatementFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const subjects = item.subjects ?? [];
  const [personId, setPersonId] = useState(subjects.length === 1 ? (subjects[0]?.id ?? "") : "");
  const [statement, setStatement] = useState("");
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [addOwnStatement, { loading }] = useMutation(ADD_OWN_STATEMENT_MUTATION);
  const headingId = `statement-${item.id}-heading`;
  const fieldErrors = { ...extractFieldErrors(error), ...missing };
  const general = generalErrorMessages(error, FIELDS);
  // The persons the item is about first, then the rest of the family.
  const ordered = [
    ...persons.filter((p) => subjects.some((s) => s.id === p.id)),
    ...persons.filter((p) => !subjects.some((s) => s.id === p.id)),
  ];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems: FieldErrors = {};
    if (!personId) problems["personId"] = ["Kies het gezinslid van wie de verklaring is."];
    if (!statement.trim()) problems["statement"] = ["Vul de verklaring in."];
    setMissing(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await addOwnStatement({
        variables: { input: { itemId: item.id, personId, statement: statement.trim() } },
      });
      const name = persons.find((p) => p.id === personId)?.fullName ?? "het gezinslid";
      onDone(`De eigen verklaring van ${name} is toegevoegd.`);
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
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
      <form
        ref={formRef}
        noValidate
        onSubmit={(e) => void submit(e)}
        aria-labelledby={headingId}
        className="rh-form"
      >
        <ErrorAlert messages={general} heading="De verklaring is niet toegevoegd." />
        <Field
          id={`statement-${item.id}-person`}
          label="Van wie"
          errors={messagesFor(fieldErrors, "personId")}
        >
          {(control) => (
            <Select
              {...control}
              name="personId"
              required
              value={personId}
              onChange={(e) => setPersonId(e.target.value)}
            >
              <SelectOption value="">Kies een gezinslid</SelectOption>
              {ordered.map((p) => (
                <SelectOption key={p.id} value={p.id}>
                  {p.fullName}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id={`statement-${item.id}-text`}
          label="Verklaring"
          description="In de woorden van het gezinslid."
          errors={messagesFor(fieldErrors, "statement")}
        >
          {(control) => (
            <Textarea
              {...control}
              name="statement"
              required
              rows={4}
              value={statement}
              onChange={(e) => setStatement(e.target.value)}
            />
          )}
        </Field>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            Verklaring opslaan
          </Button>
          <Button appearance="secondary-action-button" onClick={() => onDone()}>
            Annuleren
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
