// A person's Medicare standing on a day, as INS06 reports it, from the facts the rules already keep
// (src/domain/person.ts): Part A entitlement and Part B enrollment by their dates.
import { ageOn, type IsoDate } from '../../domain/dates.ts';
import type { Person } from '../../domain/person.ts';
import { isEnrolledInPartB, isEntitledToPartA } from '../../rules/medicare-status.ts';
import type { MedicareStatus } from './member-record.ts';

/** The age at which Medicare entitlement rests on age (42 U.S.C. 426(a)). */
const MEDICARE_AGE = 65;

/**
 * Parts A and B on the day. The basis (INS06-2) is age from 65 on; under 65 Medicare rests on
 * disability or end-stage renal disease, which the exchange's facts do not tell apart, so none is sent.
 */
export function medicareStandingOn(
  person: Pick<Person, 'medicare' | 'birthDate'>,
  on: IsoDate,
): MedicareStatus {
  const partA = isEntitledToPartA(person.medicare, on);
  const partB = isEnrolledInPartB(person.medicare, on);
  const hasMedicare = partA || partB;
  return {
    partA,
    partB,
    basis: hasMedicare && ageOn(person.birthDate, on) >= MEDICARE_AGE ? 'age' : null,
  };
}
