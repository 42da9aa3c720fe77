// Finding a caller's record by what they can tell a specialist without reading out their whole SSN:
// last name and the last four digits of the SSN, with the birth date to tell namesakes apart. Only
// masked facts come back (name, birth year, last four digits), enough to open a case on the right
// person; the whole record is read through the case, under the partner's scope.
import { parseConfirmationNumber } from '../domain/confirmation-number.ts';
import { PshbError } from '../errors.ts';
import { findByMaskedIdentifiers, findEnrolleeOfTransition } from '../storage/enrollment/persons.ts';
import type { Executor } from '../storage/executor.ts';
import { dayOf } from '../storage/raw-query.ts';

export interface PersonSearch {
  readonly lastName: string;
  readonly ssnLastFour: string;
  readonly birthDate?: string | undefined;
}

export interface PersonMatch {
  readonly id: number;
  readonly householdId: number;
  readonly relationship: string;
  readonly name: string;
  readonly birthYear: number;
  readonly ssnLastFour: string;
}

/** More matches than this means the search needs the birth date, not a longer list. */
export const MAX_MATCHES = 20;

export async function findPersons(executor: Executor, search: PersonSearch): Promise<PersonMatch[]> {
  if (!/^\d{4}$/.test(search.ssnLastFour)) {
    throw new PshbError('INVALID_INPUT', 'ssnLastFour: give exactly the last four digits of the SSN', [
      { field: 'ssnLastFour', message: 'four digits' },
    ]);
  }
  const rows = await findByMaskedIdentifiers(
    executor,
    { ...search, lastName: search.lastName.trim() },
    MAX_MATCHES + 1,
  );
  if (rows.length > MAX_MATCHES) {
    throw new PshbError(
      'INVALID_INPUT',
      `more than ${MAX_MATCHES} people match; add the birth date to narrow the search`,
      [{ field: 'birthDate', message: 'add the birth date' }],
    );
  }
  return rows.map((r) => ({
    id: Number(r.id),
    householdId: Number(r.household_id),
    relationship: r.relationship,
    name: `${r.first_name} ${r.last_name}`,
    birthYear: Number(dayOf(r.birth_date).slice(0, 4)),
    // Never null here: the search matched on it.
    ssnLastFour: r.ssn_last4 ?? search.ssnLastFour,
  }));
}

/** A recorded change named by its confirmation number, and the enrollee it was recorded for. */
export interface ConfirmationMatch extends PersonMatch {
  readonly transitionId: number;
  readonly action: string;
  readonly decidedOn: string;
}

/**
 * The change a person reads out by its confirmation number (PSHB-000-01AK, however typed), with its
 * enrollee's masked facts; null when no change has that number. A number whose check character is
 * wrong is refused, so a mistyped one never finds someone else's change.
 */
export async function findByConfirmationNumber(
  executor: Executor,
  number: string,
): Promise<ConfirmationMatch | null> {
  const transitionId = parseConfirmationNumber(number);
  if (transitionId === null) {
    throw new PshbError('INVALID_INPUT', 'number: not a confirmation number (check the characters)', [
      { field: 'number', message: 'not a confirmation number' },
    ]);
  }
  const row = await findEnrolleeOfTransition(executor, transitionId);
  if (!row) return null;
  return {
    id: Number(row.id),
    householdId: Number(row.household_id),
    relationship: row.relationship,
    name: `${row.first_name} ${row.last_name}`,
    birthYear: Number(dayOf(row.birth_date).slice(0, 4)),
    ssnLastFour: row.ssn_last4 ?? '',
    transitionId,
    action: row.action,
    decidedOn: dayOf(row.decided_on),
  };
}
