// The SSN column at rest: person.ssn holds 'v1:...' ciphertext (field-encryption.ts) and
// person.ssn_last4 the last four digits in clear. This file finds the data key for a store, reads one
// SSN back for a reader entitled to it, and re-encrypts stored SSNs: clear ones left from before
// migration 0003, and ones under an old key after a rotation.
import { dirname } from 'node:path';
import { sql } from 'kysely';
import { PshbError } from '../errors.ts';
import type { Store } from '../storage/store.ts';
import {
  decryptField,
  encryptField,
  isEncryptedField,
  loadFieldKeyring,
  type FieldKeyring,
} from './field-encryption.ts';
import { securityDb } from './security-tables.ts';

export const SSN_FIELD = 'person.ssn';

/**
 * The data keys for a store: PSHB_DATA_KEY when set, else the key file beside an on-disk PGlite
 * database (DATA_DIR/keys/data-key), else the one in DATA_DIR (default ./data).
 */
export function fieldKeyringFor(store: Store, env: NodeJS.ProcessEnv = process.env): FieldKeyring {
  const onDisk = store.backend === 'pglite' && !store.location.startsWith('memory://');
  return loadFieldKeyring({ env, ...(onDisk ? { dataDir: dirname(store.location) } : {}) });
}

/**
 * The whole SSN of a person. Call only after the access policy allowed 'person.read_identifiers' and
 * the read was written to the audit log (audit-log.ts requireAccess, fields ['ssn']).
 */
export async function readPersonSsn(store: Store, keyring: FieldKeyring, personId: number): Promise<string> {
  const row = await store.db.selectFrom('person').select('ssn').where('id', '=', personId).executeTakeFirst();
  if (!row) throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
  return isEncryptedField(row.ssn) ? decryptField(keyring, row.ssn, SSN_FIELD) : row.ssn;
}

/** The last four digits of a person's SSN, for masked display (field-masking.ts maskSsn). */
export async function readPersonSsnLastFour(store: Store, personId: number): Promise<string | undefined> {
  const row = await securityDb(store)
    .selectFrom('person')
    .select('ssn_last4')
    .where('id', '=', personId)
    .executeTakeFirst();
  return row?.ssn_last4 ?? undefined;
}

/**
 * Encrypts every SSN not yet under the current key (clear text, or an older key after a rotation), in
 * batches of `batchSize` committed one by one, so an interrupted run resumes where it stopped.
 * Returns how many rows were rewritten.
 */
export async function encryptStoredSsns(
  store: Store,
  keyring: FieldKeyring,
  options: { batchSize?: number; onProgress?: (done: number) => void } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 5_000;
  const currentKeyId = keyring.current.id;
  let done = 0;
  let after = 0;
  for (;;) {
    const rows = await sql<{ id: number; ssn: string }>`
      select id, ssn from person
      where id > ${after}
        and (ssn not like 'v1:%'
          or encode(substring(decode(substring(ssn from 4), 'base64') from 1 for 4), 'hex') <> ${currentKeyId})
      order by id limit ${batchSize}`.execute(store.db);
    if (rows.rows.length === 0) return done;
    const updates = rows.rows.map((r) => {
      const clear = isEncryptedField(r.ssn) ? decryptField(keyring, r.ssn, SSN_FIELD) : r.ssn;
      return { id: Number(r.id), ssn: encryptField(keyring, clear, SSN_FIELD), last4: clear.slice(-4) };
    });
    await store.transaction(async (tx) => {
      await tx.query(
        `update person set ssn = v.ssn, ssn_last4 = v.last4
         from unnest($1::bigint[], $2::text[], $3::text[]) as v(id, ssn, last4) where person.id = v.id`,
        [updates.map((u) => u.id), updates.map((u) => u.ssn), updates.map((u) => u.last4)],
      );
    });
    done += updates.length;
    after = updates[updates.length - 1]!.id;
    options.onProgress?.(done);
  }
}
