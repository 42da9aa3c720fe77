// Row types of the enrollment side's tables that src/storage/tables.ts does not list itself (idempotency
// records and the like), for Kysely; tables.ts joins them into Tables.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EnrollmentTables {}
