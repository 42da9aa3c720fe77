import { describe, expect, it } from 'vitest';
import type { Person } from '../domain/person.ts';
import { mostSpecificCitation, type Decision } from './decision.ts';
import { decideEligibility, type EligibilityOutcome } from './eligibility.ts';
import { decidePartB } from './part-b.ts';
import { makePerson, medicareAnnuitant, TEST_CALENDAR } from '../../test-support/rules-fixtures.ts';

function decide(
  person: Person,
  enrollee: Person = person,
  asOf = '2025-01-01',
): Decision<EligibilityOutcome> {
  const CONTEXT = { calendar: TEST_CALENDAR, asOf };
  const enrolleePartB = decidePartB(
    enrollee,
    { enrollee, enrolleePartB: null },
    CONTEXT.calendar,
    CONTEXT.asOf,
  );
  const partB =
    person === enrollee
      ? enrolleePartB
      : decidePartB(person, { enrollee, enrolleePartB }, CONTEXT.calendar, CONTEXT.asOf);
  return decideEligibility(person, { enrollee }, partB, CONTEXT);
}

const employee = makePerson('employee');
const child = (birthDate: string, fields: Parameters<typeof makePerson>[1] = {}): Person =>
  makePerson('family_member', { id: 'child-1', relationship: 'child', birthDate, ...fields });

describe('5 CFR 890.1603 eligibility', () => {
  it('890.1603(a)(1): a Postal Service employee is eligible', () => {
    const made = decide(employee);
    expect(made.outcome).toBe('eligible');
    expect(made.citations).toEqual(['5 CFR 890.1603(a)(1)']);
  });

  it('890.1603(b): a compensationer found unable to return to duty is eligible', () => {
    const made = decide(makePerson('compensationer', { compensationerUnableToReturn: true }));
    expect(made.outcome).toBe('eligible');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1603(b)');
  });

  it('890.1603(b): a compensationer not found unable to return to duty is not eligible', () => {
    const made = decide(makePerson('compensationer'));
    expect(made.outcome).toBe('not_eligible');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1603(b)');
  });

  it('890.1603(a)(2): a Postal Service annuitant is eligible', () => {
    expect(decide(makePerson('annuitant', { annuitantSince: '2010-01-01' })).outcome).toBe('eligible');
  });

  it('890.1603(e): a survivor annuitant is eligible, subject to the Part B requirement', () => {
    const made = decide(makePerson('survivor_annuitant'));
    expect(made.outcome).toBe('eligible');
    expect(made.citations).toEqual(['5 CFR 890.1603(a)(2)', '5 CFR 890.1603(e)']);
  });

  it('890.1603(d): a former spouse is not eligible and is sent to FEHB', () => {
    const made = decide(makePerson('former_spouse', { formerSpouseFehbEnrolled: true }));
    expect(made.outcome).toBe('not_eligible');
    expect(made.citations).toEqual(['5 CFR 890.1603(d)']);
    expect(made.explanation).toContain('stay in FEHB');
  });

  it('890.1603(d): a former spouse listed as a member of family is not eligible either', () => {
    const made = decide(makePerson('former_spouse', { relationship: 'spouse' }), employee);
    expect(made.outcome).toBe('not_eligible');
    expect(made.explanation).toContain('enrolls in FEHB');
  });

  it('890.1603(a)(3): a member of family is not eligible in their own right', () => {
    expect(decide(makePerson('family_member')).outcome).toBe('not_eligible');
  });

  it('890.1603(a)(3): a spouse of an employee is eligible', () => {
    const made = decide(makePerson('family_member', { relationship: 'spouse' }), employee);
    expect(made.outcome).toBe('eligible');
  });

  it('890.1603(a)(3): the family of a compensationer not found unable to return is not eligible', () => {
    const made = decide(
      makePerson('family_member', { relationship: 'spouse' }),
      makePerson('compensationer'),
    );
    expect(made.outcome).toBe('not_eligible');
  });

  it('890.302: a child is a member of family until the day they turn 26', () => {
    expect(decide(child('1999-01-02'), employee).outcome).toBe('eligible');
    const made = decide(child('1999-01-01'), employee);
    expect(made.outcome).toBe('not_eligible');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.302');
  });

  it('890.302: a child 26 or over incapable of self-support is a member of family', () => {
    expect(decide(child('1980-01-01', { incapableOfSelfSupport: true }), employee).outcome).toBe('eligible');
  });

  it('890.1603(c)(1): a Medicare covered annuitant required to be in Part B and not is not eligible', () => {
    const annuitant = medicareAnnuitant({ annuitantSince: '2025-01-02' });
    const made = decide(annuitant, annuitant, '2025-01-02');
    expect(made.outcome).toBe('not_eligible');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1603(c)(1)');
    expect(made.facts.exclusion).toBe('part_b_not_enrolled');
  });

  it('890.1603(c)(2): a Medicare covered family member required to be in Part B and not is not eligible', () => {
    const annuitant = medicareAnnuitant({
      annuitantSince: '2025-01-01',
      medicare: { partBStart: '2019-04-01' },
    });
    const spouse = makePerson('family_member', {
      relationship: 'spouse',
      medicare: { partAStart: '2020-01-01' },
    });
    const made = decide(spouse, annuitant);
    expect(made.outcome).toBe('not_eligible');
    expect(made.citations).toEqual([
      '5 CFR 890.1603(a)(3)',
      '5 CFR 890.302',
      '5 CFR 890.1604(b)',
      '5 CFR 890.1603(c)(2)',
    ]);
  });

  it('890.1603(c)(3): someone covered by another FEHB plan is not eligible', () => {
    const made = decide(makePerson('employee', { coveredByOtherFehb: true }));
    expect(made.outcome).toBe('not_eligible');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1603(c)(3)');
  });

  it('890.1604(e): a pending Part B exception leaves the person eligible for now', () => {
    const annuitant = medicareAnnuitant({ annuitantSince: '2025-01-02', vaEnrolled: true });
    const made = decide(annuitant, annuitant, '2025-01-02');
    expect(made.outcome).toBe('eligible');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1604(e)');
    expect(made.explanation).toContain('for now');
  });
});

describe('5 CFR 890.1603(a) with 5 U.S.C. 8903c(a): the last employing agency and temporary appointments (issue 10 item 7)', () => {
  it('890.1603(a)(2): an annuitant whose last employing agency was not the Postal Service is not eligible (issue 10 item 7)', () => {
    const made = decide(
      makePerson('annuitant', { annuitantSince: '2010-01-01', lastEmployingAgency: 'other_agency' }),
    );
    expect(made.outcome).toBe('not_eligible');
    expect(mostSpecificCitation(made)).toBe('5 CFR 890.1603(a)(2)');
    expect(made.citations).toContain('5 U.S.C. 8903c(a)');
  });

  it("890.1603(a)(3): nor is a member of such an annuitant's family (issue 10 item 7)", () => {
    const annuitant = makePerson('annuitant', { lastEmployingAgency: 'other_agency' });
    const spouse = makePerson('family_member', { id: 'sp', relationship: 'spouse' });
    expect(decide(spouse, annuitant).outcome).toBe('not_eligible');
  });

  it('890.102(c)(1): a temporary employee without 1 year of continuous employment is not eligible; with it, eligible (issue 10 item 7)', () => {
    const temporary = decide(makePerson('employee', { temporaryEmployee: true }));
    expect(temporary.outcome).toBe('not_eligible');
    expect(mostSpecificCitation(temporary)).toBe('5 CFR 890.102(c)(1)');
    const year = decide(
      makePerson('employee', { temporaryEmployee: true, temporaryContinuousYearCompleted: true }),
    );
    expect(year.outcome).toBe('eligible');
    expect(mostSpecificCitation(year)).toBe('5 U.S.C. 8906a');
  });

  it('890.1603(a)(1): an employee of another agency is not a Postal Service employee (issue 10 item 7)', () => {
    expect(decide(makePerson('employee', { lastEmployingAgency: 'other_agency' })).outcome).toBe(
      'not_eligible',
    );
  });
});
