// A quarter's CX data collection for one service moves through the states GSA's Touchpoints gives a
// "CX collection" (OMB Circular A-11, Section 280: each High Impact Service Provider reports its
// post-transaction feedback per service and fiscal quarter): draft -> submitted -> published, a
// submitted collection sent back (change_requested, edited again as a draft), a quarter not reported,
// and archived. Every change is an appended event; this rule only says whether a change is allowed.
import { z } from 'zod';
import { decision, type Decision } from '../decision.ts';

export const A11_SECTION_280 = 'OMB Circular A-11, Section 280';
export const TOUCHPOINTS_COLLECTION =
  "GSA Touchpoints CX collection (aasm states of the service's quarterly data)";

export const COLLECTION_STATES = [
  'draft',
  'submitted',
  'published',
  'change_requested',
  'not_reported',
  'archived',
] as const;
export type CollectionState = (typeof COLLECTION_STATES)[number];

export const COLLECTION_ACTIONS = [
  'submit',
  'publish',
  'request_change',
  'reopen',
  'mark_not_reported',
  'archive',
] as const;
export type CollectionAction = (typeof COLLECTION_ACTIONS)[number];

export const collectionAction = z.enum(COLLECTION_ACTIONS);

/** From which states each action may be taken, and the state it leads to. */
export const TRANSITIONS: Readonly<
  Record<CollectionAction, { readonly from: readonly CollectionState[]; readonly to: CollectionState }>
> = {
  submit: { from: ['draft', 'change_requested'], to: 'submitted' },
  publish: { from: ['submitted'], to: 'published' },
  request_change: { from: ['submitted', 'published'], to: 'change_requested' },
  reopen: { from: ['change_requested', 'not_reported'], to: 'draft' },
  mark_not_reported: { from: ['draft', 'change_requested'], to: 'not_reported' },
  archive: { from: ['published', 'not_reported'], to: 'archived' },
};

/** The most characters a reflection may have (Touchpoints' limit on a collection's reflection). */
export const REFLECTION_MAX_CHARS = 5000;

/** The ratings a collection may carry (Touchpoints: how fully the quarter's data was collected). */
export const COLLECTION_RATINGS = ['TRUE', 'FALSE', 'PARTIAL'] as const;
export type CollectionRating = (typeof COLLECTION_RATINGS)[number];

export const reflectionText = z
  .string()
  .max(REFLECTION_MAX_CHARS, `at most ${REFLECTION_MAX_CHARS} characters`);

export interface TransitionFacts {
  readonly state: CollectionState;
  readonly action: CollectionAction;
  /** A submission needs a reflection on the quarter. */
  readonly reflection: string | null;
}

/** Whether `action` may be taken on a collection in `state`, and where it leads. */
export function collectionTransition(
  facts: TransitionFacts,
): Decision<'allowed' | 'refused'> & { readonly to: CollectionState | null } {
  const rule = TRANSITIONS[facts.action];
  const citations = [A11_SECTION_280, TOUCHPOINTS_COLLECTION];
  const base = { state: facts.state, action: facts.action };
  if (!rule.from.includes(facts.state))
    return {
      ...decision(
        'cx-collection-transition',
        'refused',
        citations,
        base,
        `A collection that is ${facts.state.replace('_', ' ')} cannot ${facts.action.replace(/_/g, ' ')}; ` +
          `that is possible only from ${rule.from.join(' or ')}.`,
      ),
      to: null,
    };
  if (facts.action === 'submit' && (facts.reflection ?? '').trim() === '')
    return {
      ...decision(
        'cx-collection-transition',
        'refused',
        citations,
        { ...base, reflection: false },
        'A collection is submitted with a reflection on the quarter; write one first.',
      ),
      to: null,
    };
  return {
    ...decision(
      'cx-collection-transition',
      'allowed',
      citations,
      base,
      `The collection goes from ${facts.state} to ${rule.to}.`,
    ),
    to: rule.to,
  };
}
