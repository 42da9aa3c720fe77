import { describe, expect, it } from 'vitest';
import { CONTEXT, ENROLLEE, FAMILY, SELF_ONLY, stateOf } from '../../../test-support/lifecycle-fixtures.ts';
import { madeRefusalKey } from './made-refusals.ts';
import { REFUSAL_KEYS, REFUSAL_REASONS, refusalReason } from './refusal-reasons.ts';
import type { LifecycleRequestBody, TransitionRequest } from './requests.ts';
import type { EnrollmentState } from './states.ts';
import { applyTransition, type TransitionRefused } from './transition.ts';

const ASK = { actor: ENROLLEE, reason: 'synthetic test', requestedOn: '2025-03-10' };

function refused(
  state: EnrollmentState,
  body: LifecycleRequestBody & Partial<TransitionRequest>,
): TransitionRefused {
  const made = applyTransition(state, { ...ASK, ...body } as TransitionRequest, CONTEXT);
  if (made.outcome !== 'refused') throw new Error(`accepted: ${made.explanation}`);
  return made;
}

describe('refusal reasons: a stable key and only the facts it names', () => {
  it('keys are camelCase and name their facts', () => {
    for (const key of REFUSAL_KEYS) expect(key).toMatch(/^[a-z][a-zA-Z]+$/);
    expect(REFUSAL_REASONS.lifeEventWindowMissed).toContain('windowCloses');
  });

  it('keeps only the facts its key names', () => {
    const reason = refusalReason('tccStillRunning', { tccEnds: '2026-01-31', actorId: 'P-1', age: 40 });
    expect(reason).toEqual({ key: 'tccStillRunning', facts: { tccEnds: '2026-01-31' } });
  });

  it('the transition table: an action from a status it does not apply to is notFromThisState', () => {
    const made = refused(stateOf({ status: 'terminated' }), { action: 'cancel' });
    expect(made.code).toBe('INVALID_TRANSITION');
    expect(made.refusal).toEqual({
      key: 'notFromThisState',
      facts: { from: 'terminated', action: 'cancel' },
    });
  });

  it('890.301(f): a late life event request is lifeEventWindowMissed with its window', () => {
    const made = refused(stateOf(), {
      requestedOn: '2025-06-20',
      action: 'life_event_change',
      event: 'marriage',
      eventDate: '2025-03-12',
      change: 'increase_type',
      coverage: FAMILY,
    });
    expect(made.code).toBe('RULE_NOT_MET');
    expect(made.refusal.key).toBe('lifeEventWindowMissed');
    expect(made.refusal.facts).toMatchObject({
      event: 'marriage',
      eventDate: '2025-03-12',
      windowCloses: '2025-05-11',
      requestedOn: '2025-06-20',
    });
    expect(made.explanation).toContain('2025-05-11');
  });

  it('890.1606(e): an election naming no open season is noSuchOpenSeason', () => {
    const made = refused(stateOf({ status: 'not_enrolled', coverage: null }), {
      action: 'open_season_enroll',
      openSeasonId: 'OS-1999',
      coverage: SELF_ONLY,
    });
    expect(made.refusal).toEqual({ key: 'noSuchOpenSeason', facts: { openSeason: 'OS-1999' } });
    expect(made.citations).toEqual(['5 CFR 890.1606(e)']);
  });

  it('890.1606(e): an election after the open season is outsideOpenSeason with its dates', () => {
    const made = refused(stateOf({ status: 'not_enrolled', coverage: null }), {
      action: 'open_season_enroll',
      openSeasonId: 'OS-2025',
      coverage: SELF_ONLY,
    });
    expect(made.refusal.key).toBe('outsideOpenSeason');
    expect(Object.keys(made.refusal.facts).sort()).toEqual(['lastElectionDay', 'requestedOn', 'seasonStart']);
  });

  it('890.304(d): an employee may not suspend (suspendAnnuitantOnly)', () => {
    const made = refused(stateOf(), {
      action: 'suspend',
      otherCoverage: 'tricare',
      otherCoverageStarts: '2025-04-01',
    });
    expect(made.refusal).toEqual({ key: 'suspendAnnuitantOnly', facts: {} });
  });

  it('8905a: a late temporary continuation election is tccElectionLate with its deadline', () => {
    const ended = stateOf({ status: 'in_temporary_extension', temporaryExtensionEnds: '2025-07-31' });
    const made = refused(ended, {
      requestedOn: '2025-12-15',
      action: 'elect_tcc',
      qualifyingEvent: 'separation',
      eventDate: '2025-06-30',
      noticeDate: null,
      coverage: SELF_ONLY,
    });
    expect(made.refusal.key).toBe('tccElectionLate');
    expect(made.refusal.facts).toMatchObject({ electedOn: '2025-12-15' });
  });

  it('890.1605(e): a belated enrollment is refused for eligibility or for want of a ground', () => {
    const belated = { rule: 'belated-enrollment', outcome: 'belated_enrollment_not_permitted' };
    expect(madeRefusalKey({ ...belated, facts: { eligibility: 'not_eligible' } })).toBe('belatedNotEligible');
    expect(madeRefusalKey({ ...belated, facts: { eligibility: 'eligible' } })).toBe('belatedNoCause');
    expect(madeRefusalKey({ rule: 'new-rule', outcome: 'refused', facts: {} })).toBe('ruleNotMet');
  });
});
