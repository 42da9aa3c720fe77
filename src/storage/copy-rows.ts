// Bulk loading by COPY ... FROM (FORMAT csv): the table and its columns are checked against the table
// types, so a renamed column breaks the build where the load is written, not at run time.
import type { RawTransaction } from './store.ts';
import type { Tables } from './tables.ts';

export type CopyTarget = Pick<RawTransaction, 'copyCsv'>;
export type ColumnOf<T extends keyof Tables> = keyof Tables[T] & string;

/** Loads CSV text (no header, fields in the order of `columns`) into the table, inside a transaction. */
export function copyRows<T extends keyof Tables>(
  tx: CopyTarget,
  table: T,
  columns: readonly ColumnOf<T>[],
  csv: string | AsyncIterable<string>,
): Promise<void> {
  return tx.copyCsv(table, columns, csv);
}
