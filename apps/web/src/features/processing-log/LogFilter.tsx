import { Button, ButtonGroup, Textbox } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import type { FormEvent, ReactNode } from "react";
import { Field } from "../../components/Field";
import { SelectField } from "../../components/SelectField";
import type { SelectFieldOption } from "../../components/SelectField";
import { LOG_OPERATIONS, LOG_OPERATION_LABELS } from "../../labels";
import { PURPOSES, PURPOSE_LABELS } from "./logLabels";
import { EMPTY_LOG_FILTER, type LogFilterValues } from "./logSearch";
import { OrganisationsDocument } from "../../generated/graphql";

export interface LogFilterProps {
  applied: LogFilterValues;
  onApply: (values: LogFilterValues) => void;
  /** The case's persons to choose from; null: a search across cases, by name or pseudonym. */
  persons: readonly { id: string; fullName: string }[] | null;
  /** Messages of the server at a field (BAD_USER_INPUT), by field. */
  errors?: Partial<Record<keyof LogFilterValues, string[]>>;
}

/** Filter the processing log by person, organisation, period, purpose and operation; applied with "Zoeken". */
export function LogFilter({ applied, onApply, persons, errors = {} }: LogFilterProps) {
  const [draft, setDraft] = useState(applied);
  const organisations = useQuery(OrganisationsDocument);
  const orgChoices = [...(organisations.data?.organisations ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, "nl"))
    .map((o) => ({ value: o.id, label: o.name }));
  const set = (patch: Partial<LogFilterValues>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    setDraft(EMPTY_LOG_FILTER);
    onApply(EMPTY_LOG_FILTER);
  };
  const select = (
    key: keyof LogFilterValues,
    label: string,
    all: string,
    choices: SelectFieldOption[],
  ): ReactNode => (
    <SelectField
      id={`log-${key}`}
      name={key}
      label={label}
      placeholder={all}
      options={choices}
      value={draft[key]}
      onChange={(value) => set({ [key]: value })}
      errors={errors[key]}
    />
  );
  const text = (key: keyof LogFilterValues, label: string, type: "date" | "search"): ReactNode => (
    <Field id={`log-${key}`} label={label} errors={errors[key]}>
      {(control) => (
        <Textbox
          {...control}
          type={type}
          name={key}
          min={key === "to" ? draft.from || undefined : undefined}
          value={draft[key]}
          onChange={(e) => set({ [key]: e.target.value })}
        />
      )}
    </Field>
  );

  return (
    <form
      role="search"
      aria-label="Verwerkingslog doorzoeken"
      className="rh-filter rh-filter--log"
      onSubmit={submit}
    >
      {persons
        ? select(
            "personId",
            "Persoon",
            "Alle personen",
            persons.map((p) => ({ value: p.id, label: p.fullName })),
          )
        : text("person", "Persoon (naam of pseudoniem)", "search")}
      {select("organisationId", "Organisatie", "Alle organisaties", orgChoices)}
      {text("from", "Van", "date")}
      {text("to", "Tot en met", "date")}
      {select(
        "purpose",
        "Doel",
        "Alle doelen",
        PURPOSES.map((p) => ({ value: p, label: PURPOSE_LABELS[p] })),
      )}
      {select(
        "operation",
        "Handeling",
        "Alle handelingen",
        LOG_OPERATIONS.map((op) => ({ value: op, label: LOG_OPERATION_LABELS[op] })),
      )}
      <div className="rh-filter__submit">
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button">
            Zoeken
          </Button>
          <Button appearance="subtle-button" onClick={clear}>
            Filters wissen
          </Button>
        </ButtonGroup>
      </div>
    </form>
  );
}
