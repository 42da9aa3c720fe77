// The key pair the exchange signs its client assertions with (private_key_jwt, as login.gov requires).
// The private JWK comes from PSHB_OIDC_PRIVATE_JWK, or is generated at first start into
// DATA_DIR/keys/oidc-client.jwk.json (mode 0600); the public half is registered with the provider.
import type { Environment } from '../config/configuration.ts';
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type JsonWebKey,
} from 'node:crypto';
import { join } from 'node:path';
import { PshbError } from '../errors.ts';
import { keysFolder, readOrCreateSecretFile } from './secret-files.ts';

export interface ClientJwk extends JsonWebKey {
  kid: string;
  alg: 'RS256';
  use: 'sig';
}

/** A new RSA 2048 signing key as a private JWK, with its RFC 7638 thumbprint as kid. */
export function generateClientJwk(): ClientJwk {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: thumbprint(jwk), alg: 'RS256', use: 'sig' };
}

export function publicJwkOf(privateJwk: JsonWebKey & { kid?: string }): ClientJwk {
  const pub = createPublicKey(createPrivateKey({ key: privateJwk, format: 'jwk' })).export({ format: 'jwk' });
  return {
    kty: pub.kty,
    n: pub.n,
    e: pub.e,
    kid: privateJwk.kid ?? thumbprint(pub),
    alg: 'RS256',
    use: 'sig',
  };
}

function thumbprint(jwk: JsonWebKey): string {
  const canonical = JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n });
  return createHash('sha256').update(canonical).digest('base64url');
}

export function loadClientPrivateJwk(
  source: { env?: Partial<Pick<Environment, 'PSHB_OIDC_PRIVATE_JWK' | 'DATA_DIR'>>; dataDir?: string } = {},
): ClientJwk {
  const env = source.env ?? {};
  const text =
    env.PSHB_OIDC_PRIVATE_JWK ||
    readOrCreateSecretFile(
      join(keysFolder(source.dataDir ?? env.DATA_DIR ?? 'data'), 'oidc-client.jwk.json'),
      () => JSON.stringify(generateClientJwk()),
    );
  let jwk: ClientJwk;
  try {
    jwk = JSON.parse(text) as ClientJwk;
  } catch {
    throw new PshbError('INVALID_INPUT', 'PSHB_OIDC_PRIVATE_JWK (or the key file) is not a JSON Web Key');
  }
  if (jwk.kty !== 'RSA' || !jwk.d)
    throw new PshbError('INVALID_INPUT', 'the OpenID Connect client key must be a private RSA JWK');
  return { ...jwk, kid: jwk.kid ?? publicJwkOf(jwk).kid, alg: 'RS256', use: 'sig' };
}
