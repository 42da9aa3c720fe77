// The audit log: every read of personal data and every refused request, with who, what, when, why and
// the outcome. The table is append-only (a trigger rejects UPDATE, DELETE and TRUNCATE); entries are
// listed newest (or oldest) first with an opaque cursor.
import { PshbError } from '../errors.ts';
import { batcherFor } from './group-commit.ts';
import type { Store } from '../storage/store.ts';
import type { AccessDecision, Action, Resource, ResourceKind } from './access-policy.ts';
import { authorize } from './access-policy.ts';
import type { Principal, Role } from './principal.ts';
import { securityDb } from './security-tables.ts';

export type AuditOutcome = 'allowed' | 'refused';

export interface AuditEntryInput {
  readonly subject: string;
  readonly role: Role;
  readonly action: string;
  readonly resourceKind: ResourceKind;
  /** The record's id as text (a person id, a case number...). */
  readonly resourceId?: string | undefined;
  /** The person the data is about, to answer "who looked at this person". */
  readonly personId?: number | undefined;
  /** The personal fields read or changed, e.g. ['ssn', 'birth_date']. */
  readonly fields?: readonly string[];
  /** Why: 'self-service', 'case 123', 'carrier enrollment reconciliation'. */
  readonly purpose: string;
  readonly outcome: AuditOutcome;
  readonly reason?: string;
  readonly requestId?: string | undefined;
}

export interface AuditEntry extends Required<Omit<AuditEntryInput, 'resourceId' | 'personId' | 'requestId'>> {
  readonly id: number;
  readonly occurredAt: Date;
  readonly resourceId: string | null;
  readonly personId: number | null;
  readonly requestId: string | null;
}

export interface AuditFilter {
  readonly subject?: string;
  readonly personId?: number;
  readonly resourceKind?: ResourceKind;
  readonly resourceId?: string;
  readonly outcome?: AuditOutcome;
  readonly requestId?: string;
  /** Entries at or after this instant. */
  readonly from?: Date;
  /** Entries before this instant. */
  readonly to?: Date;
  /** Page size, 1 to 1,000; default 100. */
  readonly limit?: number;
  /** 'newest' first (default) or 'oldest' first; a cursor continues in the order it was made for. */
  readonly order?: AuditOrder;
}

export type AuditOrder = 'newest' | 'oldest';

export interface AuditPage {
  readonly entries: AuditEntry[];
  /** Pass back to get the next page (older, or newer when oldest first); null when this page is the last. */
  readonly nextCursor: string | null;
}

/** One entry, committed with whatever other entries arrive meanwhile (src/security/group-commit.ts). */
export async function recordAccess(store: Store, entry: AuditEntryInput): Promise<void> {
  await batcherFor<AuditEntryInput>(store, (entries) => recordAccesses(store, entries)).write(entry);
}

/**
 * Several entries in one statement (a group-committed batch, or a list response that reads many
 * people). The columns travel as arrays, so the statement text is the same for any number of entries
 * and PostgreSQL plans it once per connection. Field names contain no commas (they are column names).
 */
export async function recordAccesses(store: Store, entries: readonly AuditEntryInput[]): Promise<void> {
  if (entries.length === 0) return;
  const column = <T>(pick: (e: AuditEntryInput) => T) => entries.map(pick);
  await store.prepared(
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

export interface AuditContext {
  readonly purpose: string;
  readonly fields?: readonly string[];
  readonly resourceId?: string;
  readonly requestId?: string;
}

/**
 * Decides with the access policy and writes the decision to the audit log, allowed or refused: the
 * one call a route makes before it reads or changes personal data. Non-personal reads that are
 * allowed (plans, aggregate reports) are not logged unless `alwaysRecord` is set.
 */
export async function authorizeAndAudit(
  store: Store,
  principal: Principal,
  action: Action,
  resource: Resource,
  context: AuditContext,
  options: { alwaysRecord?: boolean } = {},
): Promise<AccessDecision> {
  const decision = authorize(principal, action, resource);
  const personal = resource.personId !== undefined || (context.fields?.length ?? 0) > 0;
  if (!decision.allowed || personal || options.alwaysRecord) {
    await recordAccess(store, {
      subject: principal.subject,
      role: principal.role,
      action,
      resourceKind: resource.kind,
      resourceId:
        context.resourceId ?? (resource.personId !== undefined ? String(resource.personId) : undefined),
      personId: resource.personId,
      fields: context.fields ?? [],
      purpose: context.purpose,
      outcome: decision.allowed ? 'allowed' : 'refused',
      reason: decision.reason,
      requestId: context.requestId,
    });
  }
  return decision;
}

/** authorizeAndAudit, throwing FORBIDDEN (403) when refused. */
export async function requireAccess(
  store: Store,
  principal: Principal,
  action: Action,
  resource: Resource,
  context: AuditContext,
): Promise<void> {
  const decision = await authorizeAndAudit(store, principal, action, resource, context);
  if (!decision.allowed) throw new PshbError('FORBIDDEN', `${action} refused: ${decision.reason}`);
}

export async function listAudit(
  store: Store,
  filter: AuditFilter = {},
  cursor?: string | null,
): Promise<AuditPage> {
  const limit = filter.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw new PshbError('INVALID_INPUT', 'limit must be a whole number from 1 to 1000');
  let query = securityDb(store).selectFrom('audit_log').selectAll();
  if (filter.subject !== undefined) query = query.where('subject', '=', filter.subject);
  if (filter.personId !== undefined) query = query.where('person_id', '=', filter.personId);
  if (filter.resourceKind !== undefined) query = query.where('resource_kind', '=', filter.resourceKind);
  if (filter.resourceId !== undefined) query = query.where('resource_id', '=', filter.resourceId);
  if (filter.outcome !== undefined) query = query.where('outcome', '=', filter.outcome);
  if (filter.requestId !== undefined) query = query.where('request_id', '=', filter.requestId);
  if (filter.from !== undefined) query = query.where('occurred_at', '>=', filter.from as never);
  if (filter.to !== undefined) query = query.where('occurred_at', '<', filter.to as never);
  const order = filter.order ?? 'newest';
  if (cursor) query = query.where('id', order === 'newest' ? '<' : '>', decodeCursor(cursor, order));
  const rows = await query
    .orderBy('id', order === 'newest' ? 'desc' : 'asc')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  return {
    entries: page.map((r) => ({
      id: Number(r.id),
      occurredAt: r.occurred_at,
      subject: r.subject,
      role: r.role as Role,
      action: r.action,
      resourceKind: r.resource_kind as ResourceKind,
      resourceId: r.resource_id,
      personId: r.person_id === null ? null : Number(r.person_id),
      fields: r.fields,
      purpose: r.purpose,
      outcome: r.outcome,
      reason: r.reason,
      requestId: r.request_id,
    })),
    nextCursor: rows.length > limit ? encodeCursor(Number(page[page.length - 1]!.id), order) : null,
  };
}

// Newest-first cursors keep the form they had before the order existed, so cursors already handed out
// stay valid; an oldest-first cursor names its order, so it cannot be replayed the other way round.
function encodeCursor(id: number, order: AuditOrder): string {
  return Buffer.from(order === 'newest' ? `audit:${id}` : `audit:oldest:${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, order: AuditOrder): number {
  const pattern = order === 'newest' ? /^audit:(\d+)$/ : /^audit:oldest:(\d+)$/;
  const match = pattern.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const id = match ? Number(match[1]) : NaN;
  if (!Number.isSafeInteger(id))
    throw new PshbError('INVALID_INPUT', 'cursor: not a cursor this list returned in this order', [
      { field: 'querystring.cursor', message: 'not a cursor this list returned in this order' },
    ]);
  return id;
}
