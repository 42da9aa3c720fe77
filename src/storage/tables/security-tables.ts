// Row types of the security tables (migration 0003): who may sign in and as what, the server-side
// sessions and the append-only audit log. src/storage/tables.ts joins them into Tables.
import type { ColumnType, Generated } from 'kysely';

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
  /** The SHA-256 of the cookie's token: the token itself is never stored. */
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

export interface SecurityTables {
  user_account: UserAccountTable;
  auth_session: AuthSessionTable;
  audit_log: AuditLogTable;
}
