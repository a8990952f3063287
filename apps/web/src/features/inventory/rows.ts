import { useRef, useState } from "react";

// Dynamic lists of rows in a form (danger + safety goal, causes, patterns, statements): each row has a stable
// key for React and for the ids of its fields, and focus moves sensibly when a row is added or removed. Every
// row is sent (none is silently dropped), so the server's error paths (`causes.1.description`) match the
// row's position in the list.

export type Keyed<T> = T & { key: number };

export interface RowListOptions {
  /** Prefix of the rows' ids: a row's fields are `${idPrefix}-${key}-${field}`. */
  idPrefix: string;
  /** The field that gets focus in a new row. */
  firstField: string;
  /** Id of the "add" button, which gets focus after a row is removed. */
  addButtonId: string;
  initial?: number;
}

export interface RowList<T> extends Omit<RowListOptions, "initial" | "firstField"> {
  rows: Keyed<T>[];
  /** Add an empty row and put focus in its first field (`${idPrefix}-${key}-${firstField}`). */
  add: () => void;
  remove: (key: number) => void;
  /** Change one field of a row. */
  set: <K extends keyof T>(key: number, field: K, value: T[K]) => void;
}

function focusLater(id: string) {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

export function useRowList<T extends object>(empty: () => T, options: RowListOptions): RowList<T> {
  const next = useRef(0);
  const make = (): Keyed<T> => ({ ...empty(), key: next.current++ });
  const [rows, setRows] = useState<Keyed<T>[]>(() => Array.from({ length: options.initial ?? 0 }, make));

  return {
    idPrefix: options.idPrefix,
    addButtonId: options.addButtonId,
    rows,
    add: () => {
      const row = make();
      setRows((current) => [...current, row]);
      focusLater(`${options.idPrefix}-${row.key}-${options.firstField}`);
    },
    remove: (key) => {
      setRows((current) => current.filter((r) => r.key !== key));
      focusLater(options.addButtonId);
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
