// Who may read and work the carrier data exchange, asked before every partner, file, exception and
// reconciliation route does anything. Program administrators and auditors read every partner's data; a
// carrier user reads its own carriers' only, and to it another carrier's file, item or member does not
// exist (404, as persons and cases outside a scope are answered), while the refusal is still audited.
// Roles that may never read the exchange are told 403.
import type { FastifyRequest } from 'fastify';
import { PshbError } from '../errors.ts';
import { ACTIONS } from '../security/access-policy.ts';
import { authorize, type Action } from './authorize.ts';
import { principalOf } from './principal.ts';

/** The personal fields a member's history as told carries, for the audit record. */
export const TOLD_HISTORY_FIELDS = ['member_id', 'enrollment_event', 'enrollment_code', 'effective_on'];

/** A refusal for scope (the role may take the action, not on this partner) answers NOT_FOUND. */
function answeredAlike(request: FastifyRequest, action: Action, what: string, decision: Promise<unknown>) {
  const roleMay = (ACTIONS[action].roles as readonly string[]).includes(principalOf(request).role);
  return decision.catch((error: unknown) => {
    if (roleMay && error instanceof PshbError && error.code === 'FORBIDDEN')
      throw new PshbError('NOT_FOUND', `no ${what}`);
    throw error;
  });
}

/** The member identifiers exception items and discrepancies carry: their reads are audited. */
export const MEMBER_FIELDS = ['member_id'];

/**
 * Reading one partner's exchange data (`partner` given) or the data within the caller's scope. Returns
 * the partners to read: the one asked for, a carrier's own carriers, or undefined for every partner.
 * With `fields` (the response names members), the allowed read is written to the audit log too.
 */
export async function mayReadExchange(
  request: FastifyRequest,
  partner?: string,
  what = `partner ${partner ?? ''}`,
  fields?: readonly string[],
): Promise<readonly string[] | undefined> {
  const principal = principalOf(request);
  const details = fields ? { fields } : {};
  if (partner !== undefined) {
    await answeredAlike(
      request,
      'exchange.read',
      what,
      authorize(request, 'exchange.read', exchangeOf([partner]), details),
    );
    return [partner];
  }
  const own = principal.role === 'carrier' ? (principal.carrierCodes ?? []) : undefined;
  await authorize(request, 'exchange.read', exchangeOf(own ?? []), details);
  return own;
}

/** Reading what the partner was told about one member: audited as a read of that person's data. */
export async function mayReadMemberHistory(
  request: FastifyRequest,
  partner: string,
  memberId: number,
): Promise<void> {
  await answeredAlike(
    request,
    'exchange.read_member',
    `member ${memberId} in the files of ${partner}`,
    authorize(
      request,
      'exchange.read_member',
      { kind: 'exchange', personId: memberId, carrierCodes: [partner] },
      { fields: TOLD_HISTORY_FIELDS },
    ),
  );
}

/**
 * Working the exception queue: program administrators only, over every partner's items, so the role
 * alone decides (before the item is read: other roles cannot probe which ids exist).
 */
export async function mayWorkExchange(request: FastifyRequest): Promise<void> {
  await authorize(request, 'exchange.work', exchangeOf([]));
}

function exchangeOf(carrierCodes: readonly string[]) {
  return { kind: 'exchange' as const, carrierCodes };
}
