// A lifecycle request as callers send it (HTTP body, CLI --fields): the action and its fields and the
// reason. Who asks comes from the signed-in user (or the operator at the command line), and the day it
// was received from the program clock, never from the body; only paper received earlier keeps its own
// date (paper-receipt.ts). Which permission an action needs lives here too, so the API and the CLI ask
// the same question.
import { z } from 'zod';
import type { IsoDate } from '../../domain/dates.ts';
import { transitionRequest, type Actor, type TransitionRequest } from '../../domain/lifecycle.ts';
import type { LifecycleAction } from '../../rules/lifecycle/index.ts';
import { notAfterProgramDate, paperReceipt, type PaperReceipt } from './paper-receipt.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type LifecycleRequestBody = DistributiveOmit<TransitionRequest, 'actor' | 'requestedOn'> & {
  readonly paperReceipt?: PaperReceipt | undefined;
};

/** The request schema without the actor and the day received, with an optional paper receipt. */
export const lifecycleRequestBody = z
  .discriminatedUnion(
    'action',
    (transitionRequest.options as readonly z.ZodObject[]).map((option) =>
      option.omit({ actor: true, requestedOn: true }).extend({ paperReceipt: paperReceipt.optional() }),
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

/**
 * The request the rules decide: the body with the actor and the day the program received it. Dates of
 * things that must already have happened are checked against the program date first.
 */
export function toTransitionRequest(
  body: LifecycleRequestBody,
  actor: Actor,
  receivedOn: IsoDate,
  today: IsoDate,
): TransitionRequest {
  const { paperReceipt: _paper, ...fields } = body;
  for (const [field, what] of PAST_FACTS[body.action] ?? []) {
    const date = (fields as Record<string, unknown>)[field];
    if (typeof date === 'string') notAfterProgramDate(date, today, `body.${field}`, what);
  }
  return { ...fields, actor, requestedOn: receivedOn } as TransitionRequest;
}

/**
 * Dates in a request that name something already done: a death, the end of other coverage, a notice
 * given, a court order received. Dates of events ahead (a marriage next month) are the rules' to judge
 * against their windows (890.301(f) allows a change from 31 days before the event).
 */
const PAST_FACTS: Partial<Record<LifecycleAction, readonly (readonly [string, string])[]>> = {
  death_of_enrollee: [['dateOfDeath', 'a death']],
  reinstate: [['otherCoverageEndedOn', 'the end of the other coverage']],
  elect_tcc: [['noticeDate', 'the notice of the right to continue coverage']],
  court_ordered_child_enrollment: [['orderReceivedOn', 'a court order received']],
};
