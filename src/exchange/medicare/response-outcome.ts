// What one response line means for the person asked about. The agency's own verdict comes first (N no
// match, A name differs, B birth date differs); a match is then checked against the person as the
// record holds them now: a name or birth date changed since the request means the answer may be about
// someone else, so it goes to the exception queue and never onto the person.
import type { MedicareMatchCode } from '../../domain/medicare-exchange-layout.ts';
import type { MedicareOutcome } from '../../storage/tables/exchange-tables.ts';
import { toExchangeText } from './fixed-width.ts';

export interface AskedAbout {
  readonly sentLastName: string;
  readonly sentFirstName: string;
  readonly sentBirthDate: string;
  /** Null when the person is no longer on record. */
  readonly lastName: string | null;
  readonly firstName: string | null;
  readonly birthDate: string | null;
}

export function responseOutcome(matchCode: MedicareMatchCode, asked: AskedAbout): MedicareOutcome {
  if (matchCode === 'N') return 'no_match';
  if (matchCode === 'A') return 'name_mismatch';
  if (matchCode === 'B') return 'birth_date_mismatch';
  const sameName =
    asked.lastName !== null &&
    asked.firstName !== null &&
    toExchangeText(asked.lastName) === asked.sentLastName &&
    toExchangeText(asked.firstName) === asked.sentFirstName;
  return sameName && asked.birthDate === asked.sentBirthDate ? 'matched' : 'changed_since_request';
}

/** A name for the exception queue: its first letter and the length, never the whole name. */
export function maskName(name: string | null): string | null {
  if (name === null || name === '') return name;
  return name[0] + '*'.repeat(Math.max(name.length - 1, 0));
}

/** A birth date for the exception queue: the year only. */
export function maskBirthDate(date: string | null): string | null {
  return date === null ? null : `${date.slice(0, 4)}-**-**`;
}

/** A Medicare number for the exception queue: its last four characters. */
export function maskMedicareNumber(mbi: string): string | null {
  return mbi === '' ? null : `*******${mbi.slice(-4)}`;
}

/** What the team compares to work the item, masked. */
export function exceptionDetail(
  outcome: MedicareOutcome,
  asked: AskedAbout,
  mbi: string,
): Record<string, unknown> {
  return {
    outcome,
    sent: {
      lastName: maskName(asked.sentLastName),
      firstName: maskName(asked.sentFirstName),
      birthDate: maskBirthDate(asked.sentBirthDate),
    },
    onRecord: {
      lastName: maskName(asked.lastName),
      firstName: maskName(asked.firstName),
      birthDate: maskBirthDate(asked.birthDate),
    },
    reportedMedicareNumber: maskMedicareNumber(mbi),
  };
}
