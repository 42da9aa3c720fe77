import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/dates.ts';
import {
  partBStandingChange,
  verificationReason,
  type VerificationCandidate,
} from './medicare-verification.ts';
import type { PartBOutcome } from './part-b.ts';

const AS_OF = '2026-12-05';
const annuitant: VerificationCandidate = {
  relationship: 'self',
  category: 'annuitant',
  lastEmployingAgency: 'postal_service',
  birthDate: '1955-04-10',
  hasPartA: true,
  hasMedicareNumber: true,
  enrolleeCategory: 'annuitant',
  enrolleeLastEmployingAgency: 'postal_service',
};
const spouse: VerificationCandidate = { ...annuitant, relationship: 'spouse', category: 'family_member' };

describe('5 CFR 890.1612 who the Medicare entitlement request names', () => {
  it('890.1604(a): a Postal Service annuitant with Part A on record', () => {
    expect(verificationReason(annuitant, AS_OF)).toBe('5 CFR 890.1604(a)');
  });

  it('890.1604(c): a Postal Service survivor annuitant', () => {
    expect(
      verificationReason(
        { ...annuitant, category: 'survivor_annuitant', enrolleeCategory: 'survivor_annuitant' },
        AS_OF,
      ),
    ).toBe('5 CFR 890.1604(c)');
  });

  it('890.1604(b): a family member of a Postal Service annuitant', () => {
    expect(verificationReason(spouse, AS_OF)).toBe('5 CFR 890.1604(b)');
  });

  it('890.1604(a): an annuitant whose last employing agency was not the Postal Service is not named', () => {
    expect(
      verificationReason(
        { ...annuitant, lastEmployingAgency: 'other_agency', enrolleeLastEmployingAgency: 'other_agency' },
        AS_OF,
      ),
    ).toBeNull();
  });

  it('890.1604(a): an employee and their family are not named', () => {
    expect(
      verificationReason({ ...annuitant, category: 'employee', enrolleeCategory: 'employee' }, AS_OF),
    ).toBeNull();
    expect(verificationReason({ ...spouse, enrolleeCategory: 'employee' }, AS_OF)).toBeNull();
  });

  it('42 CFR 407.14: without Part A or a Medicare number, named from three months before the 65th birthday month', () => {
    const young = { ...annuitant, hasPartA: false, hasMedicareNumber: false, birthDate: '1962-03-20' };
    expect(verificationReason(young, '2026-11-30')).toBeNull();
    expect(verificationReason(young, '2026-12-01')).toBe('5 CFR 890.1604(a)');
  });

  it('42 CFR 407.14, property: nobody born after the day less 64 years and 8 months is named for age alone (the read in src/storage/exchange/medicare-candidates.ts relies on it)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 400 }), (day, later) => {
        const asOf = addDays('2000-01-01', day);
        const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
        const months = y * 12 + (m - 1) - (64 * 12 + 8);
        const bound = `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
        const birthDate = addDays(bound, later);
        const young = { ...annuitant, hasPartA: false, hasMedicareNumber: false, birthDate };
        expect(verificationReason(young, asOf)).toBeNull();
      }),
    );
  });

  it('property: never named outside an annuitant household', () => {
    const categories = ['employee', 'compensationer', 'former_spouse'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...categories),
        fc.boolean(),
        fc.boolean(),
        (category, hasPartA, hasMedicareNumber) => {
          const c = { ...annuitant, category, enrolleeCategory: category, hasPartA, hasMedicareNumber };
          expect(verificationReason(c, AS_OF)).toBeNull();
          expect(
            verificationReason({ ...c, relationship: 'child', category: 'family_member' }, AS_OF),
          ).toBeNull();
        },
      ),
    );
  });
});

describe('5 CFR 890.1608(b) what a change of Part B standing calls for', () => {
  it('890.1608(b): enrolled before, required and not enrolled now: the removal review', () => {
    expect(partBStandingChange('enrolled', 'required_not_enrolled')).toBe('newly_required_not_enrolled');
    expect(partBStandingChange('not_required', 'required_not_enrolled')).toBe('newly_required_not_enrolled');
  });

  it('890.1608(b): already required and not enrolled: nothing new (no second review)', () => {
    expect(partBStandingChange('required_not_enrolled', 'required_not_enrolled')).toBe('unchanged');
  });

  it('890.1604(e): Part B confirmed leaves no pending evidence to wait for', () => {
    expect(partBStandingChange('pending_evidence', 'enrolled')).toBe('part_b_confirmed');
    expect(partBStandingChange('required_not_enrolled', 'enrolled')).toBe('part_b_confirmed');
  });

  it('890.1608(b)(3): an excepted person is not reviewed', () => {
    const outcomes: PartBOutcome[] = [
      'not_required',
      'enrolled',
      'excepted',
      'pending_evidence',
      'required_not_enrolled',
    ];
    for (const before of outcomes) expect(partBStandingChange(before, 'excepted')).toBe('unchanged');
  });
});
