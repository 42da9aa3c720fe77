import { createDecipheriv } from 'node:crypto';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decryptField,
  encryptField,
  fieldKeyId,
  fieldKeyring,
  isEncryptedField,
  loadFieldKeyring,
} from './field-encryption.ts';
import { maskMedicareNumber, maskSsn } from './field-masking.ts';

const keyA = Buffer.alloc(32, 1);
const keyB = Buffer.alloc(32, 2);

describe('field encryption (AES-256-GCM, versioned)', () => {
  it('round-trips and never repeats a ciphertext', () => {
    const ring = fieldKeyring(keyA);
    const one = encryptField(ring, '123-45-6789', 'person.ssn');
    const two = encryptField(ring, '123-45-6789', 'person.ssn');
    expect(one).toMatch(/^v1:[A-Za-z0-9+/]+=*$/);
    expect(one).not.toBe(two);
    expect(one).not.toContain('6789');
    expect(decryptField(ring, one, 'person.ssn')).toBe('123-45-6789');
    expect(isEncryptedField(one)).toBe(true);
    expect(isEncryptedField('123-45-6789')).toBe(false);
  });

  it('refuses a value moved to another field, altered, or under an unknown key', () => {
    const ring = fieldKeyring(keyA);
    const value = encryptField(ring, '123-45-6789', 'person.ssn');
    expect(() => decryptField(ring, value, 'person.medicare_number')).toThrow(/failed authentication/);
    const raw = Buffer.from(value.slice(3), 'base64');
    raw[raw.length - 1]! ^= 1;
    expect(() => decryptField(ring, 'v1:' + raw.toString('base64'), 'person.ssn')).toThrow(
      /failed authentication/,
    );
    expect(() => decryptField(fieldKeyring(keyB), value, 'person.ssn')).toThrow(/not configured/);
  });

  it('decrypts old values after a rotation while new ones use the new key', () => {
    const old = encryptField(fieldKeyring(keyA), '123-45-6789', 'person.ssn');
    const rotated = fieldKeyring(keyB, [keyA]);
    expect(decryptField(rotated, old, 'person.ssn')).toBe('123-45-6789');
    const fresh = encryptField(rotated, '123-45-6789', 'person.ssn');
    expect(fieldKeyId(fresh)).toBe(rotated.current.id);
    expect(fieldKeyId(old)).not.toBe(rotated.current.id);
  });

  it('takes the key from PSHB_DATA_KEY, or creates a 0600 key file in DATA_DIR once', () => {
    const fromEnv = loadFieldKeyring({ env: { PSHB_DATA_KEY: keyA.toString('base64') } });
    expect(fromEnv.current.key.equals(keyA)).toBe(true);
    expect(() => loadFieldKeyring({ env: { PSHB_DATA_KEY: 'c2hvcnQ=' } })).toThrow(/32 random bytes/);
    const dataDir = mkdtempSync(join(tmpdir(), 'pshb-keys-'));
    const first = loadFieldKeyring({ env: {}, dataDir });
    const second = loadFieldKeyring({ env: {}, dataDir });
    expect(second.current.id).toBe(first.current.id);
    expect(statSync(join(dataDir, 'keys', 'data-key')).mode & 0o777).toBe(0o600);
  });
});

describe('interoperability', () => {
  it('produces what a plain AES-256-GCM decryption reads, for short and long values', () => {
    const ring = fieldKeyring(keyA);
    for (let length = 0; length <= 40; length++) {
      const text = '0123456789abcdefghijklmnopqrstuvwxyzABCDEF'.slice(0, length);
      for (const field of ['person.ssn', 'x', '', 'a field name longer than 16 bytes']) {
        const value = encryptField(ring, text, field);
        const raw = Buffer.from(value.slice(3), 'base64');
        const decipher = createDecipheriv('aes-256-gcm', keyA, raw.subarray(4, 16));
        decipher.setAAD(Buffer.from(field));
        decipher.setAuthTag(raw.subarray(16, 32));
        const clear = Buffer.concat([decipher.update(raw.subarray(32)), decipher.final()]).toString();
        expect(clear, `${length} ${field}`).toBe(text);
      }
    }
    for (let i = 0; i < 5000; i++) {
      const ssn = `${100 + (i % 900)}-${10 + (i % 90)}-${1000 + i}`;
      expect(decryptField(ring, encryptField(ring, ssn, 'person.ssn'), 'person.ssn')).toBe(ssn);
    }
  });
});

describe('masking', () => {
  it('shows only the last four', () => {
    expect(maskSsn('123-45-6789')).toBe('***-**-6789');
    expect(maskSsn('6789')).toBe('***-**-6789');
    expect(maskSsn(null)).toBe('***-**-****');
    expect(maskMedicareNumber('1EG4-TE5-MK73')).toBe('*******MK73');
  });
});
