// The SSN column at rest: person.ssn holds 'v1:...' ciphertext (field-encryption.ts) and
// person.ssn_last4 the last four digits in clear. This file finds the data key for a store, reads one
// SSN back for a reader entitled to it, and re-encrypts stored SSNs: clear ones left from before
// migration 0003, and ones under an old key after a rotation.
import { dirname } from 'node:path';
import { PshbError } from '../errors.ts';
import { executorOf } from '../storage/executor.ts';
import {
  findSsnLastFour,
  findStoredSsn,
  ssnsNotUnderKey,
  updateSsns,
} from '../storage/security/identifiers-at-rest.ts';
import type { Store } from '../storage/store.ts';
import {
  decryptField,
  encryptField,
  isEncryptedField,
  loadFieldKeyring,
  type FieldKeyring,
  type KeyringSource,
} from './field-encryption.ts';

export const SSN_FIELD = 'person.ssn';

/**
 * The data keys for a store: PSHB_DATA_KEY when set, else the key file beside an on-disk PGlite
 * database (DATA_DIR/keys/data-key), else the one in DATA_DIR (default ./data).
 */
export function fieldKeyringFor(store: Store, env: KeyringSource['env'] = {}): FieldKeyring {
  const onDisk = store.backend === 'pglite' && !store.location.startsWith('memory://');
  return loadFieldKeyring({ env, ...(onDisk ? { dataDir: dirname(store.location) } : {}) });
}

/**
 * The whole SSN of a person. Call only after the access policy allowed 'person.read_identifiers' and
 * the read was written to the audit log (audit-log.ts requireAccess, fields ['ssn']).
 */
export async function readPersonSsn(store: Store, keyring: FieldKeyring, personId: number): Promise<string> {
  const ssn = await findStoredSsn(executorOf(store), personId);
  if (ssn === undefined) throw new PshbError('NOT_FOUND', `no person with id ${personId}`);
  return isEncryptedField(ssn) ? decryptField(keyring, ssn, SSN_FIELD) : ssn;
}

/** The last four digits of a person's SSN, for masked display (field-masking.ts maskSsn). */
export async function readPersonSsnLastFour(store: Store, personId: number): Promise<string | undefined> {
  return findSsnLastFour(executorOf(store), personId);
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
  const executor = executorOf(store);
  for (;;) {
    const rows = await ssnsNotUnderKey(executor, currentKeyId, after, batchSize);
    if (rows.length === 0) return done;
    const updates = rows.map((r) => {
      const clear = isEncryptedField(r.ssn) ? decryptField(keyring, r.ssn, SSN_FIELD) : r.ssn;
      return { id: Number(r.id), ssn: encryptField(keyring, clear, SSN_FIELD), last4: clear.slice(-4) };
    });
    await store.transaction((tx) => updateSsns(tx, updates));
    done += updates.length;
    after = updates[updates.length - 1]!.id;
    options.onProgress?.(done);
  }
}
