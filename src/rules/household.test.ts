import { describe, expect, it } from 'vitest';
import type { Election } from '../domain/enrollment.ts';
import type { Person } from '../domain/person.ts';
import { mostSpecificCitation } from './decision.ts';
import { evaluateHousehold, type HouseholdInput } from './household.ts';
import { fehb, makePerson, medicareAnnuitant, testContext } from '../../test-support/rules-fixtures.ts';

const employee = makePerson('employee', { id: 'emp-1', residence: { country: 'US', state: 'CA' } });
const spouse = makePerson('family_member', { id: 'sp-1', relationship: 'spouse', birthDate: '1962-02-02' });
const child = makePerson('family_member', { id: 'ch-1', relationship: 'child', birthDate: '2010-05-05' });
const adultChild = makePerson('family_member', {
  id: 'ch-2',
  relationship: 'child',
  birthDate: '1990-05-05',
});

function household(fields: Partial<HouseholdInput> & { enrollee?: Person } = {}): HouseholdInput {
  return { enrollee: employee, family: [], fehbEnrollment: fehb('A2', '1'), election: null, ...fields };
}

const enroll = (enrollmentCode: string, madeOn = '2024-12-01'): Election => ({
  kind: 'enroll',
  enrollmentCode,
  madeOn,
});

describe('5 CFR 890.1605 open season outcome', () => {
  it('890.1605(c)(1)(i): an eligible FEHB enrollee without an election is enrolled automatically on Jan 1', () => {
    const decided = evaluateHousehold(household(), testContext());
    expect(decided.enrollment.outcome).toBe('automatic_enrollment');
    expect(decided.enrollment.target).toEqual({
      enrollmentCode: 'N1A',
      planCode: 'N1',
      optionCode: '1',
      enrollmentType: 'self_only',
      effectiveOn: '2025-01-01',
    });
    expect(decided.enrollment.citations).toContain('5 CFR 890.1606(e)');
    expect(decided.enrollee.covered).toBe(true);
    expect(decided.termination).toBeNull();
  });

  it('890.1605(b)(1)(i): an election made within the extended window is honoured', () => {
    const decided = evaluateHousehold(household({ election: enroll('Z1A', '2024-12-13') }), testContext());
    expect(decided.enrollment.outcome).toBe('open_season_election');
    expect(decided.enrollment.target?.enrollmentCode).toBe('Z1A');
    expect(mostSpecificCitation(decided.enrollment)).toBe('5 CFR 890.1605(b)(1)(i)');
  });

  it('890.1605(b)(1)(i): an election after the window does not count; automatic enrollment applies', () => {
    const decided = evaluateHousehold(household({ election: enroll('Z1A', '2024-12-14') }), testContext());
    expect(decided.enrollment.outcome).toBe('automatic_enrollment');
    expect(decided.enrollment.explanation).toContain('outside the open season');
    expect(decided.enrollment.facts.election).toBe('outside_window');
  });

  it('890.1605(b)(1)(i): an election of an unknown code is not valid; automatic enrollment applies', () => {
    const decided = evaluateHousehold(household({ election: enroll('QQA') }), testContext());
    expect(decided.enrollment.outcome).toBe('automatic_enrollment');
    expect(decided.enrollment.explanation).toContain('names no PSHB option');
  });

  it('890.1605(b)(1)(i): an election not to enroll is honoured', () => {
    const decided = evaluateHousehold(
      household({ election: { kind: 'decline', madeOn: '2024-11-20' } }),
      testContext(),
    );
    expect(decided.enrollment.outcome).toBe('open_season_decline');
    expect(decided.enrollment.target).toBeNull();
    expect(decided.enrollee.covered).toBe(false);
  });

  it('890.1605(c): without an FEHB enrollment there is no automatic enrollment', () => {
    const decided = evaluateHousehold(household({ fehbEnrollment: null }), testContext());
    expect(decided.enrollment.outcome).toBe('not_enrolled');
    expect(mostSpecificCitation(decided.enrollment)).toBe('5 CFR 890.1605(c)');
  });

  it('890.303(e): an employee in nonpay status over 365 days is not enrolled automatically', () => {
    const decided = evaluateHousehold(
      household({ enrollee: makePerson('employee', { nonpayOver365Days: true }) }),
      testContext(),
    );
    expect(decided.enrollment.outcome).toBe('not_enrolled');
    expect(mostSpecificCitation(decided.enrollment)).toBe('5 CFR 890.303(e)');
  });

  it('890.1603(d): a former spouse is not enrolled, and the reason names FEHB', () => {
    const decided = evaluateHousehold(household({ enrollee: makePerson('former_spouse') }), testContext());
    expect(decided.enrollment.outcome).toBe('not_enrolled');
    expect(mostSpecificCitation(decided.enrollment)).toBe('5 CFR 890.1603(d)');
    expect(decided.enrollment.explanation).toContain('FEHB');
  });

  it('890.1605(c): automatic enrollment belongs to the transitional open season only', () => {
    const decided = evaluateHousehold(household(), testContext('2026-01-01', 'OS-2025'));
    expect(decided.enrollment.outcome).toBe('not_enrolled');
  });

  it('890.1605(d)(1): Self Plus One covers the same eligible member', () => {
    const decided = evaluateHousehold(
      household({ family: [spouse, child], fehbEnrollment: fehb('A2', '1', 'self_plus_one', 'ch-1') }),
      testContext(),
    );
    expect(decided.members.map((m) => m.covered)).toEqual([false, true]);
    expect(decided.enrollment.citations).toContain('5 CFR 890.1605(d)(1)');
  });

  it('890.1605(d)(1): an ineligible Self Plus One member leaves the enrollee covered alone at the Self Plus One premium', () => {
    const decided = evaluateHousehold(
      household({ family: [adultChild], fehbEnrollment: fehb('A2', '1', 'self_plus_one', 'ch-2') }),
      testContext(),
    );
    expect(decided.enrollee.covered).toBe(true);
    expect(decided.members[0]?.covered).toBe(false);
    expect(decided.enrollment.target?.enrollmentType).toBe('self_plus_one');
    expect(decided.enrollment.facts.enrolleeCoveredAlone).toBe(true);
    expect(decided.enrollment.explanation).toContain('premiums are withheld for Self Plus One');
  });

  it('890.1605(d)(2): Self and Family covers every eligible member of family', () => {
    const decided = evaluateHousehold(
      household({ family: [spouse, child, adultChild], fehbEnrollment: fehb('A2', '1', 'self_and_family') }),
      testContext(),
    );
    expect(decided.members.map((m) => m.covered)).toEqual([true, true, false]);
    expect(decided.enrollment.citations).toContain('5 CFR 890.1605(d)(2)');
  });

  it('890.1604(c), 890.1608(b)(1)(ii): a survivor since after the program start, with no exception, is disenrolled when found', () => {
    const survivor = makePerson('survivor_annuitant', {
      annuitantSince: '2025-02-01',
      survivorSince: '2025-02-01',
      medicare: { partAStart: '2020-01-01' },
    });
    const decided = evaluateHousehold(household({ enrollee: survivor }), testContext('2025-03-01'));
    expect(decided.enrollee.partB.outcome).toBe('required_not_enrolled');
    expect(mostSpecificCitation(decided.enrollee.eligibility)).toBe('5 CFR 890.1603(c)(1)');
    expect(decided.termination?.outcome).toBe('terminated');
    expect(mostSpecificCitation(decided.termination!)).toBe('5 CFR 890.1608(b)(1)(ii)');
  });
});

describe('5 CFR 890.1608(b) missing Part B after the initial contract year began', () => {
  const lapsed = medicareAnnuitant({
    id: 'ann-9',
    medicare: { partBStart: '2019-04-01', partBEnd: '2025-03-01' },
  });

  it('890.1608(b)(5): a terminated enrollee gets the 31-day temporary extension and conversion', () => {
    const decided = evaluateHousehold(
      household({ enrollee: lapsed, family: [spouse], fehbEnrollment: fehb('A2', '1', 'self_and_family') }),
      testContext('2025-04-15'),
    );
    expect(decided.termination).toMatchObject({
      outcome: 'terminated',
      effectiveOn: '2025-04-15',
      temporaryExtensionEnds: '2025-05-16',
      conversionRight: true,
    });
    expect(decided.termination?.citations).toContain('5 CFR 890.401(a)');
    expect(decided.enrollee.covered).toBe(false);
    expect(decided.members[0]?.covered).toBe(false);
  });

  it('890.1608(b)(1)(i): with a Medicare enrollment period given, termination takes effect at its end', () => {
    const decided = evaluateHousehold(
      household({ enrollee: lapsed, medicareEnrollmentPeriodEnds: '2025-06-30' }),
      testContext('2025-04-15'),
    );
    expect(decided.termination?.effectiveOn).toBe('2025-06-30');
    expect(mostSpecificCitation(decided.termination!)).toBe('5 CFR 890.1608(b)(1)(i)');
  });

  it('890.1608(b)(2): an enrollee not informed of the Part B requirement is not disenrolled', () => {
    const uninformed = { ...lapsed, informedOfPartBRequirement: false };
    const decided = evaluateHousehold(household({ enrollee: uninformed }), testContext('2025-04-15'));
    expect(decided.termination?.outcome).toBe('not_terminated');
    expect(mostSpecificCitation(decided.termination!)).toBe('5 CFR 890.1608(b)(2)');
    expect(decided.enrollee.covered).toBe(true);
    expect(decided.enrollee.eligibility.outcome).toBe('not_eligible');
  });

  it('890.1608(b)(2): removal against equity and good conscience is barred', () => {
    const decided = evaluateHousehold(
      household({ enrollee: lapsed, equityAndGoodConscience: true }),
      testContext('2025-04-15'),
    );
    expect(decided.termination?.outcome).toBe('not_terminated');
  });

  it('890.1608(b)(4): an annuitant who suspended PSHB for a Medicare plan is not disenrolled', () => {
    const suspended = { ...lapsed, medicare: { ...lapsed.medicare, suspendedForMedicarePlan: true } };
    const decided = evaluateHousehold(household({ enrollee: suspended }), testContext('2025-04-15'));
    expect(mostSpecificCitation(decided.termination!)).toBe('5 CFR 890.1608(b)(4)');
  });

  it('890.1608(b)(1): a family member without Part B is removed, not the whole enrollment', () => {
    const enrolled = medicareAnnuitant({
      annuitantSince: '2025-02-01',
      medicare: { partBStart: '2019-04-01' },
    });
    const medicareSpouse = { ...spouse, medicare: { ...spouse.medicare, partAStart: '2024-01-01' } };
    const decided = evaluateHousehold(
      household({
        enrollee: enrolled,
        family: [medicareSpouse, child],
        fehbEnrollment: fehb('A2', '1', 'self_and_family'),
      }),
      testContext('2025-04-15'),
    );
    expect(decided.termination?.outcome).toBe('not_terminated');
    expect(decided.termination?.facts.removedMembers).toBe('sp-1');
    expect(decided.enrollee.covered).toBe(true);
    expect(decided.members.map((m) => m.covered)).toEqual([false, true]);
  });
});
