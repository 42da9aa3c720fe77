// The audit log: every read of personal data and every refused request, with who, what, when, why and
// the outcome. The table is append-only (a trigger rejects UPDATE, DELETE and TRUNCATE); entries are
// listed newest (or oldest) first with an opaque cursor.
import { PshbError } from '../errors.ts';
import { batcherFor } from './group-commit.ts';
import { executorOf } from '../storage/executor.ts';
import { insertAuditEntries, selectAuditEntries, type NewAuditEntry } from '../storage/security/audit-log.ts';
import type { Store } from '../storage/store.ts';
import type { AccessDecision, Action, Resource, ResourceKind } from './access-policy.ts';
import { authorize } from './access-policy.ts';
import type { Principal, Role } from './principal.ts';

export type AuditOutcome = 'allowed' | 'refused';

/** An entry as the access policy writes it: the stored shape, with the role and resource kind checked. */
export interface AuditEntryInput extends NewAuditEntry {
  readonly role: Role;
  readonly resourceKind: ResourceKind;
  readonly outcome: AuditOutcome;
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

/** Several entries in one statement (a group-committed batch, or a list response that reads many people). */
export async function recordAccesses(store: Store, entries: readonly AuditEntryInput[]): Promise<void> {
  await insertAuditEntries(store, entries);
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
  const order = filter.order ?? 'newest';
  const rows = await selectAuditEntries(executorOf(store), {
    ...filter,
    order,
    pastId: cursor ? decodeCursor(cursor, order) : undefined,
    limit: limit + 1,
  });
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
