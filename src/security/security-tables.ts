// Row types of the security tables (migration 0003), for Kysely: `securityDb(store)` is the store's
// database seen with these tables added, so src/storage/tables.ts need not know them.
import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Store } from '../storage/store.ts';
import type { Tables } from '../storage/tables.ts';

export interface UserAccountTable {
  subject: string;
  role: string;
  person_id: number | null;
  partner_organization: string | null;
  carrier_codes: ColumnType<string[], string[] | undefined, string[]>;
  display_name: ColumnType<string, string | undefined, string>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: ColumnType<Date, never, never>;
}

export interface AuthSessionTable {
  token_hash: string;
  subject: string;
  id_token: string | null;
  created_at: ColumnType<Date, never, never>;
  expires_at: ColumnType<Date, Date, Date>;
}

export interface AuditLogTable {
  id: Generated<number>;
  occurred_at: ColumnType<Date, never, never>;
  subject: string;
  role: string;
  action: string;
  resource_kind: string;
  resource_id: string | null;
  person_id: number | null;
  fields: ColumnType<string[], string[] | undefined, never>;
  purpose: string;
  outcome: 'allowed' | 'refused';
  reason: ColumnType<string, string | undefined, never>;
  request_id: string | null;
}

// A type alias, not an interface: Kysely's withTables needs an index-signature-compatible shape.
export type SecurityTables = {
  user_account: UserAccountTable;
  auth_session: AuthSessionTable;
  audit_log: AuditLogTable;
};

export type SecurityDb = Kysely<Tables & SecurityTables>;

export function securityDb(store: Store): SecurityDb {
  return store.db.withTables<SecurityTables>();
}
