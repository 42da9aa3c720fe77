// Row types of the background jobs, rate limits tables, for Kysely; src/storage/tables.ts joins them into Tables.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OperationsTables {}
