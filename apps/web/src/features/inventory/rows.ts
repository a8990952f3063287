import { useRef, useState } from "react";

// Dynamic lists of rows in a form (danger + safety goal, causes, patterns, statements): each row has a stable
// key for React and for the ids of its fields, and focus moves sensibly when a row is added or removed. Every
// row is sent (none is silently dropped), so the server's error paths (`causes.1.description`) match the
// row's position in the list.

export type Keyed<T> = T & { key: number };

export interface RowList<T> {
  rows: Keyed<T>[];
  /** Add an empty row and put focus in its first field (`${idPrefix}-${key}-${firstField}`). */
  add: () => void;
  remove: (key: number) => void;
  update: (key: number, patch: Partial<T>) => void;
  reset: () => void;
}

export function useRowList<T extends object>(
  empty: () => T,
  options: { idPrefix: string; firstField: string; addButtonId: string; initial?: number },
): RowList<T> {
  const next = useRef(0);
  const make = (): Keyed<T> => ({ ...empty(), key: next.current++ });
  const [rows, setRows] = useState<Keyed<T>[]>(() => Array.from({ length: options.initial ?? 0 }, make));

  const focus = (id: string) => {
    window.setTimeout(() => document.getElementById(id)?.focus(), 0);
  };

  return {
    rows,
    add: () => {
      const row = make();
      setRows((current) => [...current, row]);
      focus(`${options.idPrefix}-${row.key}-${options.firstField}`);
    },
    remove: (key) => {
      setRows((current) => current.filter((r) => r.key !== key));
      focus(options.addButtonId);
    },
    update: (key, patch) => {
      setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    },
    reset: () => setRows(Array.from({ length: options.initial ?? 0 }, make)),
  };
}

/** Messages for exactly this path (e.g. a whole row `causes.1`, or the list `causes`), not for its fields. */
export function exactMessages(errors: Record<string, string[]>, path: string): string[] {
  return errors[path] ?? [];
}
