// Row types of the support cases, incidents, caller identification tables, for Kysely; src/storage/tables.ts joins them into Tables.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SupportTables {}
