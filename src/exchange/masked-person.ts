// A person as anyone allowed to read the record sees it: name, birth year and the last four characters
// of the SSN and the Medicare number, and the ZIP Code of the household's mailing address (to compare the
// plans offered where they live). The whole numbers are stored encrypted and are not even read here.
import { PshbError } from '../errors.ts';
import type { Executor } from '../storage/executor.ts';
import { readMailingPostalCode, readMaskedPerson } from '../storage/enrollment/persons.ts';

export interface MaskedPerson {
  readonly id: number;
  readonly householdId: number;
  readonly relationship: string;
  readonly category: string;
  readonly name: string;
  readonly birthYear: number;
  readonly ssnLastFour: string;
  /** null when no Medicare number is on file. */
  readonly medicareNumberLastFour: string | null;
  /** The 5-digit ZIP Code of the household's mailing address; null when none is on file (or abroad). */
  readonly mailingZip: string | null;
}

/** The person's masked record; NOT_FOUND when there is no such person. */
export async function maskedPerson(executor: Executor, personId: number): Promise<MaskedPerson> {
  const [row, postalCode] = await Promise.all([
    readMaskedPerson(executor, personId),
    readMailingPostalCode(executor, personId),
  ]);
  if (!row) throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
  const zip = postalCode?.slice(0, 5) ?? '';
  return {
    id: row.id,
    householdId: row.household_id,
    relationship: row.relationship,
    category: row.category,
    name: `${row.first_name} ${row.last_name}`,
    birthYear: Number(row.birth_date.slice(0, 4)),
    ssnLastFour: row.ssn_last4 ?? '????',
    medicareNumberLastFour: row.medicare_number_last4,
    mailingZip: /^\d{5}$/.test(zip) ? zip : null,
  };
}
