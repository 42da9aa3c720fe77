import { describe, expect, it } from 'vitest';
import type { EnrollmentState } from '../../domain/lifecycle.ts';
import {
  enrollmentSummary,
  familyLoss,
  familyLossMessage,
  isAhead,
  planOnEffectiveDay,
} from './enrollment-summary.ts';

const automatic = {
  enrollmentCode: '35A',
  planCode: '35',
  optionCode: '1',
  enrollmentType: 'self_only' as const,
};
const chosen = {
  enrollmentCode: '33E',
  planCode: '33',
  optionCode: '1',
  enrollmentType: 'self_plus_one' as const,
};
const state = (
  status: EnrollmentState['status'],
  coverage = chosen as EnrollmentState['coverage'],
): EnrollmentState => ({
  personId: '10',
  enrolleeKind: 'annuitant',
  status,
  coverage,
  since: '2025-01-01',
  temporaryExtensionEnds: null,
  tccEnds: null,
});

describe('the enrollment summary on the home page', () => {
  it('shows a plan and a share to pay only while the plan is held', () => {
    expect(enrollmentSummary(state('enrolled'))).toEqual({
      kind: 'covered',
      coverage: chosen,
      since: '2025-01-01',
      pays: true,
    });
    expect(enrollmentSummary(state('in_temporary_extension'))).toMatchObject({
      kind: 'covered',
      pays: false,
    });
  });

  it('says a decline in its own words, with no plan and nothing to pay, even when the record keeps the last plan', () => {
    expect(enrollmentSummary(state('declined'))).toEqual({ kind: 'declined', from: '2025-01-01' });
    expect(enrollmentSummary(state('terminated'))).toEqual({ kind: 'none', since: '2025-01-01' });
  });
});

describe('my plan on the effective day', () => {
  const target = { ...automatic, effectiveOn: '2025-01-01' };

  it('is the plan chosen after the automatic enrollment', () => {
    expect(planOnEffectiveDay(target, state('enrolled'))).toEqual({
      coverage: chosen,
      effectiveOn: '2025-01-01',
      source: 'chosen',
    });
  });

  it('is no plan after a decline', () => {
    expect(planOnEffectiveDay(target, state('declined'))).toEqual({
      coverage: null,
      effectiveOn: '2025-01-01',
      source: 'declined',
    });
  });

  it('is the decision’s plan when nothing was chosen since, or the state is about another day', () => {
    expect(planOnEffectiveDay(target, state('enrolled', automatic))).toEqual({
      coverage: automatic,
      effectiveOn: '2025-01-01',
      source: 'decision',
    });
    expect(planOnEffectiveDay(target, { ...state('enrolled'), since: '2024-03-01' })).toMatchObject({
      coverage: automatic,
    });
    expect(planOnEffectiveDay(null, state('enrolled'))).toBeNull();
  });
});

describe('who else loses coverage with a choice', () => {
  const family = { ...chosen, enrollmentType: 'self_and_family' as const };
  it('is the family when a Self Plus One or Self and Family enrollment is declined', () => {
    expect(familyLoss(chosen, { decline: true })).toBe('decline');
    expect(familyLoss(family, { decline: true })).toBe('decline');
    expect(familyLoss(automatic, { decline: true })).toBeNull();
    expect(familyLoss(null, { decline: true })).toBeNull();
  });

  it('is the family members a smaller enrollment type leaves out', () => {
    expect(familyLoss(chosen, { decline: false, type: 'self_only' })).toBe('self_only');
    expect(familyLoss(family, { decline: false, type: 'self_plus_one' })).toBe('self_plus_one');
    expect(familyLoss(chosen, { decline: false, type: 'self_plus_one' })).toBeNull();
    expect(familyLoss(chosen, { decline: false, type: 'self_and_family' })).toBeNull();
  });
});

describe('the words of the family warning', () => {
  it('names the Self Plus One member when known, else speaks of one member or of the family', () => {
    expect(familyLossMessage('decline', 'self_plus_one', true)).toBe('declineNamed');
    expect(familyLossMessage('decline', 'self_plus_one', false)).toBe('declinePlusOne');
    expect(familyLossMessage('decline', 'self_and_family', false)).toBe('decline');
    expect(familyLossMessage('self_only', 'self_plus_one', false)).toBe('selfOnlyPlusOne');
    expect(familyLossMessage('self_only', 'self_and_family', false)).toBe('selfOnly');
    expect(familyLossMessage('self_plus_one', 'self_and_family', false)).toBe('selfPlusOne');
  });
});

describe('a day ahead of the program date', () => {
  it('is "from" while ahead, "since" once reached, and never ahead when unknown', () => {
    expect(isAhead('2025-01-01', '2024-11-20')).toBe(true);
    expect(isAhead('2025-01-01', '2025-01-01')).toBe(false);
    expect(isAhead(null, '2024-11-20')).toBe(false);
    expect(isAhead('2025-01-01', undefined)).toBe(false);
  });
});
