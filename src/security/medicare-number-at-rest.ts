// The Medicare number (MBI) column at rest, kept exactly like the SSN (ssn-at-rest.ts):
// person.medicare_number holds 'v1:...' ciphertext with 'person.medicare_number' as additional data and
// person.medicare_number_last4 the last four characters in clear. This file reads a person's whole
// identifiers back for a reader the access policy allowed, and re-encrypts stored MBIs after a key
// rotation.
import { sql } from 'kysely';
import { PshbError } from '../errors.ts';
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
  const row = await store.db
    .selectFrom('person')
    .select(['ssn', 'medicare_number'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!row) throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
  const mbi = row.medicare_number;
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
  for (;;) {
    const rows = await sql<{ id: number; medicare_number: string }>`
      select id, medicare_number from person
      where id > ${after} and medicare_number is not null
        and encode(substring(decode(substring(medicare_number from 4), 'base64') from 1 for 4), 'hex')
          <> ${keyring.current.id}
      order by id limit ${batchSize}`.execute(store.db);
    if (rows.rows.length === 0) return done;
    const updates = rows.rows.map((r) => ({
      id: Number(r.id),
      mbi: encryptField(
        keyring,
        decryptField(keyring, r.medicare_number, MEDICARE_NUMBER_FIELD),
        MEDICARE_NUMBER_FIELD,
      ),
    }));
    await store.transaction(async (tx) => {
      await tx.query(
        `update person set medicare_number = v.mbi
         from unnest($1::bigint[], $2::text[]) as v(id, mbi) where person.id = v.id`,
        [updates.map((u) => u.id), updates.map((u) => u.mbi)],
      );
    });
    done += updates.length;
    after = updates[updates.length - 1]!.id;
    options.onProgress?.(done);
  }
}
