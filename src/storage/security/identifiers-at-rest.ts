// The person's identifiers as stored: person.ssn and person.medicare_number hold 'v1:...' ciphertext
// (src/security/field-encryption.ts; old SSNs may still be clear text), with the last four characters
// in clear beside them. Reads for a reader the access policy allowed, and the batches a key rotation
// re-encrypts. Encryption itself is src/security's: these functions only move the stored text.
import { sql } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';

/** The stored SSN and Medicare number of a person (ciphertext), or undefined for no such person. */
export async function findStoredIdentifiers(
  executor: Executor,
  personId: number,
): Promise<{ ssn: string; medicareNumber: string | null } | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('person').select(['ssn', 'medicare_number']).where('id', '=', personId),
  );
  return row && { ssn: row.ssn, medicareNumber: row.medicare_number };
}

/** The stored SSN of a person (ciphertext, or clear text from before migration 0003). */
export async function findStoredSsn(executor: Executor, personId: number): Promise<string | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('person').select('ssn').where('id', '=', personId),
  );
  return row?.ssn;
}

/** The last four digits of a person's SSN, kept in clear for masked display. */
export async function findSsnLastFour(executor: Executor, personId: number): Promise<string | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('person').select('ssn_last4').where('id', '=', personId),
  );
  return row?.ssn_last4 ?? undefined;
}

/** The key id a 'v1:' ciphertext column was written under: the first four bytes after the prefix, in hex. */
function keyIdOf(column: 'ssn' | 'medicare_number') {
  return sql<string>`encode(substring(decode(substring(${sql.ref(column)} from 4), 'base64') from 1 for 4), 'hex')`;
}

/** Up to `limit` SSNs after person `after`, in id order, that are clear text or under another key. */
export async function ssnsNotUnderKey(
  executor: Executor,
  keyId: string,
  after: number,
  limit: number,
): Promise<{ id: number; ssn: string }[]> {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('person')
      .select(['id', 'ssn'])
      .where('id', '>', after)
      .where((eb) => eb.or([eb('ssn', 'not like', sql.lit('v1:%')), eb(keyIdOf('ssn'), '<>', keyId)]))
      .orderBy('id')
      .limit(limit),
  );
}

/** Up to `limit` stored Medicare numbers after person `after`, in id order, under another key. */
export async function medicareNumbersNotUnderKey(
  executor: Executor,
  keyId: string,
  after: number,
  limit: number,
): Promise<{ id: number; medicareNumber: string }[]> {
  const rows = await execute(
    executor,
    sqlBuilder
      .selectFrom('person')
      .select(['id', 'medicare_number'])
      .where('id', '>', after)
      .where('medicare_number', 'is not', null)
      .where(keyIdOf('medicare_number'), '<>', keyId)
      .orderBy('id')
      .limit(limit),
  );
  return rows.map((r) => ({ id: Number(r.id), medicareNumber: r.medicare_number ?? '' }));
}

/** Rewrites SSNs and their last four digits, one statement for the batch. */
export async function updateSsns(
  executor: Executor,
  updates: readonly { id: number; ssn: string; last4: string }[],
): Promise<void> {
  await executor.query(
    `update person set ssn = v.ssn, ssn_last4 = v.last4
     from unnest($1::bigint[], $2::text[], $3::text[]) as v(id, ssn, last4) where person.id = v.id`,
    [updates.map((u) => u.id), updates.map((u) => u.ssn), updates.map((u) => u.last4)],
  );
}

/** Rewrites Medicare numbers, one statement for the batch. */
export async function updateMedicareNumbers(
  executor: Executor,
  updates: readonly { id: number; medicareNumber: string }[],
): Promise<void> {
  await executor.query(
    `update person set medicare_number = v.mbi
     from unnest($1::bigint[], $2::text[]) as v(id, mbi) where person.id = v.id`,
    [updates.map((u) => u.id), updates.map((u) => u.medicareNumber)],
  );
}
