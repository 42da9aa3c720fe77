import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COLLECTION_ACTIONS,
  COLLECTION_STATES,
  collectionTransition,
  TRANSITIONS,
} from './collection-state.ts';

describe('OMB Circular A-11, Section 280: a quarterly CX collection', () => {
  it('goes draft -> submitted -> published', () => {
    const submitted = collectionTransition({ state: 'draft', action: 'submit', reflection: 'Calls rose.' });
    expect(submitted).toMatchObject({ outcome: 'allowed', to: 'submitted' });
    expect(collectionTransition({ state: 'submitted', action: 'publish', reflection: null })).toMatchObject({
      outcome: 'allowed',
      to: 'published',
    });
  });

  it('is sent back as change_requested and edited again as a draft, then resubmitted', () => {
    expect(collectionTransition({ state: 'submitted', action: 'request_change', reflection: 'x' }).to).toBe(
      'change_requested',
    );
    expect(collectionTransition({ state: 'change_requested', action: 'reopen', reflection: 'x' }).to).toBe(
      'draft',
    );
    expect(collectionTransition({ state: 'change_requested', action: 'submit', reflection: 'x' }).to).toBe(
      'submitted',
    );
  });

  it('refuses a submission without a reflection, and says why', () => {
    const refused = collectionTransition({ state: 'draft', action: 'submit', reflection: '  ' });
    expect(refused).toMatchObject({ outcome: 'refused', to: null });
    expect(refused.explanation).toContain('reflection');
  });

  it('refuses publishing a draft and names the states it is possible from', () => {
    const refused = collectionTransition({ state: 'draft', action: 'publish', reflection: 'x' });
    expect(refused.outcome).toBe('refused');
    expect(refused.explanation).toContain('submitted');
  });

  it('allows exactly the listed transitions, and an allowed one leads where the table says', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COLLECTION_STATES),
        fc.constantFrom(...COLLECTION_ACTIONS),
        (state, action) => {
          const made = collectionTransition({ state, action, reflection: 'a reflection' });
          const listed = TRANSITIONS[action].from.includes(state);
          expect(made.outcome === 'allowed').toBe(listed);
          expect(made.to).toBe(listed ? TRANSITIONS[action].to : null);
          expect(made.citations).toContain('OMB Circular A-11, Section 280');
        },
      ),
    );
  });

  it('never leaves archived', () => {
    for (const action of COLLECTION_ACTIONS)
      expect(collectionTransition({ state: 'archived', action, reflection: 'x' }).outcome).toBe('refused');
  });
});
