// The Medicare number (MBI) column at rest, kept exactly like the SSN (ssn-at-rest.ts):
// person.medicare_number holds 'v1:...' ciphertext with 'person.medicare_number' as additional data and
// person.medicare_number_last4 the last four characters in clear. This file reads a person's whole
// identifiers back for a reader the access policy allowed, and re-encrypts stored MBIs after a key
// rotation.
import { PshbError } from '../errors.ts';
import { executorOf } from '../storage/executor.ts';
import {
  findStoredIdentifiers,
  medicareNumbersNotUnderKey,
  updateMedicareNumbers,
} from '../storage/security/identifiers-at-rest.ts';
import type { Store } from '../storage/store.ts';
import { decryptField, encryptField, isEncryptedField, type FieldKeyring } from './field-encryption.ts';
import { SSN_FIELD } from './ssn-at-rest.ts';

export const MEDICARE_NUMBER_FIELD = 'person.medicare_number';

export interface PersonIdentifiers {
  readonly ssn: string;
  /** Null when the person has no Medicare number on file. */
  readonly medicareNumber: string | null;
}

/**
 * The whole SSN and Medicare number of a person. Call only after the access policy allowed
 * 'person.read_identifiers' and the read was written to the audit log with its purpose and the fields
 * ['ssn', 'medicare_number'].
 */
export async function readPersonIdentifiers(
  store: Store,
  keyring: FieldKeyring,
  personId: number,
): Promise<PersonIdentifiers> {
  const row = await findStoredIdentifiers(executorOf(store), personId);
  if (!row) throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
  const mbi = row.medicareNumber;
  return {
    ssn: isEncryptedField(row.ssn) ? decryptField(keyring, row.ssn, SSN_FIELD) : row.ssn,
    medicareNumber: mbi === null ? null : decryptField(keyring, mbi, MEDICARE_NUMBER_FIELD),
  };
}

/**
 * Re-encrypts every stored Medicare number not under the current key (after a data key rotation), in
 * batches committed one by one so an interrupted run resumes. Returns how many rows were rewritten.
 */
export async function encryptStoredMedicareNumbers(
  store: Store,
  keyring: FieldKeyring,
  options: { batchSize?: number; onProgress?: (done: number) => void } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 5_000;
  let done = 0;
  let after = 0;
  const executor = executorOf(store);
  for (;;) {
    const rows = await medicareNumbersNotUnderKey(executor, keyring.current.id, after, batchSize);
    if (rows.length === 0) return done;
    const updates = rows.map((r) => ({
      id: r.id,
      medicareNumber: encryptField(
        keyring,
        decryptField(keyring, r.medicareNumber, MEDICARE_NUMBER_FIELD),
        MEDICARE_NUMBER_FIELD,
      ),
    }));
    await store.transaction((tx) => updateMedicareNumbers(tx, updates));
    done += updates.length;
    after = updates[updates.length - 1]!.id;
    options.onProgress?.(done);
  }
}
