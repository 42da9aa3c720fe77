import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/dates.ts';
import type { Person } from '../domain/person.ts';
import { mostSpecificCitation } from './decision.ts';
import { decidePartB, type PartBOutcome } from './part-b.ts';
import type { Decision } from './decision.ts';
import { makePerson, medicareAnnuitant, TEST_CALENDAR } from '../../test-support/rules-fixtures.ts';

const AS_OF = '2025-03-01';
// An annuitant who retired after the initial contract year began, so (d)(1)(i) does not apply.
const NEW_ANNUITANT = { annuitantSince: '2025-02-01' };

function forEnrollee(person: Person, asOf = AS_OF): Decision<PartBOutcome> {
  return decidePartB(person, { enrollee: person, enrolleePartB: null }, TEST_CALENDAR, asOf);
}

function forMember(member: Person, enrollee: Person, asOf = AS_OF): Decision<PartBOutcome> {
  const enrolleePartB = forEnrollee(enrollee, asOf);
  return decidePartB(member, { enrollee, enrolleePartB }, TEST_CALENDAR, asOf);
}

const spouse = (fields: Parameters<typeof makePerson>[1] = {}): Person =>
  makePerson('family_member', {
    id: 'spouse-1',
    relationship: 'spouse',
    ...fields,
    medicare: { partAStart: '2021-01-01', ...fields.medicare },
  });

describe('5 CFR 890.1604 Part B requirement', () => {
  it('890.1604(a): an employee is not subject to the requirement', () => {
    const made = forEnrollee(makePerson('employee', { medicare: { partAStart: '2020-01-01' } }));
    expect(made.outcome).toBe('not_required');
    expect(made.citations).toEqual(['5 CFR 890.1604(a)']);
  });

  it('890.1604(a): an annuitant entitled to Part A and enrolled in Part B meets it', () => {
    const made = forEnrollee(medicareAnnuitant({ medicare: { partBStart: '2019-04-01' } }));
    expect(made.outcome).toBe('enrolled');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1604(a)');
  });

  it('890.1604(a): Part B that ended before the as-of date no longer counts', () => {
    const made = forEnrollee(
      medicareAnnuitant({ ...NEW_ANNUITANT, medicare: { partBStart: '2019-04-01', partBEnd: '2025-02-01' } }),
    );
    expect(made.outcome).toBe('required_not_enrolled');
  });

  it('890.1604(a): an annuitant without Part A is not a covered Medicare individual (5 U.S.C. 8903c(a))', () => {
    const made = forEnrollee(makePerson('annuitant', NEW_ANNUITANT));
    expect(made.outcome).toBe('not_required');
    expect(mostSpecificCitation(made)).toBe('5 U.S.C. 8903c(a)');
  });

  it('890.1604(a): Part A only under section 1818 does not make a covered Medicare individual', () => {
    const made = forEnrollee(
      medicareAnnuitant({ ...NEW_ANNUITANT, medicare: { partABasis: 'section_1818' } }),
    );
    expect(made.outcome).toBe('not_required');
    expect(made.explanation).toContain('1818');
  });

  it('890.1604(a): an annuitant with Part A, no Part B and no exception is required_not_enrolled', () => {
    const made = forEnrollee(medicareAnnuitant(NEW_ANNUITANT));
    expect(made.outcome).toBe('required_not_enrolled');
    expect(made.citations).toEqual(['5 CFR 890.1604(a)']);
  });

  it('890.1604(d)(1)(i): an annuitant on the program start without both Part A and Part B is excepted', () => {
    const made = forEnrollee(medicareAnnuitant());
    expect(made.outcome).toBe('excepted');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1604(d)(1)(i)');
  });

  it('890.1604(d)(1)(i): not excepted when both Part A and Part B were in place on the program start', () => {
    const made = forEnrollee(
      medicareAnnuitant({ medicare: { partBStart: '2019-04-01', partBEnd: '2025-02-01' } }),
    );
    expect(made.outcome).toBe('required_not_enrolled');
  });

  it('890.1604(d)(1)(ii): a Postal employee aged 64 or older on the program start is excepted', () => {
    const made = forEnrollee(
      medicareAnnuitant({ ...NEW_ANNUITANT, birthDate: '1960-12-31', employedOnProgramStart: true }),
    );
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1604(d)(1)(ii)');
    expect(made.outcome).toBe('excepted');
  });

  it('890.1604(d)(1)(ii): a Postal employee who turned 64 after the program start is not', () => {
    const made = forEnrollee(
      medicareAnnuitant({ ...NEW_ANNUITANT, birthDate: '1961-01-02', employedOnProgramStart: true }),
    );
    expect(made.outcome).toBe('required_not_enrolled');
  });

  it('890.1604(d)(1)(iii): an annuitant living abroad with documentation is excepted', () => {
    const made = forEnrollee(
      medicareAnnuitant({
        ...NEW_ANNUITANT,
        residence: { country: 'PT', state: null },
        evidence: [{ kind: 'residence_abroad', receivedOn: '2025-02-10' }],
      }),
    );
    expect(made.outcome).toBe('excepted');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1604(d)(1)(iii)');
  });

  it('890.1604(d)(1)(iii): Puerto Rico, Guam and the other territories count as the United States', () => {
    for (const country of ['PR', 'VI', 'GU', 'AS', 'MP']) {
      const made = forEnrollee(medicareAnnuitant({ ...NEW_ANNUITANT, residence: { country, state: null } }));
      expect(made.outcome).toBe('required_not_enrolled');
    }
  });

  it('890.1604(d)(1)(iv): an annuitant enrolled in VA health care with documentation is excepted', () => {
    const made = forEnrollee(
      medicareAnnuitant({
        ...NEW_ANNUITANT,
        vaEnrolled: true,
        evidence: [{ kind: 'va_enrollment', receivedOn: '2025-01-15' }],
      }),
    );
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1604(d)(1)(iv)');
  });

  it('890.1604(d)(1)(v): an annuitant eligible for IHS with documentation is excepted', () => {
    const made = forEnrollee(
      medicareAnnuitant({
        ...NEW_ANNUITANT,
        ihsEligible: true,
        evidence: [{ kind: 'ihs_eligibility', receivedOn: '2025-01-15' }],
      }),
    );
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1604(d)(1)(v)');
  });

  it('890.1604(e): a claimed exception without documentation is pending_evidence', () => {
    const made = forEnrollee(medicareAnnuitant({ ...NEW_ANNUITANT, vaEnrolled: true }));
    expect(made.outcome).toBe('pending_evidence');
    expect(made.citations).toEqual(['5 CFR 890.1604(a)', '5 CFR 890.1604(d)(1)(iv)', '5 CFR 890.1604(e)']);
  });

  it('890.1604(e): documentation received after the as-of date does not count yet', () => {
    const made = forEnrollee(
      medicareAnnuitant({
        ...NEW_ANNUITANT,
        vaEnrolled: true,
        evidence: [{ kind: 'va_enrollment', receivedOn: '2025-03-02' }],
      }),
    );
    expect(made.outcome).toBe('pending_evidence');
  });

  it('890.1604(b): a family member of an annuitant who is not a covered Medicare individual is not required', () => {
    const made = forMember(spouse(), makePerson('annuitant', NEW_ANNUITANT));
    expect(made.outcome).toBe('not_required');
    expect(made.citations).toEqual(['5 CFR 890.1604(b)']);
  });

  it('890.1604(b): a family member of an employee is not required', () => {
    expect(forMember(spouse(), makePerson('employee')).outcome).toBe('not_required');
  });

  it('890.1604(b): a Medicare covered family member of a Medicare covered annuitant must have Part B', () => {
    const made = forMember(
      spouse(),
      medicareAnnuitant({ ...NEW_ANNUITANT, medicare: { partBStart: '2019-04-01' } }),
    );
    expect(made.outcome).toBe('required_not_enrolled');
    expect(made.citations).toEqual(['5 CFR 890.1604(b)']);
  });

  it('890.1604(d)(2)(i): a family member covered under an excepted annuitant is excepted', () => {
    const made = forMember(spouse(), medicareAnnuitant());
    expect(made.outcome).toBe('excepted');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1604(d)(2)(i)');
  });

  it("890.1604(d)(2)(i): a family member waits with the annuitant's pending exception", () => {
    const made = forMember(spouse(), medicareAnnuitant({ ...NEW_ANNUITANT, ihsEligible: true }));
    expect(made.outcome).toBe('pending_evidence');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1604(e)');
  });

  const enrolledAnnuitant = medicareAnnuitant({ ...NEW_ANNUITANT, medicare: { partBStart: '2019-04-01' } });
  it('890.1604(d)(2)(ii): a family member living abroad with documentation is excepted', () => {
    const member = spouse({
      residence: { country: 'CA', state: null },
      evidence: [{ kind: 'residence_abroad', receivedOn: '2025-01-02' }],
    });
    expect(mostSpecificCitation(forMember(member, enrolledAnnuitant))).toBe('5 CFR 890.1604(d)(2)(ii)');
  });

  it('890.1604(d)(2)(iii): a family member in VA health care with documentation is excepted', () => {
    const member = spouse({
      vaEnrolled: true,
      evidence: [{ kind: 'va_enrollment', receivedOn: '2025-01-02' }],
    });
    expect(mostSpecificCitation(forMember(member, enrolledAnnuitant))).toBe('5 CFR 890.1604(d)(2)(iii)');
  });

  it('890.1604(d)(2)(iv): a family member eligible for IHS with documentation is excepted', () => {
    const member = spouse({
      ihsEligible: true,
      evidence: [{ kind: 'ihs_eligibility', receivedOn: '2025-01-02' }],
    });
    expect(mostSpecificCitation(forMember(member, enrolledAnnuitant))).toBe('5 CFR 890.1604(d)(2)(iv)');
  });

  it('890.1604(c): a survivor annuitant with Part A and without Part B is required_not_enrolled', () => {
    const made = forEnrollee(
      makePerson('survivor_annuitant', { ...NEW_ANNUITANT, medicare: { partAStart: '2020-01-01' } }),
    );
    expect(made.outcome).toBe('required_not_enrolled');
    expect(made.citations).toEqual(['5 CFR 890.1604(c)']);
  });

  it("890.1604(d)(3): a survivor keeps the deceased annuitant's exception", () => {
    const made = forEnrollee(
      makePerson('survivor_annuitant', {
        ...NEW_ANNUITANT,
        deceasedAnnuitantException: '5 CFR 890.1604(d)(1)(i)',
        medicare: { partAStart: '2020-01-01' },
      }),
    );
    expect(made.outcome).toBe('excepted');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1604(d)(3)');
  });

  it('890.1604(d)(3): a survivor living abroad with documentation is excepted in their own right', () => {
    const made = forEnrollee(
      makePerson('survivor_annuitant', {
        ...NEW_ANNUITANT,
        residence: { country: 'MX', state: null },
        evidence: [{ kind: 'residence_abroad', receivedOn: '2025-01-20' }],
        medicare: { partAStart: '2020-01-01' },
      }),
    );
    expect(made.citations).toContain('5 CFR 890.1604(d)(1)(iii)');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1604(d)(3)');
  });
});

describe('5 CFR 890.1604(d)(1)(i) and (d)(3): survivor annuitants (issue 10 item 3)', () => {
  const survivor = (fields: Parameters<typeof makePerson>[1] = {}): Person =>
    makePerson('survivor_annuitant', {
      birthDate: '1950-03-03',
      ...fields,
      medicare: { partAStart: '2015-03-01', partABasis: 'premium_free', ...fields.medicare },
    });

  it('890.1602(d)(3), 890.1604(d)(1)(i): a survivor annuitant since 2019 with Part A and no Part B is excepted (issue 10 item 3)', () => {
    const made = forEnrollee(survivor({ survivorSince: '2019-06-01', annuitantSince: '2019-06-01' }));
    expect(made.outcome).toBe('excepted');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1604(d)(1)(i)');
  });

  it('890.1604(d)(1)(i): the day survivor status began decides, when given apart from annuitantSince (issue 10 item 3)', () => {
    expect(forEnrollee(survivor({ survivorSince: '2024-12-31' })).outcome).toBe('excepted');
    expect(forEnrollee(survivor({ survivorSince: '2025-01-02' })).outcome).toBe('required_not_enrolled');
  });

  it('890.1604(d)(1)(i): a survivor who had Part A and Part B on January 1, 2025 and dropped it later is not excepted by it (issue 10 item 3)', () => {
    const made = forEnrollee(
      survivor({
        survivorSince: '2019-06-01',
        medicare: { partBPeriods: [{ start: '2015-03-01', end: '2025-02-01' }] },
      }),
    );
    expect(made.outcome).toBe('required_not_enrolled');
  });

  it("890.1604(d)(3): a later survivor keeps the deceased's (d)(1) exception; none, 'none' or no text grants nothing (issue 10 item 3)", () => {
    const later = { survivorSince: '2025-02-01' };
    const kept = forEnrollee(survivor({ ...later, deceasedAnnuitantException: '5 CFR 890.1604(d)(1)(ii)' }));
    expect(kept.outcome).toBe('excepted');
    expect(mostSpecificCitation(kept)).toBe('5 CFR 890.1604(d)(3)');
    expect(kept.facts.deceasedAnnuitantException).toBe('890.1604(d)(1)(ii)');
    for (const nothing of [null, 'none', 'None', '']) {
      expect(forEnrollee(survivor({ ...later, deceasedAnnuitantException: nothing })).outcome).toBe(
        'required_not_enrolled',
      );
    }
  });

  it('890.1604(d)(3): text that names no exception is refused, not read as one (issue 10 item 3)', () => {
    expect(() => survivor({ deceasedAnnuitantException: 'the deceased was excepted' })).toThrow(
      /names no exception of 890.1604\(d\)\(1\)/,
    );
  });

  it('5 U.S.C. 8903c(a): a survivor of someone whose last employing agency was not the Postal Service is not reached (issue 10 item 7)', () => {
    const made = forEnrollee(survivor({ survivorSince: '2025-02-01', lastEmployingAgency: 'other_agency' }));
    expect(made.outcome).toBe('not_required');
  });

  it('890.1604(a), 8903c(a): Part A basis over time: bought under 1818, then premium-free, reaches the requirement from the change (issue 10 item 7)', () => {
    const annuitant = medicareAnnuitant({
      ...NEW_ANNUITANT,
      medicare: {
        partAStart: '2019-04-01',
        partABasis: 'section_1818',
        partABasisHistory: [{ from: '2025-02-15', basis: 'premium_free' }],
      },
    });
    expect(forEnrollee(annuitant, '2025-02-01').outcome).toBe('not_required');
    expect(forEnrollee(annuitant, '2025-03-01').outcome).toBe('required_not_enrolled');
  });

  it('890.1604(a): Part B as intervals: had it, dropped it, re-enrolled (issue 10 item 7)', () => {
    const annuitant = medicareAnnuitant({
      ...NEW_ANNUITANT,
      medicare: {
        partBPeriods: [
          { start: '2019-04-01', end: '2025-02-01' },
          { start: '2025-04-01', end: null },
        ],
      },
    });
    expect(forEnrollee(annuitant, '2025-01-15').outcome).toBe('enrolled');
    expect(forEnrollee(annuitant, '2025-03-01').outcome).toBe('required_not_enrolled');
    expect(forEnrollee(annuitant, '2025-04-01').outcome).toBe('enrolled');
  });

  it('890.1604(d)(1)(i): property: a survivor since on or before January 1, 2025 without Part B then is never required to have it (issue 10 item 3)', () => {
    const before = fc.integer({ min: 0, max: 12_000 }).map((n) => addDays('2025-01-01', -n));
    const after = fc.integer({ min: 1, max: 400 }).map((n) => addDays('2025-01-01', n));
    const exception = fc.constantFrom(null, 'none', '890.1604(d)(1)(i)');
    fc.assert(
      fc.property(before, after, exception, (since, asOf, deceased) => {
        const made = forEnrollee(
          survivor({ survivorSince: since, deceasedAnnuitantException: deceased }),
          asOf,
        );
        expect(made.outcome).toBe('excepted');
        expect(mostSpecificCitation(made)).toBe('5 CFR 890.1604(d)(1)(i)');
      }),
    );
  });
});
