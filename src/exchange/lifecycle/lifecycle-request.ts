// A lifecycle request as callers send it (HTTP body, CLI --body): the action and its fields, the
// reason, and optionally the day it was received; who asks comes from the signed-in user (or the
// operator at the command line), never from the body. Which permission an action needs lives here too,
// so the API and the CLI ask the same question.
import { z } from 'zod';
import { isoDate, type IsoDate } from '../../domain/dates.ts';
import { transitionRequest, type Actor, type TransitionRequest } from '../../domain/lifecycle.ts';
import type { LifecycleAction } from '../../rules/lifecycle/index.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type LifecycleRequestBody = DistributiveOmit<TransitionRequest, 'actor' | 'requestedOn'> & {
  readonly requestedOn?: IsoDate | undefined;
};

/** The request schema without the actor and with requestedOn optional (default: today, UTC). */
export const lifecycleRequestBody = z
  .discriminatedUnion(
    'action',
    (transitionRequest.options as readonly z.ZodObject[]).map((option) =>
      option.omit({ actor: true }).extend({
        requestedOn: isoDate.optional().describe('The day the request was received (default: today, UTC)'),
      }),
    ) as unknown as typeof transitionRequest.options,
  )
  .meta({ id: 'LifecycleRequest' }) as unknown as z.ZodType<LifecycleRequestBody>;

/**
 * Actions that only the program office takes: they rest on findings or orders rather than on the
 * enrollee's own choice (belated enrollment under 890.1605(e), removal under 890.1608(b), court orders
 * under 5 U.S.C. 8905(h), corrections under 890.103, ending an extension or continuation, a death).
 */
const ADMINISTRATIVE: ReadonlySet<LifecycleAction> = new Set<LifecycleAction>([
  'belated_enroll',
  'remove_for_missing_part_b',
  'court_ordered_child_enrollment',
  'correct_administrative_error',
  'end_temporary_extension',
  'end_tcc',
  'death_of_enrollee',
]);

export function permissionFor(action: LifecycleAction): 'enrollment.elect' | 'enrollment.administer' {
  return ADMINISTRATIVE.has(action) ? 'enrollment.administer' : 'enrollment.elect';
}

export function toTransitionRequest(
  body: LifecycleRequestBody,
  actor: Actor,
  today: IsoDate,
): TransitionRequest {
  return { ...body, actor, requestedOn: body.requestedOn ?? today } as TransitionRequest;
}
