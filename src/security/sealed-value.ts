// A small value sealed for a round trip through the browser (the sign-in's state, nonce and PKCE
// verifier): AES-256-GCM under a key derived from the session secret, with an expiry inside, so the
// browser can neither read nor alter it and an old one is refused.
import {
  createCipheriv,
  createDecipheriv,
  createSecretKey,
  hkdfSync,
  randomBytes,
  type KeyObject,
} from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;

export class Sealer {
  private readonly key: KeyObject;

  constructor(secret: string, purpose: string) {
    if (Buffer.byteLength(secret, 'utf8') < 32)
      throw new Error('the session secret must be at least 32 characters (e.g. openssl rand -base64 32)');
    this.key = createSecretKey(
      Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `pshb ${purpose}`, 32)),
    );
  }

  seal(value: unknown, ttlSeconds: number, now = Date.now()): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([
      cipher.update(JSON.stringify({ v: value, exp: now + ttlSeconds * 1000 }), 'utf8'),
      cipher.final(),
    ]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The sealed value, or undefined when it was altered, sealed with another secret, or expired. */
  unseal<T>(text: string | undefined, now = Date.now()): T | undefined {
    if (!text) return undefined;
    try {
      const raw = Buffer.from(text, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const json = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      const { v, exp } = JSON.parse(json.toString('utf8')) as { v: T; exp: number };
      return exp > now ? v : undefined;
    } catch {
      return undefined;
    }
  }
}
