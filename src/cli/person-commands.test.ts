// `pshb person show` says when a person's removal takes effect and the rights that follow.
import { describe, expect, it } from 'vitest';
import { decideSpouseWithoutPartB } from '../../test-support/rules-fixtures.ts';
import { formatPersonEligibility } from './person-commands.ts';

describe('pshb person show', () => {
  it('890.1608(b)(1)(i), 890.401(a): a member found without Part B is covered until her removal, with its extension and conversion right (issue 10 item 4, item 6)', () => {
    const decided = decideSpouseWithoutPartB({
      partAStart: '2021-09-01',
      enrollmentPeriodEnds: '2025-06-30',
    });
    const text = formatPersonEligibility({
      personId: 'sp-1',
      householdId: '1',
      name: 'Test Spouse',
      ssnLastFour: '1234',
      asOf: '2025-04-15',
      person: decided.members[0]!,
      household: { enrollment: decided.enrollment, termination: decided.termination },
      history: [],
    });
    expect(text).toContain(
      'As of 2025-04-15; covered. Removed effective 2025-06-30 (5 CFR 890.1608(b)(1)(i)); temporary extension to 2025-07-31, with the right of conversion.',
    );
  });
});
