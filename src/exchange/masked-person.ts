// A person as anyone allowed to read the record sees it: name, birth year and the last four characters
// of the SSN and the Medicare number, and the ZIP Code of the household's mailing address (to compare the
// plans offered where they live). The whole numbers are stored encrypted and are not even read here.
import type { ZipPrefixTable } from '../domain/plan-costs.ts';
import { PshbError } from '../errors.ts';
import { loadZipPrefixTable } from '../reference-data.ts';
import { stateOfZip } from '../rules/zip-state.ts';
import type { Executor } from '../storage/executor.ts';
import { readMailingAddress, readMaskedPerson } from '../storage/enrollment/persons.ts';

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
  /** The 5-digit ZIP Code of the household's mailing address; null when none is on file, abroad, or not in the address's state. */
  readonly mailingZip: string | null;
}

/** The person's masked record; NOT_FOUND when there is no such person. */
export async function maskedPerson(executor: Executor, personId: number): Promise<MaskedPerson> {
  const [row, address] = await Promise.all([
    readMaskedPerson(executor, personId),
    readMailingAddress(executor, personId),
  ]);
  if (!row) throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
  return {
    id: row.id,
    householdId: row.household_id,
    relationship: row.relationship,
    category: row.category,
    name: `${row.first_name} ${row.last_name}`,
    birthYear: Number(row.birth_date.slice(0, 4)),
    ssnLastFour: row.ssn_last4 ?? '????',
    medicareNumberLastFour: row.medicare_number_last4,
    mailingZip: address ? zipInState(address.postal_code, address.state) : null,
  };
}

let zipTable: ZipPrefixTable | undefined;

/**
 * The address's 5-digit ZIP Code when the USPS assigns its prefix to the address's own state: a ZIP Code
 * of another state (a mistyped or made-up address) would list another state's plans, so none is given.
 */
function zipInState(postalCode: string | null, state: string | null): string | null {
  const zip = postalCode?.trim().slice(0, 5) ?? '';
  if (!/^\d{5}$/.test(zip) || !state) return null;
  return stateOfZip((zipTable ??= loadZipPrefixTable()), zip) === state ? zip : null;
}
