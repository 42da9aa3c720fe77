// A partner's SFTP sign-in key is found by reference: file:NAME in the exchange's key folder, or
// secret:NAME given by the deployment, as a file in the folder it mounts its secrets in
// (PSHB_SECRETS_DIR). A missing key is refused naming the partner's field, never guessed.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PshbError } from '../../errors.ts';
import { transportContextFor } from './delivery-partners.ts';
import { partnerKey } from './partner-transport.ts';

const root = mkdtempSync(join(tmpdir(), 'pshb-partner-key-'));
const secrets = join(root, 'secrets');
mkdirSync(secrets);
writeFileSync(join(secrets, 'fep-sftp'), 'SECRET KEY\n');
const data = join(root, 'data');
mkdirSync(join(data, 'keys'), { recursive: true });
writeFileSync(join(data, 'keys', 'fep-file'), 'FILE KEY\n');

afterAll(() => rmSync(root, { recursive: true, force: true }));

function refusal(run: () => unknown): PshbError {
  try {
    run();
  } catch (error) {
    if (error instanceof PshbError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('partner keys by reference', () => {
  const context = transportContextFor(data, { folder: secrets });

  it('reads file:NAME from the key folder and secret:NAME from the secrets folder', () => {
    expect(partnerKey('FEP', 'file:fep-file', context)).toBe('FILE KEY\n');
    expect(partnerKey('FEP', 'secret:fep-sftp', context)).toBe('SECRET KEY\n');
  });

  it('prefers a secret given by name over the folder', () => {
    const given = transportContextFor(data, { folder: secrets, given: { 'fep-sftp': 'GIVEN' } });
    expect(partnerKey('FEP', 'secret:fep-sftp', given)).toBe('GIVEN');
  });

  it('refuses a secret when no secrets folder is configured, naming the variable', () => {
    const error = refusal(() => partnerKey('FEP', 'secret:fep-sftp', transportContextFor(data)));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/FEP endpoint\.keyRef: .*PSHB_SECRETS_DIR/);
  });

  it('refuses a key that is not there, naming the field and the folder', () => {
    const error = refusal(() => partnerKey('FEP', 'secret:other', context));
    expect(error.message).toBe(`FEP endpoint.keyRef: no key file other in ${secrets}`);
    expect(refusal(() => partnerKey('FEP', 'file:other', context)).code).toBe('INVALID_INPUT');
  });
});
