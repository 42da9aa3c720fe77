import { describe, expect, it } from 'vitest';
import { enrollmentState, transitionRequest } from '../../domain/lifecycle.ts';
import { stateOf } from '../../../test-support/lifecycle-fixtures.ts';
import { LIFECYCLE_ACTIONS, TRANSITIONS } from './states.ts';

const ASK = { actor: { id: 'P-000001', role: 'enrollee' }, reason: 'synthetic', requestedOn: '2025-03-10' };

describe('the lifecycle boundary schemas (src/domain/lifecycle.ts)', () => {
  it('every action of the state machine has a request schema and a row in the table', () => {
    expect(LIFECYCLE_ACTIONS).toHaveLength(17);
    for (const action of LIFECYCLE_ACTIONS)
      expect(TRANSITIONS.some((row) => row.action === action)).toBe(true);
  });

  it('accepts a well-formed request and state', () => {
    expect(transitionRequest.safeParse({ ...ASK, action: 'cancel' }).success).toBe(true);
    expect(enrollmentState.safeParse(stateOf()).success).toBe(true);
  });

  it('refuses unknown fields, impossible dates and unknown actions', () => {
    expect(transitionRequest.safeParse({ ...ASK, action: 'cancel', extra: 1 }).success).toBe(false);
    expect(transitionRequest.safeParse({ ...ASK, requestedOn: '2025-02-30', action: 'cancel' }).success).toBe(
      false,
    );
    expect(transitionRequest.safeParse({ ...ASK, action: 'teleport' }).success).toBe(false);
  });
});
