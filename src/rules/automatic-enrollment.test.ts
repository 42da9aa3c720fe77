import { describe, expect, it } from 'vitest';
import { chooseAutomaticEnrollment } from './automatic-enrollment.ts';
import { fehb, TEST_INDEX } from '../../test-support/rules-fixtures.ts';

function choose(
  planCode: string,
  optionCode: string,
  type: Parameters<typeof fehb>[2] = 'self_only',
  state: string | null = 'CA',
) {
  const chosen = chooseAutomaticEnrollment(fehb(planCode, optionCode, type), state, TEST_INDEX);
  return { code: chosen?.offer.premium.enrollmentCode, citation: chosen?.citation, reason: chosen?.reason };
}

describe('5 CFR 890.1605(c) automatic enrollment', () => {
  it('890.1605(c)(1)(i): the option OPM determined equivalent', () => {
    expect(choose('A2', '1')).toMatchObject({ code: 'N1A', citation: '5 CFR 890.1605(c)(1)(i)' });
  });

  it('890.1605(c)(1)(ii): without an equivalent, the lowest-cost option that is not an HDHP and has no fee', () => {
    // N1's HDHP (option 3) is cheaper but excluded; Basic (option 2) is the lowest-cost plain option.
    expect(choose('A2', '2')).toMatchObject({ code: 'N1D', citation: '5 CFR 890.1605(c)(1)(ii)' });
  });

  it('890.1605(c)(1)(ii): when the only option is an HDHP, that HDHP', () => {
    const chosen = choose('H2', '1');
    expect(chosen).toMatchObject({ code: 'H1A', citation: '5 CFR 890.1605(c)(1)(ii)' });
    expect(chosen.reason).toContain('only a high deductible');
  });

  it('890.1605(c)(2)(i): a discontinued FEHB plan goes to the similar option', () => {
    expect(choose('R2', '1', 'self_only', 'MD')).toMatchObject({
      code: 'R1A',
      citation: '5 CFR 890.1605(c)(2)(i)',
    });
  });

  it('890.1605(c)(2)(ii): without a similar option, the lowest-cost plain option of two or more', () => {
    expect(choose('R2', '2', 'self_only', 'MD')).toMatchObject({
      code: 'R1D',
      citation: '5 CFR 890.1605(c)(2)(ii)',
    });
  });

  it('890.1605(c)(2)(ii): a single option is the lowest-cost one even with a fee', () => {
    expect(choose('S2', '1', 'self_only', 'TX')).toMatchObject({
      code: 'S1A',
      citation: '5 CFR 890.1605(c)(2)(ii)',
    });
  });

  it('890.1605(c)(3): no PSHB plan of the carrier: the lowest-cost nationwide plain option', () => {
    expect(choose('X2', '1')).toMatchObject({ code: 'Z1A', citation: '5 CFR 890.1605(c)(3)' });
  });

  it('890.1605(c)(3): no crosswalk entry at all', () => {
    expect(choose('Y2', '1')).toMatchObject({ code: 'Z1A', citation: '5 CFR 890.1605(c)(3)' });
  });

  it("890.1605(c)(3): a regional crosswalk entry without a PSHB plan overrides '*'", () => {
    expect(choose('A2', '1', 'self_only', 'NV')).toMatchObject({
      code: 'Z1A',
      citation: '5 CFR 890.1605(c)(3)',
    });
  });

  it('890.1605(c)(4): always in the same enrollment type', () => {
    expect(choose('A2', '1', 'self_plus_one').code).toBe('N1C');
    expect(choose('A2', '1', 'self_and_family').code).toBe('N1B');
    expect(choose('X2', '1', 'self_and_family').code).toBe('Z1B');
  });
});
