import { Button, ButtonGroup, Select, SelectOption, Textbox } from "@utrecht/component-library-react";
import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import type { FormEvent } from "react";
import { Field } from "../../components/Field";
import { LOG_OPERATIONS, LOG_OPERATION_LABELS, dateInputToIso } from "../../labels";
import type { LogOperation, ProcessingLogFilter } from "../../generated/graphql";
import { ORGANISATIONS_QUERY } from "../cases/operations";

export interface LogFilterValues {
  operation: LogOperation | "";
  organisationId: string;
  personId: string;
  from: string;
  to: string;
}

export const EMPTY_LOG_FILTER: LogFilterValues = {
  operation: "",
  organisationId: "",
  personId: "",
  from: "",
  to: "",
};

/** The form's values as the contract's filter; the dates cover whole days (local time). */
export function toProcessingLogFilter(values: LogFilterValues): ProcessingLogFilter {
  return {
    operations: values.operation ? [values.operation] : null,
    organisationId: values.organisationId || null,
    personId: values.personId || null,
    from: values.from ? dateInputToIso(values.from) : null,
    to: values.to ? dateInputToIso(values.to, true) : null,
  };
}

export interface LogFilterProps {
  applied: LogFilterValues;
  onApply: (values: LogFilterValues) => void;
  /** Persons to filter on; without any the person select is left out. */
  persons: readonly { id: string; fullName: string }[];
}

/** Filter the processing log by operation, organisation, person and period; applied with "Filteren". */
export function LogFilter({ applied, onApply, persons }: LogFilterProps) {
  const [draft, setDraft] = useState(applied);
  const organisations = useQuery(ORGANISATIONS_QUERY);
  const sorted = [...(organisations.data?.organisations ?? [])].sort((a, b) =>
    a.name.localeCompare(b.name, "nl"),
  );
  const set = (patch: Partial<LogFilterValues>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    setDraft(EMPTY_LOG_FILTER);
    onApply(EMPTY_LOG_FILTER);
  };

  return (
    <form
      role="search"
      aria-label="Verwerkingslog filteren"
      className="rh-filter rh-filter--log"
      onSubmit={submit}
    >
      <Field id="log-operation" label="Handeling">
        {(control) => (
          <Select
            {...control}
            name="operation"
            value={draft.operation}
            onChange={(e) => set({ operation: e.target.value as LogOperation | "" })}
          >
            <SelectOption value="">Alle handelingen</SelectOption>
            {LOG_OPERATIONS.map((op) => (
              <SelectOption key={op} value={op}>
                {LOG_OPERATION_LABELS[op]}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      <Field id="log-organisation" label="Organisatie">
        {(control) => (
          <Select
            {...control}
            name="organisationId"
            busy={organisations.loading}
            value={draft.organisationId}
            onChange={(e) => set({ organisationId: e.target.value })}
          >
            <SelectOption value="">Alle organisaties</SelectOption>
            {sorted.map((o) => (
              <SelectOption key={o.id} value={o.id}>
                {o.name}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      {persons.length > 0 ? (
        <Field id="log-person" label="Persoon">
          {(control) => (
            <Select
              {...control}
              name="personId"
              value={draft.personId}
              onChange={(e) => set({ personId: e.target.value })}
            >
              <SelectOption value="">Alle personen</SelectOption>
              {persons.map((p) => (
                <SelectOption key={p.id} value={p.id}>
                  {p.fullName}
                </SelectOption>
              ))}
            </Select>
          )}
        </Field>
      ) : null}
      <Field id="log-from" label="Van">
        {(control) => (
          <Textbox
            {...control}
            type="date"
            name="from"
            value={draft.from}
            onChange={(e) => set({ from: e.target.value })}
          />
        )}
      </Field>
      <Field id="log-to" label="Tot en met">
        {(control) => (
          <Textbox
            {...control}
            type="date"
            name="to"
            min={draft.from || undefined}
            value={draft.to}
            onChange={(e) => set({ to: e.target.value })}
          />
        )}
      </Field>
      <div className="rh-filter__submit">
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button">
            Filteren
          </Button>
          <Button appearance="subtle-button" onClick={clear}>
            Filters wissen
          </Button>
        </ButtonGroup>
      </div>
    </form>
  );
}
