// The security tables' row types now live in src/storage/tables/security-tables.ts and are part of
// Tables, so the store's own database sees them. Kept for callers not yet on src/storage/security/.
import type { Kysely } from 'kysely';
import type { Store } from '../storage/store.ts';
import type { Tables } from '../storage/tables.ts';

export type {
  AuditLogTable,
  AuthSessionTable,
  SecurityTables,
  UserAccountTable,
} from '../storage/tables/security-tables.ts';

export type SecurityDb = Kysely<Tables>;

/** @deprecated The store's database already knows the security tables: use src/storage/security/. */
export function securityDb(store: Store): SecurityDb {
  return store.db;
}
