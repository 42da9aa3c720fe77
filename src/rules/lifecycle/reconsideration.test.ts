import { describe, expect, it } from 'vitest';
import { decision, mostSpecificCitation } from '../decision.ts';
import { LIFE_EVENTS } from '../../../test-support/lifecycle-fixtures.ts';
import { decideReconsiderationRequest, initialDecision, reconsiderationDecision } from './reconsideration.ts';

const PERIODS = LIFE_EVENTS.periods;
const DECIDED = decision(
  'part-b-termination',
  'terminated',
  ['5 CFR 890.1608(b)(5)'],
  {},
  'Terminated for missing Part B.',
);

describe('5 CFR 890.1607 and 890.104 reconsideration', () => {
  it('890.1607: an initial decision notice states the right to reconsideration and the deadline', () => {
    const made = initialDecision(
      { subjectId: 'P-000001', decidedOn: '2025-03-01', decided: DECIDED },
      PERIODS,
    );
    expect(made.reconsiderationDeadline).toBe('2025-03-31');
    expect(made.notice).toContain('reconsider');
    expect(made.notice).toContain('2025-03-31');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1607');
  });

  const request = {
    initialDecisionDate: '2025-03-01',
    notNotified: false,
    preventedByCircumstancesBeyondControl: false,
  };

  it('890.104(b): filed on the 30th calendar day is timely', () => {
    expect(decideReconsiderationRequest({ ...request, filedOn: '2025-03-31' }, PERIODS).outcome).toBe(
      'timely',
    );
  });

  it('890.104(b): filed on the 31st day without excuse is untimely', () => {
    expect(decideReconsiderationRequest({ ...request, filedOn: '2025-04-01' }, PERIODS).outcome).toBe(
      'untimely',
    );
  });

  it('890.104(b): late but not notified, or prevented by circumstances beyond control, is excused', () => {
    expect(
      decideReconsiderationRequest({ ...request, filedOn: '2025-04-10', notNotified: true }, PERIODS).outcome,
    ).toBe('late_excused');
    expect(
      decideReconsiderationRequest(
        { ...request, filedOn: '2025-04-10', preventedByCircumstancesBeyondControl: true },
        PERIODS,
      ).outcome,
    ).toBe('late_excused');
  });

  it('890.104(d): the reconsideration decision affirms or reverses, with a final notice', () => {
    const initial = initialDecision(
      { subjectId: 'P-000001', decidedOn: '2025-03-01', decided: DECIDED },
      PERIODS,
    );
    const affirmed = reconsiderationDecision({
      initial,
      result: 'affirm',
      decidedOn: '2025-04-15',
      findings: 'Part B was not taken.',
    });
    expect(affirmed.outcome).toBe('affirmed');
    expect(affirmed.notice).toContain('final decision');
    const reversed = reconsiderationDecision({
      initial,
      result: 'reverse',
      decidedOn: '2025-04-15',
      findings: 'Not informed.',
    });
    expect(reversed.outcome).toBe('reversed');
  });
});
