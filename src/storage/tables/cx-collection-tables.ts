// Row types of the quarterly CX data collections (migration 0025); src/storage/tables.ts joins them
// into Tables. cx_collection holds the current state, cx_collection_event every change (appended only).
import type { ColumnType, Generated } from 'kysely';

type RecordedAt = ColumnType<Date, never, never>;

export interface CxCollectionTable {
  id: Generated<number>;
  service: string;
  fiscal_year: number;
  fiscal_quarter: number;
  state: ColumnType<string, string | undefined, string>;
  reflection: string | null;
  rating: string | null;
  due_on: ColumnType<string, string, string>;
  created_at: RecordedAt;
  updated_at: ColumnType<Date, string | undefined, string>;
}

export interface CxCollectionEventTable {
  id: Generated<number>;
  collection_id: number;
  kind: string;
  from_state: string | null;
  to_state: string;
  reflection: string | null;
  rating: string | null;
  note: string | null;
  author: string;
  recorded_at: RecordedAt;
}

export interface CxCollectionTables {
  cx_collection: CxCollectionTable;
  cx_collection_event: CxCollectionEventTable;
}
