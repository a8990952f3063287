import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

// Rows of a table carried inside another statement's row as JSON (one statement instead of several, or a
// content row chosen per item kind), with the table's field names as keys; and back, each value mapped as the
// driver would have mapped the column (timestamps become Dates, bigint numbers, dates stay strings).

/** One row of `table` (in scope of the surrounding SQL) as a JSON object keyed by field names. */
export function jsonObjectOf(table: PgTable): SQL<unknown> {
  const fields = Object.entries(getTableColumns(table)).map(
    ([key, column]) => sql`${sql.raw(`'${key}'`)}, ${column}`,
  );
  return sql`json_build_object(${sql.join(fields, sql`, `)})`;
}

/** The rows of `table` matching `where`, as one JSON array of `jsonObjectOf` objects. */
export function jsonRowsOf(table: PgTable, where: SQL | undefined, orderBy: SQL): SQL<unknown> {
  return sql`coalesce((select json_agg(${jsonObjectOf(table)} order by ${orderBy})
    from ${table} where ${where}), '[]'::json)`;
}

/** A row of `table` from `jsonObjectOf` (as parsed by the driver, or as text). */
export function rowFromJson<T extends PgTable>(table: T, value: unknown): T["$inferSelect"] {
  const row = (typeof value === "string" ? JSON.parse(value) : value) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const raw = row[key];
    out[key] = raw === null || raw === undefined ? null : column.mapFromDriverValue(raw);
  }
  return out as T["$inferSelect"];
}

/** Rows of `table` from `jsonRowsOf`. */
export function rowsFromJson<T extends PgTable>(table: T, value: unknown): T["$inferSelect"][] {
  const list = (typeof value === "string" ? JSON.parse(value) : value) as unknown[];
  return list.map((row) => rowFromJson(table, row));
}
