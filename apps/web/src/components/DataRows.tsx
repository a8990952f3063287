import { DataList, DataListItem, DataListKey, DataListValue } from "@utrecht/component-library-react";
import type { ReactNode } from "react";

/** One row of a `DataRows` list: its Dutch key and its value. */
export type DataRowEntry = readonly [label: string, value: ReactNode];

/** One key–value row of a data list ("Leefgebied: Onderwijs"). */
export function DataRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem className="rh-data-list__item">
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

export interface DataRowsProps {
  rows: readonly DataRowEntry[];
  /** Extra class next to `rh-data-list`. */
  className?: string;
  testId?: string;
}

/** A data list of key–value rows, built from a list (rows whose keys are unique). */
export function DataRows({ rows, className, testId }: DataRowsProps) {
  return (
    <DataList className={className ? `rh-data-list ${className}` : "rh-data-list"} data-testid={testId}>
      {rows.map(([label, value]) => (
        <DataRow key={label} label={label}>
          {value}
        </DataRow>
      ))}
    </DataList>
  );
}
