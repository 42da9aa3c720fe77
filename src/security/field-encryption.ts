// Encryption at rest of single fields (SSNs, Medicare numbers): AES-256-GCM, a fresh 96-bit IV per
// value, the field's name as additional authenticated data (a ciphertext moved to another column does
// not decrypt). Stored text: 'v1:' + base64(key id (4 bytes) | IV (12) | tag (16) | ciphertext).
// The key id (first 4 bytes of SHA-256 of the key) picks the key from the ring, so old values still
// decrypt after a rotation until they are re-encrypted (see docs/security.md).
import type { Environment } from '../config/configuration.ts';
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createSecretKey,
  randomBytes,
  randomFillSync,
  type KeyObject,
} from 'node:crypto';
import { join } from 'node:path';
import { PshbError } from '../errors.ts';
import { keysFolder, readOrCreateSecretFile } from './secret-files.ts';

export const FIELD_FORMAT_PREFIX = 'v1:';
const KEY_BYTES = 32;
const KEY_ID_BYTES = 4;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = KEY_ID_BYTES + IV_BYTES + TAG_BYTES;

export interface DataKey {
  /** Hex of the first 4 bytes of SHA-256 of the key: names the key without revealing it. */
  readonly id: string;
  readonly key: Buffer;
  /**
   * The same key as OpenSSL holds it, made once: a cipher given the Buffer builds this anew on every
   * call, which costs four times the encryption of an SSN itself.
   */
  readonly secret: KeyObject;
}

export interface FieldKeyring {
  /** New values are encrypted with this key. */
  readonly current: DataKey;
  /** Every key that may still decrypt stored values, by id (the current one included). */
  readonly byId: ReadonlyMap<string, DataKey>;
}

export function dataKey(key: Buffer): DataKey {
  if (key.length !== KEY_BYTES)
    throw new PshbError(
      'INVALID_INPUT',
      `a data key must be 32 bytes (base64 of 32 bytes), got ${key.length}`,
    );
  return {
    id: createHash('sha256').update(key).digest().subarray(0, KEY_ID_BYTES).toString('hex'),
    key,
    secret: createSecretKey(key),
  };
}

export function fieldKeyring(current: Buffer, previous: readonly Buffer[] = []): FieldKeyring {
  const currentKey = dataKey(current);
  const byId = new Map<string, DataKey>();
  for (const key of previous) {
    const k = dataKey(key);
    byId.set(k.id, k);
  }
  byId.set(currentKey.id, currentKey);
  return { current: currentKey, byId };
}

export interface KeyringSource {
  /** PSHB_DATA_KEY (base64, 32 bytes) and PSHB_DATA_KEY_PREVIOUS (the old keys, during a rotation). */
  readonly env?: Partial<Pick<Environment, 'PSHB_DATA_KEY' | 'PSHB_DATA_KEY_PREVIOUS' | 'DATA_DIR'>>;
  /** Where the key file is created when PSHB_DATA_KEY is not set: DATA_DIR/keys/data-key. */
  readonly dataDir?: string;
}

/** The data keys: from the environment, else from DATA_DIR/keys/data-key (created at first start, 0600). */
export function loadFieldKeyring(source: KeyringSource = {}): FieldKeyring {
  const env = source.env ?? {};
  const previous = (env.PSHB_DATA_KEY_PREVIOUS ?? []).map((s) => decodeKey(s, 'PSHB_DATA_KEY_PREVIOUS'));
  if (env.PSHB_DATA_KEY) return fieldKeyring(decodeKey(env.PSHB_DATA_KEY, 'PSHB_DATA_KEY'), previous);
  const dataDir = source.dataDir ?? env.DATA_DIR ?? 'data';
  const text = readOrCreateSecretFile(join(keysFolder(dataDir), 'data-key'), () =>
    randomBytes(KEY_BYTES).toString('base64'),
  );
  return fieldKeyring(decodeKey(text.trim(), 'DATA_DIR/keys/data-key'), previous);
}

function decodeKey(text: string, where: string): Buffer {
  const key = Buffer.from(text, 'base64');
  if (key.length !== KEY_BYTES)
    throw new PshbError(
      'INVALID_INPUT',
      `${where} must be base64 of 32 random bytes (openssl rand -base64 32)`,
    );
  return key;
}

/** IVs come from a pooled random buffer: one getrandom call per 4,096 values instead of one each. */
const ivPool = Buffer.alloc(IV_BYTES * 4096);
let ivOffset = ivPool.length;

function nextIv(): Buffer {
  if (ivOffset === ivPool.length) {
    randomFillSync(ivPool);
    ivOffset = 0;
  }
  const iv = ivPool.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

/**
 * 'v1:' + base64(key id | IV | tag | ciphertext). `field` names the column, e.g. 'person.ssn'.
 * Always Node's own AES-256-GCM (OpenSSL): no hand-made cryptography, even where it would be faster.
 */
export function encryptField(keyring: FieldKeyring, plaintext: string, field: string): string {
  return encryptBytes(keyring, Buffer.from(plaintext, 'utf8'), field);
}

/** The same format for a file's bytes (a Part B document): `field` names where it is kept. */
export function encryptBytes(keyring: FieldKeyring, plaintext: Uint8Array, field: string): string {
  const { id, secret } = keyring.current;
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', secret, iv);
  cipher.setAAD(Buffer.from(field, 'utf8'));
  const body = cipher.update(plaintext);
  const final = cipher.final();
  const out = Buffer.allocUnsafe(HEADER_BYTES + body.length + final.length);
  out.write(id, 0, 'hex');
  iv.copy(out, KEY_ID_BYTES);
  cipher.getAuthTag().copy(out, KEY_ID_BYTES + IV_BYTES);
  body.copy(out, HEADER_BYTES);
  final.copy(out, HEADER_BYTES + body.length);
  return FIELD_FORMAT_PREFIX + out.toString('base64');
}

export function isEncryptedField(value: string): boolean {
  return value.startsWith(FIELD_FORMAT_PREFIX);
}

/** The key id a stored value was encrypted with (to find values still under an old key). */
export function fieldKeyId(value: string): string {
  if (!isEncryptedField(value)) throw new PshbError('INVALID_INPUT', 'not an encrypted field value');
  return Buffer.from(value.slice(FIELD_FORMAT_PREFIX.length), 'base64')
    .subarray(0, KEY_ID_BYTES)
    .toString('hex');
}

export function decryptField(keyring: FieldKeyring, value: string, field: string): string {
  return decryptBytes(keyring, value, field).toString('utf8');
}

export function decryptBytes(keyring: FieldKeyring, value: string, field: string): Buffer {
  if (!isEncryptedField(value))
    throw new PshbError('INVALID_INPUT', `${field} is not in the encrypted format (v1:...)`);
  const raw = Buffer.from(value.slice(FIELD_FORMAT_PREFIX.length), 'base64');
  if (raw.length < HEADER_BYTES)
    throw new PshbError('INVALID_INPUT', `${field}: encrypted value is truncated`);
  const keyId = raw.subarray(0, KEY_ID_BYTES).toString('hex');
  const key = keyring.byId.get(keyId);
  if (!key)
    throw new PshbError(
      'INVALID_INPUT',
      `${field} was encrypted with data key ${keyId}, which is not configured (set PSHB_DATA_KEY_PREVIOUS)`,
    );
  const decipher = createDecipheriv(
    'aes-256-gcm',
    key.secret,
    raw.subarray(KEY_ID_BYTES, KEY_ID_BYTES + IV_BYTES),
  );
  decipher.setAAD(Buffer.from(field, 'utf8'));
  decipher.setAuthTag(raw.subarray(KEY_ID_BYTES + IV_BYTES, HEADER_BYTES));
  try {
    return Buffer.concat([decipher.update(raw.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    throw new PshbError(
      'INVALID_INPUT',
      `${field}: encrypted value failed authentication (altered or wrong key)`,
    );
  }
}
