// Plain SQL with bind parameters, the same inside a transaction (RawTransaction.query) and outside it
// (queryOf(store)), so one read serves a request handler, a CLI command and a change in progress.
import { CompiledQuery } from 'kysely';
import type { Store } from './store.ts';

export type Query = <Row>(text: string, params: readonly unknown[]) => Promise<Row[]>;

export function queryOf(store: Store): Query {
  return async <Row>(text: string, params: readonly unknown[]) =>
    (await store.db.executeQuery<Row>(CompiledQuery.raw(text, [...params]))).rows;
}

/** A date column as YYYY-MM-DD, whether the driver returned text or a Date. */
export function dayOf(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
