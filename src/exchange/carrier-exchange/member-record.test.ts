import { describe, expect, it } from 'vitest';
import { exampleMember } from './companion-guide-examples.ts';
import { coverageLevel, healthCoverage } from './coverage-level.ts';
import { benefitStatus, employmentStatus, medicareStatusCode } from './member-level-codes.ts';
import { memberRecord } from './member-record.ts';
import { d8, dateAndTime } from './x12-dates.ts';

const issuesOf = (changes: Record<string, unknown>) => {
  const base = exampleMember('enrollee');
  const result = memberRecord.safeParse({ ...base, ...changes });
  return result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
};

describe('the carrier-facing member record', () => {
  it('names the field when a value would break the file or is not a date', () => {
    expect(issuesOf({ name: { last: 'O*NEIL', first: 'PAT' } })[0]).toMatch(/^name\.last: no X12 separator/);
    expect(issuesOf({ birthDate: '1958-02-30' })).toEqual(['birthDate: a real date in YYYY-MM-DD form']);
    expect(issuesOf({ ssn: '123-45-6789' })).toEqual(['ssn: nine digits, no dashes']);
  });

  it('needs the subscriber’s address, and end dates in order', () => {
    expect(issuesOf({ address: null })).toEqual(['address: the subscriber needs an address (N3/N4)']);
    expect(issuesOf({ coverageEnds: '2026-12-31' })).toEqual(['coverageEnds: ends before coverageBegins']);
    expect(issuesOf({ coverageEnds: '2027-06-30', benefitsEnd: '2027-06-01' })[0]).toMatch(/^benefitsEnd:/);
  });
});

describe('member level codes', () => {
  it('tells Medicare parts as INS06-1 and the basis as INS06-2', () => {
    expect(medicareStatusCode({ partA: true, partB: true, basis: 'age' })).toEqual(['C', '0']);
    expect(medicareStatusCode({ partA: true, partB: false, basis: 'disability' })).toEqual(['A', '1']);
    expect(medicareStatusCode({ partA: false, partB: true, basis: null })).toEqual(['B']);
    expect(medicareStatusCode({ partA: false, partB: false, basis: 'esrd' })).toEqual(['E']);
  });

  it('gives INS05 C on continuation, S for a survivor annuitant, A otherwise', () => {
    const tcc = { qualifyingEvent: 'separation', begins: '2027-01-01', ends: '2028-06-30' } as const;
    expect(benefitStatus({ continuation: tcc, subscriberStanding: 'employee' })).toBe('C');
    expect(benefitStatus({ continuation: null, subscriberStanding: 'survivor_annuitant' })).toBe('S');
    expect(benefitStatus({ continuation: null, subscriberStanding: 'annuitant' })).toBe('A');
  });

  it('gives INS08 AC, L1, RT or TE', () => {
    expect(employmentStatus('employee', false)).toBe('AC');
    expect(employmentStatus('compensationer', false)).toBe('L1');
    expect(employmentStatus('former_spouse', false)).toBe('RT');
    expect(employmentStatus('employee', true)).toBe('TE');
  });
});

describe('coverage level (HD)', () => {
  it('maps Self Only, Self Plus One and Self and Family to EMP, E1D and FAM', () => {
    expect(coverageLevel('self_only')).toBe('EMP');
    expect(coverageLevel('self_plus_one')).toBe('E1D');
    expect(coverageLevel('self_and_family')).toBe('FAM');
  });

  it('writes HD with HD02 empty, HLT and the enrollment code as HD04', () => {
    const held = {
      enrollmentCode: '35C',
      planCode: '35',
      optionCode: '1',
      enrollmentType: 'self_plus_one',
    } as const;
    expect(healthCoverage('021', held).elements).toEqual(['021', '', 'HLT', '35C', 'E1D']);
  });
});

describe('X12 dates', () => {
  it('writes D8 dates and the creation time, refusing what is not a date', () => {
    expect(d8('2028-02-29')).toBe('20280229');
    expect(() => d8('2027-02-29')).toThrow('not a real date');
    expect(dateAndTime('2026-12-05T09:05:59.123Z')).toEqual({ date: '20261205', time: '0905' });
    expect(() => dateAndTime('2026-12-05T25:00:00Z')).toThrow('not a time of day');
  });
});
