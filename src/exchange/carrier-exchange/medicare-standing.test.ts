import { describe, expect, it } from 'vitest';
import { NO_MEDICARE } from '../../domain/person.ts';
import { medicareStandingOn } from './medicare-standing.ts';
import { medicareStatusCode } from './member-level-codes.ts';

describe('Medicare standing on a day (INS06)', () => {
  const medicare = {
    ...NO_MEDICARE,
    partAStart: '2023-03-01',
    partABasis: 'premium_free' as const,
    partBStart: '2023-03-01',
    partBEnd: '2027-07-01',
  };
  const person = { birthDate: '1958-03-14', medicare };

  it('is Parts A and B by age while both run', () => {
    expect(medicareStandingOn(person, '2027-06-30')).toEqual({ partA: true, partB: true, basis: 'age' });
    expect(medicareStatusCode(medicareStandingOn(person, '2027-06-30'))).toEqual(['C', '0']);
  });

  it('is Part A only from the first day without Part B', () => {
    expect(medicareStatusCode(medicareStandingOn(person, '2027-07-01'))).toEqual(['A', '0']);
  });

  it('sends no basis under 65, where it could be disability or ESRD', () => {
    const younger = { birthDate: '1970-01-01', medicare };
    expect(medicareStatusCode(medicareStandingOn(younger, '2025-01-01'))).toEqual(['C']);
  });

  it('is no Medicare before Part A and Part B begin', () => {
    expect(medicareStatusCode(medicareStandingOn(person, '2023-02-28'))).toEqual(['E']);
  });
});
