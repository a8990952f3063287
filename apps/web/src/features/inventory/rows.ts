import { useId, useRef, useState } from "react";
import { focusLater } from "../../components/forms";

// Dynamic lists of rows in a form (danger + safety goal, causes, patterns, statements): each row has a stable
// key for React and for the ids of its fields (under the list's own `useId`, so two lists never share an id),
// and focus moves sensibly when a row is added or removed. Every row is sent (none is silently dropped), so
// the server's error paths (`causes.1.description`) match the row's position in the list.

export type Keyed<T> = T & { key: number };

export interface RowList<T> {
  /** Prefix of the list's ids (its own): a row's fields are `${idPrefix}-${key}-${field}`. */
  idPrefix: string;
  /** Id of the "add" button, `${idPrefix}-add`, which gets focus after a row is removed. */
  addButtonId: string;
  rows: Keyed<T>[];
  /** Add an empty row and put focus in its first field (`${idPrefix}-${key}-${firstField}`). */
  add: () => void;
  remove: (key: number) => void;
  /** Change one field of a row. */
  set: <K extends keyof T>(key: number, field: K, value: T[K]) => void;
}

/** A list of rows made by `empty`, `initial` of them at first; a new row's `firstField` gets focus. */
export function useRowList<T extends object>(
  empty: () => T,
  firstField: keyof T & string,
  initial = 0,
): RowList<T> {
  const idPrefix = useId();
  const addButtonId = `${idPrefix}-add`;
  const next = useRef(0);
  const make = (): Keyed<T> => ({ ...empty(), key: next.current++ });
  const [rows, setRows] = useState<Keyed<T>[]>(() => Array.from({ length: initial }, make));

  return {
    idPrefix,
    addButtonId,
    rows,
    add: () => {
      const row = make();
      setRows((current) => [...current, row]);
      focusLater(`${idPrefix}-${row.key}-${firstField}`);
    },
    remove: (key) => {
      setRows((current) => current.filter((r) => r.key !== key));
      focusLater(addButtonId);
    },
    set: (key, field, value) => {
      setRows((current) => current.map((r) => (r.key === key ? { ...r, [field]: value } : r)));
    },
  };
}

/**
 * The messages of a path that are not shown at one of its parts: `all` are the messages of e.g. `causes.1`
 * including its fields (`causes.1.description`), `parts` those of the fields; what is left belongs to the row
 * itself. Each message of a part is taken away once.
 */
export function ownMessages(all: readonly string[], ...parts: readonly (readonly string[])[]): string[] {
  const left = [...all];
  for (const message of parts.flat()) {
    const i = left.indexOf(message);
    if (i !== -1) left.splice(i, 1);
  }
  return left;
}
