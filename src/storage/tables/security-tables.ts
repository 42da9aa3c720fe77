// Row types of the user accounts, sessions, audit log tables, for Kysely; src/storage/tables.ts joins them into Tables.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SecurityTables {}
