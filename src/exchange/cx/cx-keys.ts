// The keyed hashes of customer-experience measurement, from the program's data key (PSHB_DATA_KEY or
// DATA_DIR/keys/data-key) through HMAC-SHA-256 with a purpose label, so nothing here reveals the key:
// - an invitation's token is derived from its transaction, so the portal can show the link after the
//   transaction without storing it; the database keeps only the token's SHA-256;
// - a person is known to the once-per-period rule only by a keyed hash, never by the person's id.
// A rotation of the data key changes both: invitations made before it stay answerable (their token
// hashes are stored) but the once-per-period rule starts afresh.
import { createHash, createHmac, createSecretKey } from 'node:crypto';
import type { FieldKeyring } from '../../security/field-encryption.ts';

export interface CxKeys {
  tokenFor(source: string, reference: string): string;
  personKey(personId: number): string;
}

export function cxKeysFrom(key: Buffer): CxKeys {
  // A KeyObject made once: an HMAC given a Buffer builds one on every call, six times the hash's cost.
  const derived = createSecretKey(createHmac('sha256', key).update('pshb-cx-v1').digest());
  return {
    tokenFor: (source, reference) =>
      createHmac('sha256', derived).update(`invitation:${source}:${reference}`).digest('base64url'),
    personKey: (personId) => createHmac('sha256', derived).update(`person:${personId}`).digest('hex'),
  };
}

export function cxKeysOf(keyring: FieldKeyring): CxKeys {
  return cxKeysFrom(keyring.current.key);
}

/** What the database keeps of a token. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
