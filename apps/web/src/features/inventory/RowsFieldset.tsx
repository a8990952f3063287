import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import type { MutationForm } from "../../components/forms";
import { ownMessages } from "./rows";
import type { Keyed, RowList } from "./rows";

/** The props that tie a field of a row to its value and errors: id `${prefix}-${field}`, path `causes.1.field`. */
export interface RowField<V> {
  id: string;
  errors: string[];
  value: V;
  onChange: (value: V) => void;
}

export type RowFieldBinder<T> = <K extends keyof T & string>(field: K) => RowField<T[K]>;

export interface RowsFieldsetProps<T> {
  legend: string;
  /** The fieldset's description (help text), under its legend. */
  children: ReactNode;
  form: Pick<MutationForm, "errorsFor">;
  /** The list in the input (`causes`): its own messages stand under the legend. */
  path: string;
  /** The fields of a row in the input (`description`); the rest of a row's messages stand under its legend. */
  rowFields: readonly string[];
  list: RowList<T>;
  /** "Oorzaak": rows "Oorzaak 1", "Oorzaak 2"; buttons "Oorzaak toevoegen", "Oorzaak 1 verwijderen". */
  rowName: string;
  /** The fields of a row: spread `field("description")` on each; `path` is the row in the input (`causes.1`). */
  renderRow: (field: RowFieldBinder<T>, row: Keyed<T>, path: string) => ReactNode;
}

/** A fieldset of rows that can be added and removed, each its own fieldset ("Oorzaak 2"). Ids: the list's. */
export function RowsFieldset<T>(props: RowsFieldsetProps<T>) {
  const { legend, children: description, form, path, list } = props;
  const id = list.idPrefix;
  const listErrors = ownMessages(
    form.errorsFor(path),
    ...list.rows.map((_, index) => form.errorsFor(`${path}.${index}`)),
  );
  return (
    <Fieldset
      className="rh-rows"
      invalid={listErrors.length > 0}
      aria-labelledby={`${id}-legend`}
      aria-describedby={`${id}-description`}
    >
      <FieldsetLegend id={`${id}-legend`}>{legend}</FieldsetLegend>
      <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription>
      <Messages messages={listErrors} />
      {list.rows.length > 0 ? (
        <ol className="rh-rows__list">
          {list.rows.map((row, index) => (
            <li key={row.key} className="rh-rows__row">
              <Row {...props} row={row} index={index} />
            </li>
          ))}
        </ol>
      ) : null}
      <Button id={list.addButtonId} type="button" appearance="secondary-action-button" onClick={list.add}>
        {props.rowName} toevoegen
      </Button>
    </Fieldset>
  );
}

function Row<T>({
  form,
  path,
  rowFields,
  list,
  rowName,
  renderRow,
  row,
  index,
}: RowsFieldsetProps<T> & { row: Keyed<T>; index: number }) {
  const prefix = `${list.idPrefix}-${row.key}`;
  const rowPath = `${path}.${index}`;
  const rowErrors = ownMessages(
    form.errorsFor(rowPath),
    ...rowFields.map((field) => form.errorsFor(`${rowPath}.${field}`)),
  );
  return (
    <Fieldset aria-labelledby={`${prefix}-legend`} className="rh-rows__fieldset">
      <FieldsetLegend id={`${prefix}-legend`} className="rh-rows__legend">
        {rowName} {index + 1}
      </FieldsetLegend>
      <Messages messages={rowErrors} />
      {renderRow(
        (field) => ({
          id: `${prefix}-${field}`,
          errors: form.errorsFor(`${rowPath}.${field}`),
          value: row[field],
          onChange: (value) => list.set(row.key, field, value),
        }),
        row,
        rowPath,
      )}
      <Button type="button" appearance="subtle-button" hint="danger" onClick={() => list.remove(row.key)}>
        {rowName} {index + 1} verwijderen
      </Button>
    </Fieldset>
  );
}

function Messages({ messages }: { messages: readonly string[] }) {
  return messages.length > 0 ? <FormFieldErrorMessage>{messages.join(" ")}</FormFieldErrorMessage> : null;
}
