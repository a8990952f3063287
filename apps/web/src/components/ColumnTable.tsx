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

/** How a row is told apart from the others (React's key): `rowKey`, or else its `id` — rows without one need it. */
type RowKeyProps<R> =
  { rowKey: (row: R) => string } | (R extends { id: string } ? { rowKey?: undefined } : never);

export type ColumnTableProps<R> = ColumnTableFrame<R> & RowKeyProps<R>;

interface ColumnTableFrame<R> {
  columns: readonly Column<R>[];
  rows: readonly R[];
  /** Visible caption, which also names the table. */
  caption?: string;
  "aria-label"?: string;
  "aria-labelledby"?: string;
  /**
   * The name of the `TableScroll` around the table (for narrow screens); the caption or the `aria-label` when
   * not given. A table named by a heading (`aria-labelledby`) gives it here.
   */
  scrollLabel?: string;
  /** The first column heads its row (`th scope="row"`); off for tables without a row header. */
  rowHeaders?: boolean;
  /** Class of the table: "rh-table" and its variants. */
  className?: string;
  testId?: string;
}

/** The key of a row whose type has an `id` (`RowKeyProps` lets a table leave out `rowKey` only then). */
const idOf = (row: unknown) => (row as { id: string }).id;

/**
 * A `rh-table` described by its columns: a header row, and per row one cell per column — the first as the
 * row's header unless `rowHeaders` is false.
 */
export function ColumnTable<R>(props: ColumnTableProps<R>) {
  const { columns, rows, caption, rowHeaders = true, className = "rh-table", testId } = props;
  const names = { "aria-label": props["aria-label"], "aria-labelledby": props["aria-labelledby"] };
  const rowKey: (row: R) => string = props.rowKey ?? idOf;
  const scrollLabel = props.scrollLabel ?? caption ?? props["aria-label"];
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
