import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { TableScroll } from "./TableScroll";

/** One column of a `ColumnTable`: its header and what a row shows in it. */
export interface Column<R> {
  header: ReactNode;
  cell: (row: R) => ReactNode;
  /** Class of the column's cells, e.g. "rh-nowrap". */
  className?: string;
}

export interface ColumnTableProps<R> {
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  /** Visible caption, which also names the table. */
  caption?: string;
  "aria-label"?: string;
  "aria-labelledby"?: string;
  /** Wrap the table in a `TableScroll` with this name (for narrow screens). */
  scrollLabel?: string;
  /** The first column heads its row (`th scope="row"`); off for tables without a row header. */
  rowHeaders?: boolean;
  /** Class of the table: "rh-table" and its variants. */
  className?: string;
  testId?: string;
}

/**
 * A `rh-table` described by its columns: a header row, and per row one cell per column — the first as the
 * row's header unless `rowHeaders` is false.
 */
export function ColumnTable<R>({
  columns,
  rows,
  rowKey,
  caption,
  scrollLabel,
  rowHeaders = true,
  className = "rh-table",
  testId,
  ...names
}: ColumnTableProps<R>) {
  const table = (
    <Table className={className} data-testid={testId} {...names}>
      {caption ? <TableCaption className="rh-table__caption">{caption}</TableCaption> : null}
      <TableHeader>
        <TableRow>
          {columns.map((column, i) => (
            <TableHeaderCell key={i} scope="col">
              {column.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)}>
            {columns.map((column, i) =>
              i === 0 && rowHeaders ? (
                <TableHeaderCell key={i} scope="row" className={column.className}>
                  {column.cell(row)}
                </TableHeaderCell>
              ) : (
                <TableCell key={i} className={column.className}>
                  {column.cell(row)}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
  return scrollLabel ? <TableScroll label={scrollLabel}>{table}</TableScroll> : table;
}
