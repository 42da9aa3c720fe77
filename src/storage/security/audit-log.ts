// The audit_log rows: appended in batches (the table is append-only: a trigger rejects UPDATE, DELETE
// and TRUNCATE) and read back a page at a time in id order.
import type { Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { AuditLogTable } from '../tables/security-tables.ts';

/** One entry to append, as the audit log's callers describe it. */
export interface NewAuditEntry {
  readonly subject: string;
  readonly role: string;
  readonly action: string;
  readonly resourceKind: string;
  /** The record's id as text (a person id, a case number...). */
  readonly resourceId?: string | undefined;
  /** The person the data is about, to answer "who looked at this person". */
  readonly personId?: number | undefined;
  /** The personal fields read or changed (column names, without commas), e.g. ['ssn', 'birth_date']. */
  readonly fields?: readonly string[];
  /** Why: 'self-service', 'case 123', 'carrier enrollment reconciliation'. */
  readonly purpose: string;
  readonly outcome: 'allowed' | 'refused';
  readonly reason?: string;
  readonly requestId?: string | undefined;
}

/**
 * Several entries in one statement (a group-committed batch, or a list response that reads many
 * people). The columns travel as arrays, so the statement text is the same for any number of entries
 * and each connection prepares it once. Field names contain no commas (they are column names).
 */
export async function insertAuditEntries(
  executor: Pick<Executor, 'prepared'>,
  entries: readonly NewAuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const column = <T>(pick: (e: NewAuditEntry) => T) => entries.map(pick);
  await executor.prepared(
    'audit-insert',
    `insert into audit_log (subject, role, action, resource_kind, resource_id, person_id, fields, purpose,
       outcome, reason, request_id)
     select subject, role, action, resource_kind, resource_id, person_id,
       coalesce(string_to_array(nullif(fields, ''), ','), '{}'), purpose, outcome, reason, request_id
     from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::text[],
       $8::text[], $9::text[], $10::text[], $11::text[])
       as t(subject, role, action, resource_kind, resource_id, person_id, fields, purpose, outcome, reason,
         request_id)`,
    [
      column((e) => storable(e.subject)),
      column((e) => e.role),
      column((e) => storable(e.action)),
      column((e) => e.resourceKind),
      column((e) => (e.resourceId === undefined ? null : storable(e.resourceId))),
      column((e) => e.personId ?? null),
      column((e) => storable((e.fields ?? []).join(','))),
      column((e) => storable(e.purpose)),
      column((e) => e.outcome),
      column((e) => storable(e.reason ?? '')),
      column((e) => (e.requestId === undefined ? null : storable(e.requestId))),
    ],
  );
}

/**
 * The text as PostgreSQL can store it: a NUL character (which no text column accepts, and which would
 * fail the whole group-committed batch) is written as the six characters \u0000, so an entry about a
 * request that carried one is still recorded, showing what was sent.
 */
function storable(text: string): string {
  return text.replaceAll('\u0000', '\\u0000');
}

export type AuditLogRow = Selectable<AuditLogTable>;

/** Which entries to read: each criterion given narrows the list. */
export interface AuditSelection {
  readonly subject?: string | undefined;
  readonly personId?: number | undefined;
  readonly resourceKind?: string | undefined;
  readonly resourceId?: string | undefined;
  readonly outcome?: 'allowed' | 'refused' | undefined;
  readonly requestId?: string | undefined;
  /** At or after this instant. */
  readonly from?: Date | undefined;
  /** Before this instant. */
  readonly to?: Date | undefined;
  /** Newest (highest id) first, or oldest first. */
  readonly order: 'newest' | 'oldest';
  /** Only entries past this id in the order asked (a page's cursor). */
  readonly pastId?: number | undefined;
  readonly limit: number;
}

export async function selectAuditEntries(
  executor: Executor,
  selection: AuditSelection,
): Promise<AuditLogRow[]> {
  const s = selection;
  let query = sqlBuilder.selectFrom('audit_log').selectAll();
  if (s.subject !== undefined) query = query.where('subject', '=', s.subject);
  if (s.personId !== undefined) query = query.where('person_id', '=', s.personId);
  if (s.resourceKind !== undefined) query = query.where('resource_kind', '=', s.resourceKind);
  if (s.resourceId !== undefined) query = query.where('resource_id', '=', s.resourceId);
  if (s.outcome !== undefined) query = query.where('outcome', '=', s.outcome);
  if (s.requestId !== undefined) query = query.where('request_id', '=', s.requestId);
  if (s.from !== undefined) query = query.where('occurred_at', '>=', s.from as never);
  if (s.to !== undefined) query = query.where('occurred_at', '<', s.to as never);
  const newest = s.order === 'newest';
  if (s.pastId !== undefined) query = query.where('id', newest ? '<' : '>', s.pastId);
  return execute(executor, query.orderBy('id', newest ? 'desc' : 'asc').limit(s.limit));
}
