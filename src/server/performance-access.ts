// Who may read and change carrier performance evaluations, asked before every carrier performance route
// does anything (the policy's performance.* actions, src/security/access-policy.ts). Contracting
// officers and program administrators read and decide every carrier's; auditors read every carrier's;
// a carrier reads its own carriers' and answers its own findings. To a carrier, another carrier's
// evaluation, notice or evidence does not exist (404, as the exchange's data is answered), while the
// refusal is still audited; roles that may never read carrier performance are told 403.
import type { FastifyRequest } from 'fastify';
import { PshbError } from '../errors.ts';
import { ACTIONS } from '../security/access-policy.ts';
import type { Principal } from '../security/principal.ts';
import type { Store } from '../storage/store.ts';
import { authorizeStep } from '../exchange/carrier-performance/due-process/due-process-step.ts';
import { authorize, type Action } from './authorize.ts';
import { principalOf } from './principal.ts';

/** The signed-in user as the carrier performance operations take it. */
export function actorOf(request: FastifyRequest): Principal {
  return principalOf(request);
}

function performanceOf(carrierCodes: readonly string[]) {
  return { kind: 'performance' as const, carrierCodes };
}

/** Whether the caller's role may take the action at all (so a refusal is for scope, not role). */
function roleMay(request: FastifyRequest, action: Action): boolean {
  return (ACTIONS[action].roles as readonly string[]).includes(principalOf(request).role);
}

/**
 * Runs `work` (an operation that checks the evaluation's carrier against the caller) and answers a
 * refusal for scope as NOT_FOUND: the role may read carrier performance, only not this carrier's.
 */
export async function performanceEvaluationOf<T>(
  request: FastifyRequest,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (
      error instanceof PshbError &&
      error.code === 'FORBIDDEN' &&
      principalOf(request).role === 'carrier' &&
      roleMay(request, 'performance.read')
    )
      throw new PshbError('NOT_FOUND', 'no such carrier performance evaluation');
    throw error;
  }
}

/**
 * Reading carrier performance: one carrier's (`carrier` given; another carrier's is NOT_FOUND to a
 * carrier, the refusal audited) or the data within the caller's scope. Returns the carriers to read:
 * the one asked for, a carrier user's own, or undefined for every carrier.
 */
export async function mayReadPerformance(
  request: FastifyRequest,
  carrier?: string,
): Promise<readonly string[] | undefined> {
  const principal = principalOf(request);
  if (carrier !== undefined) {
    const decision = authorize(request, 'performance.read', performanceOf([carrier]));
    await decision.catch((error: unknown) => {
      if (roleMay(request, 'performance.read') && error instanceof PshbError && error.code === 'FORBIDDEN')
        throw new PshbError('NOT_FOUND', `no carrier performance data of carrier ${carrier}`);
      throw error;
    });
    return [carrier];
  }
  const own = principal.role === 'carrier' ? (principal.carrierCodes ?? []) : undefined;
  // A carrier sign-in with no carrier codes reads nothing: asked as an empty scope, it is refused.
  await authorize(request, 'performance.read', performanceOf(own ?? []));
  return own;
}

/**
 * Deciding: creating an evaluation, deciding its factors, accepting it, the notice, the reconsideration
 * decision, the final determination and the money. Contracting officers and program administrators
 * only, over every carrier, so the role alone decides (before the evaluation is read: other roles cannot
 * probe which ids exist).
 */
export async function mayDecidePerformance(request: FastifyRequest): Promise<void> {
  await authorize(request, 'performance.evaluate', performanceOf([]));
}

/**
 * The carrier's own steps (its response, its request for reconsideration): a carrier user on its own
 * evaluation, or a contracting officer recording what the carrier sent. Checked against the evaluation's
 * carrier before the change's transaction, so a refusal's audit record stays when nothing else does;
 * another carrier's evaluation is NOT_FOUND to a carrier.
 */
export async function mayActOnOwnEvaluation(
  request: FastifyRequest,
  step: 'record_response' | 'request_reconsideration',
  evaluationId: number,
  store: Store,
): Promise<void> {
  const principal = principalOf(request);
  if (principal.role === 'carrier') {
    await authorize(request, 'performance.respond', performanceOf(principal.carrierCodes ?? []));
  } else {
    await mayDecidePerformance(request);
  }
  await performanceEvaluationOf(request, () =>
    authorizeStep(store, principal, step, evaluationId, STEP_PURPOSE[step], { requestId: request.id }),
  );
}

const STEP_PURPOSE = {
  record_response: "carrier's response",
  request_reconsideration: 'request for reconsideration',
} as const;
