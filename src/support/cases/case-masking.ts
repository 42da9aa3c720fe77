// A case shows its caller masked: the name, the birth year, and only the last four characters of the
// SSN and the MBI, and the state they live in (which plans they may choose), so a partner's specialist can confirm who is calling without reading the record.
import type { MaskedCasePerson } from './support-cases.ts';

/** The person's fields a case reads, as the database holds them. */
export interface CasePersonFields {
  readonly person_id: number;
  readonly household_id: number;
  readonly first_name: string;
  readonly last_name: string;
  readonly birth_date: string | Date;
  readonly ssn_last4: string | null;
  readonly medicare_number_last4: string | null;
  readonly residence_state: string | null;
}

export function maskedPerson(row: CasePersonFields): MaskedCasePerson {
  const birth = row.birth_date instanceof Date ? row.birth_date.toISOString() : row.birth_date;
  return {
    id: Number(row.person_id),
    householdId: Number(row.household_id),
    name: `${row.first_name} ${row.last_name}`,
    birthYear: Number(birth.slice(0, 4)),
    ssnLastFour: row.ssn_last4 ?? '????',
    medicareNumberLastFour: row.medicare_number_last4,
    residenceState: row.residence_state,
  };
}
