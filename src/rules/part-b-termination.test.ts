import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/dates.ts';
import type { Person } from '../domain/person.ts';
import { mostSpecificCitation } from './decision.ts';
import { evaluateHousehold, type HouseholdInput } from './household.ts';
import { initialEnrollmentPeriodEnds } from './medicare-status.ts';
import { fehb, makePerson, medicareAnnuitant, testContext } from '../../test-support/rules-fixtures.ts';

// An annuitant who retired after the initial contract year began, so (d)(1)(i) does not apply.
const NEW_ANNUITANT = { annuitantSince: '2025-02-01' };
const inPartB = { partBStart: '2019-04-01' };
const medicareSpouse = (fields: Parameters<typeof makePerson>[1] = {}): Person =>
  makePerson('family_member', {
    id: 'sp-1',
    relationship: 'spouse',
    birthDate: '1956-09-09',
    ...fields,
    medicare: { partAStart: '2021-09-01', partABasis: 'premium_free', ...fields.medicare },
  });
const child = makePerson('family_member', { id: 'ch-1', relationship: 'child', birthDate: '2010-05-05' });

function family(
  enrollee: Person,
  members: readonly Person[],
  extra: Partial<HouseholdInput> = {},
): HouseholdInput {
  return {
    enrollee,
    family: members,
    fehbEnrollment: fehb('A2', '1', 'self_and_family'),
    election: null,
    ...extra,
  };
}

describe('5 CFR 890.1608(b)(1)(i): coverage runs until the removal takes effect (issue 10 item 4)', () => {
  it('890.1608(b)(1)(i): an annuitant found without Part B stays covered until the end of the Medicare enrollment period (issue 10 item 4)', () => {
    const annuitant = medicareAnnuitant({ ...NEW_ANNUITANT });
    const input = family(annuitant, [child], { medicareEnrollmentPeriodEnds: '2025-06-30' });
    const found = evaluateHousehold(input, testContext('2025-04-15'));
    expect(found.termination?.outcome).toBe('terminated');
    expect(found.termination?.effectiveOn).toBe('2025-06-30');
    expect(mostSpecificCitation(found.termination!)).toBe('5 CFR 890.1608(b)(1)(i)');
    expect(found.enrollee.covered).toBe(true);
    expect(found.members[0]!.covered).toBe(true);
    const after = evaluateHousehold(input, testContext('2025-06-30'));
    expect(after.enrollee.covered).toBe(false);
    expect(after.members[0]!.covered).toBe(false);
  });

  it("890.1608(b)(1)(i): a spouse's own Medicare enrollment period decides her removal, not the household's (issue 10 item 4, item 7)", () => {
    const annuitant = medicareAnnuitant({ ...NEW_ANNUITANT, medicare: inPartB });
    const spouse = medicareSpouse({ medicare: { enrollmentPeriodEnds: '2025-07-31' } });
    const decided = evaluateHousehold(family(annuitant, [spouse, child]), testContext('2025-04-15'));
    expect(decided.termination?.outcome).toBe('not_terminated');
    expect(decided.members.map((m) => m.covered)).toEqual([true, true]);
    expect(decided.members[0]!.removal?.effectiveOn).toBe('2025-07-31');
    expect(decided.members[0]!.removal?.citation).toBe('5 CFR 890.1608(b)(1)(i)');
  });

  it('890.1608(b)(1)(i): the initial enrollment period is derived from the Part A start when none is on record (issue 10 item 7)', () => {
    expect(initialEnrollmentPeriodEnds({ ...medicareSpouse().medicare, partAStart: '2025-03-01' })).toBe(
      '2025-06-30',
    );
    expect(initialEnrollmentPeriodEnds({ ...medicareSpouse().medicare, partAStart: '2024-11-01' })).toBe(
      '2025-02-28',
    );
    const annuitant = medicareAnnuitant({ ...NEW_ANNUITANT, medicare: inPartB });
    const newlyMedicare = medicareSpouse({ medicare: { partAStart: '2025-03-01' } });
    const decided = evaluateHousehold(family(annuitant, [newlyMedicare]), testContext('2025-04-15'));
    expect(decided.members[0]!.removal?.effectiveOn).toBe('2025-06-30');
    expect(decided.members[0]!.covered).toBe(true);
  });

  it('890.1608(b)(1): property: coverage is true on every day before the removal takes effect and false from it (issue 10 item 4)', () => {
    const annuitant = medicareAnnuitant({ ...NEW_ANNUITANT });
    const days = fc.integer({ min: 1, max: 200 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(days, days, fc.boolean(), (asOf, periodEnds, memberOnly) => {
        const enrollee = memberOnly ? medicareAnnuitant({ ...NEW_ANNUITANT, medicare: inPartB }) : annuitant;
        const input = family(enrollee, [medicareSpouse(), child], {
          medicareEnrollmentPeriodEnds: periodEnds,
        });
        const decided = evaluateHousehold(input, testContext(asOf));
        for (const person of [decided.enrollee, ...decided.members]) {
          const removal = person.removal ?? (memberOnly ? null : decided.enrollee.removal);
          if (removal === null) continue;
          expect(person.covered).toBe(asOf < removal.effectiveOn);
        }
      }),
    );
  });
});

describe('5 CFR 890.1608(b)(2)-(5) citations and termination rights (issue 10 item 6)', () => {
  it('890.1608(b)(2): a family member kept because she was never told is cited to (b)(2), not (b)(3) (issue 10 item 6)', () => {
    const annuitant = medicareAnnuitant({ ...NEW_ANNUITANT, medicare: inPartB });
    const spouse = medicareSpouse({ informedOfPartBRequirement: false });
    const decided = evaluateHousehold(family(annuitant, [spouse]), testContext('2025-04-15'));
    expect(decided.termination?.outcome).toBe('not_terminated');
    expect(mostSpecificCitation(decided.termination!)).toBe('5 CFR 890.1608(b)(2)');
    expect(decided.termination?.citations).not.toContain('5 CFR 890.1608(b)(3)');
    expect(decided.members[0]!.covered).toBe(true);
  });

  it('890.1608(b)(3) is not cited for a person who simply has Part B (issue 10 item 6)', () => {
    const annuitant = medicareAnnuitant({ ...NEW_ANNUITANT, medicare: inPartB });
    const decided = evaluateHousehold(family(annuitant, [medicareSpouse()]), testContext('2025-04-15'));
    expect(decided.termination?.citations).not.toContain('5 CFR 890.1608(b)(3)');
  });

  it('890.1608(b)(3): property: never cited when no one in the household is excepted (issue 10 item 6)', () => {
    const annuitant = medicareAnnuitant({ ...NEW_ANNUITANT, medicare: inPartB });
    const day = fc.integer({ min: 1, max: 400 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(day, fc.boolean(), fc.boolean(), fc.boolean(), (asOf, informed, equity, suspended) => {
        const spouse = medicareSpouse({
          informedOfPartBRequirement: informed,
          medicare: { suspendedForMedicarePlan: suspended },
        });
        const decided = evaluateHousehold(
          family(annuitant, [spouse, child], { equityAndGoodConscience: equity }),
          testContext(asOf),
        );
        expect(decided.termination?.citations ?? []).not.toContain('5 CFR 890.1608(b)(3)');
      }),
    );
  });

  it('890.1608(b)(5), 890.401(a): a removed member carries her effective date, extension end and right of conversion as data (issue 10 item 6)', () => {
    const annuitant = medicareAnnuitant({ ...NEW_ANNUITANT, medicare: inPartB });
    const decided = evaluateHousehold(
      family(annuitant, [medicareSpouse(), child]),
      testContext('2025-04-15'),
    );
    const termination = decided.termination!;
    expect(termination.outcome).toBe('not_terminated');
    expect(termination.effectiveOn).toBe('2025-04-15');
    expect(termination.temporaryExtensionEnds).toBe('2025-05-16');
    expect(termination.conversionRight).toBe(true);
    expect(termination.removals).toEqual([
      {
        personId: 'sp-1',
        role: 'member',
        citation: '5 CFR 890.1608(b)(1)(ii)',
        effectiveOn: '2025-04-15',
        temporaryExtensionEnds: '2025-05-16',
        conversionRight: true,
        hospitalConfinementContinuesTo: null,
      },
    ]);
    expect(decided.members[0]!.removal).toEqual(termination.removals[0]);
  });

  it('890.1608(b)(2): the protection lasts only if Part B is taken at the next opportunity (issue 10 item 7)', () => {
    const notTold = (medicare: Partial<Person['medicare']>): Person =>
      medicareAnnuitant({
        ...NEW_ANNUITANT,
        informedOfPartBRequirement: false,
        medicare: { nextEnrollmentOpportunityEnds: '2026-03-31', ...medicare },
      });
    const input = (enrollee: Person): HouseholdInput =>
      family(enrollee, [], { fehbEnrollment: fehb('A2', '1') });
    expect(evaluateHousehold(input(notTold({})), testContext('2026-03-31')).termination?.outcome).toBe(
      'not_terminated',
    );
    const missed = evaluateHousehold(input(notTold({})), testContext('2026-04-02'));
    expect(missed.termination?.outcome).toBe('terminated');
    const applied = notTold({ partBApplication: { filedOn: '2026-02-10', coverageStartsOn: '2026-07-01' } });
    const kept = evaluateHousehold(input(applied), testContext('2026-04-02'));
    expect(kept.termination?.outcome).toBe('not_terminated');
    expect(mostSpecificCitation(kept.termination!)).toBe('5 CFR 890.1608(b)(2)');
    expect(kept.termination?.facts.partBApplicationFiledOn).toBe('2026-02-10');
  });
});

describe('5 CFR 890.1608(d), (e) and 890.401(a): further facts (issue 10 item 7)', () => {
  it('890.1608(e)(1)(i): a written cancellation ends the enrollment on the last day of the last month in Part B, with extension and conversion (issue 10 item 7)', () => {
    const annuitant = medicareAnnuitant({
      ...NEW_ANNUITANT,
      partBCancellationReceivedOn: '2025-04-10',
      medicare: { partBStart: '2019-04-01', partBEnd: '2025-03-15' },
    });
    const decided = evaluateHousehold(family(annuitant, [child]), testContext('2025-04-15'));
    const termination = decided.termination!;
    expect(termination.outcome).toBe('terminated');
    expect(termination.effectiveOn).toBe('2025-03-31');
    expect(mostSpecificCitation(termination)).toBe('5 CFR 890.1608(e)(1)(i)');
    expect(termination.citations).toContain('5 CFR 890.1608(e)(4)');
    expect(termination.conversionRight).toBe(true);
    expect(decided.members[0]!.covered).toBe(false);
  });

  it('890.1608(e)(2): an excepted member who cancels in writing leaves on her last day in Part B (issue 10 item 7)', () => {
    const annuitant = medicareAnnuitant({ ...NEW_ANNUITANT, medicare: inPartB });
    const spouse = medicareSpouse({
      partBCancellationReceivedOn: '2025-04-01',
      vaEnrolled: true,
      evidence: [{ kind: 'va_enrollment', receivedOn: '2025-01-10' }],
      medicare: { partBStart: '2021-09-01', partBEnd: '2025-03-20' },
    });
    const decided = evaluateHousehold(family(annuitant, [spouse]), testContext('2025-04-15'));
    expect(decided.members[0]!.partB.outcome).toBe('excepted');
    expect(decided.members[0]!.removal?.citation).toBe('5 CFR 890.1608(e)(2)');
    expect(decided.members[0]!.removal?.effectiveOn).toBe('2025-03-19');
    expect(decided.members[0]!.covered).toBe(false);
    expect(decided.enrollee.covered).toBe(true);
  });

  it('890.1608(d): misrepresentation of Part B removes retroactively to the day eligibility ended (issue 10 item 7)', () => {
    const annuitant = medicareAnnuitant({
      ...NEW_ANNUITANT,
      partBMisrepresentationFoundOn: '2025-05-20',
      medicare: { partBStart: '2019-04-01', partBEnd: '2025-02-01' },
    });
    const decided = evaluateHousehold(family(annuitant, []), testContext('2025-05-20'));
    expect(decided.termination?.effectiveOn).toBe('2025-02-01');
    expect(mostSpecificCitation(decided.termination!)).toBe('5 CFR 890.1608(d)');
  });

  it('890.401(a): someone in hospital on the last day of the extension keeps benefits while confined, up to 60 days more (issue 10 item 7)', () => {
    const stay = (to: string | null): Person =>
      medicareAnnuitant({ ...NEW_ANNUITANT, hospitalConfinements: [{ from: '2025-05-10', to }] });
    const decide = (person: Person) =>
      evaluateHousehold(family(person, [], { fehbEnrollment: fehb('A2', '1') }), testContext('2025-04-15'))
        .termination!.removals[0]!;
    expect(decide(stay('2025-06-01')).hospitalConfinementContinuesTo).toBe('2025-06-01');
    expect(decide(stay(null)).hospitalConfinementContinuesTo).toBe('2025-07-15');
    expect(decide(medicareAnnuitant({ ...NEW_ANNUITANT })).hospitalConfinementContinuesTo).toBeNull();
  });
});
