// The person explanation's response schema carries a removal's dates and rights, not only its prose.
import { describe, expect, it } from 'vitest';
import { decideSpouseWithoutPartB } from '../../test-support/rules-fixtures.ts';
import { personOutcomeSchema, terminationSchema } from './decision-schema.ts';

describe('decision schema', () => {
  it('890.1608(b)(5), 890.401(a): a removed member keeps her effective date, extension end and conversion right in the response (issue 10 item 6)', () => {
    const decided = decideSpouseWithoutPartB({ partAStart: '2021-09-01', partABasis: 'premium_free' });
    const termination = terminationSchema.parse(decided.termination);
    expect(termination.removals[0]).toMatchObject({
      personId: 'sp-1',
      effectiveOn: '2025-04-15',
      temporaryExtensionEnds: '2025-05-16',
      conversionRight: true,
    });
    expect(personOutcomeSchema.parse(decided.members[0]).removal?.conversionRight).toBe(true);
  });
});
