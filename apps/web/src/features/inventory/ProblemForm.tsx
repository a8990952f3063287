import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textarea,
  Textbox,
} from "@utrecht/component-library-react";
import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent, ReactNode } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { RadioGroup } from "../../components/RadioGroup";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import type { FieldErrors } from "../../errors";
import { DOMAIN_LABELS } from "../../labels";
import type { DataClass, Domain, StatementKind } from "../../generated/graphql";
import { focusFirstInvalid } from "../../components/forms/focus";
import { DataClassField, DomainField, SubjectsField } from "../dossier/ItemFields";
import type { PersonOption } from "../dossier/ItemFields";
import { STATEMENT_KINDS, STATEMENT_KIND_LABELS, suggestedDataClass } from "./labels";
import { RECORD_PROBLEM_MUTATION } from "./operations";
import { exactMessages, useRowList } from "./rows";
import type { RowList } from "./rows";

const FIELDS = [
  "domain",
  "dataClass",
  "subjectPersonIds",
  "title",
  "description",
  "causes",
  "patterns",
  "statements",
  "legalBasis",
] as const;

interface CauseRow {
  description: string;
  chronic: boolean;
}

interface PatternRow {
  pattern: string;
}

interface StatementRow {
  statement: string;
  kind: StatementKind | "";
  source: string;
}

interface RowsFieldsetProps<T> {
  /** Prefix of the ids: `${id}-legend`, `${id}-add`, and of the rows' fields. */
  id: string;
  legend: string;
  description: string;
  /** The list in the input (`causes`), for its own error messages. */
  path: string;
  errors: FieldErrors;
  list: RowList<T>;
  /** "Oorzaak": rows are called "Oorzaak 1", "Oorzaak 2". */
  rowName: string;
  addLabel: string;
  renderRow: (row: T & { key: number }, index: number, prefix: string) => ReactNode;
}

/** A fieldset of rows that can be added and removed, each its own fieldset ("Oorzaak 2"). */
function RowsFieldset<T>({
  id,
  legend,
  description,
  path,
  errors,
  list,
  rowName,
  addLabel,
  renderRow,
}: RowsFieldsetProps<T>) {
  const listErrors = exactMessages(errors, path);
  return (
    <Fieldset
      className="rh-rows"
      invalid={listErrors.length > 0}
      aria-labelledby={`${id}-legend`}
      aria-describedby={`${id}-description`}
    >
      <FieldsetLegend id={`${id}-legend`}>{legend}</FieldsetLegend>
      <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      {listErrors.length > 0 ? <FormFieldErrorMessage>{listErrors.join(" ")}</FormFieldErrorMessage> : null}
      {list.rows.length > 0 ? (
        <ol className="rh-rows__list">
          {list.rows.map((row, index) => {
            const prefix = `${id}-${row.key}`;
            const rowErrors = exactMessages(errors, `${path}.${index}`);
            return (
              <li key={row.key} className="rh-rows__row">
                <Fieldset aria-labelledby={`${prefix}-legend`} className="rh-rows__fieldset">
                  <FieldsetLegend id={`${prefix}-legend`} className="rh-rows__legend">
                    {rowName} {index + 1}
                  </FieldsetLegend>
                  {rowErrors.length > 0 ? (
                    <FormFieldErrorMessage>{rowErrors.join(" ")}</FormFieldErrorMessage>
                  ) : null}
                  {renderRow(row, index, prefix)}
                  <Button
                    type="button"
                    appearance="subtle-button"
                    hint="danger"
                    onClick={() => list.remove(row.key)}
                  >
                    {rowName} {index + 1} verwijderen
                  </Button>
                </Fieldset>
              </li>
            );
          })}
        </ol>
      ) : null}
      <Button id={`${id}-add`} type="button" appearance="secondary-action-button" onClick={list.add}>
        {addLabel}
      </Button>
    </Fieldset>
  );
}

export interface ProblemFormProps {
  caseId: string;
  persons: readonly PersonOption[];
  onDone: (notice: string) => void;
  onCancel: () => void;
}

/** "Probleem vastleggen" (RECORD_ITEM): a problem with its causes, patterns, and facts and opinions. */
export function ProblemForm({ caseId, persons, onDone, onCancel }: ProblemFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [domain, setDomain] = useState<Domain | "">("");
  const [dataClass, setDataClass] = useState<DataClass | "">("");
  const [subjectPersonIds, setSubjectPersonIds] = useState<string[]>([]);
  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const causes = useRowList<CauseRow>(() => ({ description: "", chronic: false }), {
    idPrefix: "problem-causes",
    firstField: "description",
    addButtonId: "problem-causes-add",
  });
  const patterns = useRowList<PatternRow>(() => ({ pattern: "" }), {
    idPrefix: "problem-patterns",
    firstField: "pattern",
    addButtonId: "problem-patterns-add",
  });
  const statements = useRowList<StatementRow>(() => ({ statement: "", kind: "", source: "" }), {
    idPrefix: "problem-statements",
    firstField: "statement",
    addButtonId: "problem-statements-add",
  });
  const [missing, setMissing] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [record, { loading }] = useMutation(RECORD_PROBLEM_MUTATION, {
    refetchQueries: ["InventoryAnalyse"],
    awaitRefetchQueries: true,
  });

  const fieldErrors = { ...extractFieldErrors(error), ...missing };
  const general = generalErrorMessages(error, FIELDS);

  const validate = (): FieldErrors => {
    const problems: FieldErrors = {};
    if (!domain) problems["domain"] = ["Kies een leefgebied."];
    if (!dataClass) problems["dataClass"] = ["Kies een gegevenscategorie."];
    if (!title.trim()) problems["title"] = ["Vat het probleem samen in één regel."];
    if (!description.trim()) problems["description"] = ["Beschrijf het probleem."];
    causes.rows.forEach((row, i) => {
      if (!row.description.trim())
        problems[`causes.${i}.description`] = ["Beschrijf de oorzaak of verwijder deze rij."];
    });
    patterns.rows.forEach((row, i) => {
      if (!row.pattern.trim()) problems[`patterns.${i}`] = ["Beschrijf het patroon of verwijder deze rij."];
    });
    statements.rows.forEach((row, i) => {
      if (!row.statement.trim()) problems[`statements.${i}.statement`] = ["Vul de uitspraak in."];
      if (!row.kind) problems[`statements.${i}.kind`] = ["Kies of het een feit of een mening is."];
      if (!row.source.trim())
        problems[`statements.${i}.source`] = ["Vul de bron in: van wie of wat komt dit?"];
    });
    return problems;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const problems = validate();
    setMissing(problems);
    if (Object.keys(problems).length > 0 || !domain || !dataClass) {
      focusFirstInvalid(formRef.current);
      return;
    }
    try {
      await record({
        variables: {
          input: {
            caseId,
            domain,
            dataClass,
            subjectPersonIds,
            title: title.trim(),
            description: description.trim(),
            causes: causes.rows.map((r) => ({ description: r.description.trim(), chronic: r.chronic })),
            patterns: patterns.rows.map((r) => r.pattern.trim()),
            statements: statements.rows.map((r) => ({
              statement: r.statement.trim(),
              kind: r.kind || "FACT",
              source: r.source.trim(),
            })),
          },
        },
      });
      onDone(`Het probleem ‘${title.trim()}’ is vastgelegd onder ${DOMAIN_LABELS[domain]}.`);
    } catch (err) {
      setError(err);
      focusFirstInvalid(formRef.current);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label="Probleem vastleggen"
      className="rh-form rh-inventory-form"
    >
      <ErrorAlert messages={general} heading="Het probleem is niet vastgelegd." />
      <div className="rh-form__row">
        <DomainField
          idPrefix="problem"
          value={domain}
          onChange={(value) => {
            setDomain(value);
            if (value) setDataClass(suggestedDataClass(value));
          }}
          errors={fieldErrors}
        />
        <DataClassField idPrefix="problem" value={dataClass} onChange={setDataClass} errors={fieldErrors} />
      </div>
      <SubjectsField
        idPrefix="problem"
        value={subjectPersonIds}
        onChange={setSubjectPersonIds}
        errors={fieldErrors}
        persons={persons}
      />
      <Field
        id="problem-title"
        label="Probleem"
        description="In één regel."
        errors={messagesFor(fieldErrors, "title")}
      >
        {(control) => (
          <Textbox
            {...control}
            name="title"
            required
            autoComplete="off"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <Field id="problem-description" label="Beschrijving" errors={messagesFor(fieldErrors, "description")}>
        {(control) => (
          <Textarea
            {...control}
            name="description"
            required
            rows={4}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>

      <RowsFieldset
        id="problem-causes"
        legend="Onderliggende oorzaken"
        description="Wat zit eronder? Vink ‘chronisch’ aan als het al lang speelt."
        path="causes"
        errors={fieldErrors}
        list={causes}
        rowName="Oorzaak"
        addLabel="Oorzaak toevoegen"
        renderRow={(row, index, prefix) => (
          <>
            <Field
              id={`${prefix}-description`}
              label="Oorzaak"
              errors={messagesFor(fieldErrors, `causes.${index}.description`)}
            >
              {(control) => (
                <Textarea
                  {...control}
                  rows={2}
                  required
                  value={row.description}
                  onChange={(e) => causes.update(row.key, { description: e.target.value })}
                />
              )}
            </Field>
            <FormField type="checkbox" className="rh-choices__item">
              <Checkbox
                id={`${prefix}-chronic`}
                checked={row.chronic}
                onChange={(e) => causes.update(row.key, { chronic: e.target.checked })}
              />
              <FormLabel htmlFor={`${prefix}-chronic`} type="checkbox">
                Chronisch
              </FormLabel>
            </FormField>
          </>
        )}
      />

      <RowsFieldset
        id="problem-patterns"
        legend="Patronen"
        description="Terugkerende patronen, bijvoorbeeld zorgmijding."
        path="patterns"
        errors={fieldErrors}
        list={patterns}
        rowName="Patroon"
        addLabel="Patroon toevoegen"
        renderRow={(row, index, prefix) => (
          <Field
            id={`${prefix}-pattern`}
            label="Patroon"
            errors={messagesFor(fieldErrors, `patterns.${index}`)}
          >
            {(control) => (
              <Textbox
                {...control}
                required
                autoComplete="off"
                value={row.pattern}
                onChange={(e) => patterns.update(row.key, { pattern: e.target.value })}
              />
            )}
          </Field>
        )}
      />

      <RowsFieldset
        id="problem-statements"
        legend="Feiten en meningen"
        description="Houd feiten gescheiden van meningen, en noem bij elke uitspraak de bron."
        path="statements"
        errors={fieldErrors}
        list={statements}
        rowName="Uitspraak"
        addLabel="Uitspraak toevoegen"
        renderRow={(row, index, prefix) => (
          <>
            <Field
              id={`${prefix}-statement`}
              label="Uitspraak"
              errors={messagesFor(fieldErrors, `statements.${index}.statement`)}
            >
              {(control) => (
                <Textarea
                  {...control}
                  rows={2}
                  required
                  value={row.statement}
                  onChange={(e) => statements.update(row.key, { statement: e.target.value })}
                />
              )}
            </Field>
            <RadioGroup
              id={`${prefix}-kind`}
              legend="Soort"
              className="rh-choices--row"
              required
              options={STATEMENT_KINDS.map((kind) => ({ value: kind, label: STATEMENT_KIND_LABELS[kind] }))}
              value={row.kind}
              onChange={(kind) => statements.update(row.key, { kind })}
              errors={messagesFor(fieldErrors, `statements.${index}.kind`)}
            />
            <Field
              id={`${prefix}-source`}
              label="Bron"
              description="Van wie of wat komt dit? Bijvoorbeeld ‘moeder’ of ‘verslag school 12-03’."
              errors={messagesFor(fieldErrors, `statements.${index}.source`)}
            >
              {(control) => (
                <Textbox
                  {...control}
                  required
                  autoComplete="off"
                  value={row.source}
                  onChange={(e) => statements.update(row.key, { source: e.target.value })}
                />
              )}
            </Field>
          </>
        )}
      />

      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          Probleem vastleggen
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}
