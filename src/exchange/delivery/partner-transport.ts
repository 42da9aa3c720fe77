// The transport a partner's files go by: its SFTP server when its partner file names one, else its
// outbox and inbox folders. The key is found by reference (file:NAME under the exchange's key folder,
// or secret:NAME, a file of that name in the folder the deployment mounts its secrets in,
// PSHB_SECRETS_DIR), never read from the partner file itself.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Endpoint } from '../../domain/trading-partner-delivery.ts';
import { PshbError } from '../../errors.ts';
import type { DeliveryFolders } from './delivery-folders.ts';
import { folderTransport } from './folder-transport.ts';
import { openSftpTransport } from './sftp-transport.ts';
import type { Transport } from './transport.ts';

export interface TransportContext {
  readonly folders: DeliveryFolders;
  /** The exchange's key folder (DATA_DIR/keys): file:NAME keys and the host keys first seen. */
  readonly keysFolder: string;
  /** Keys given by name (secret:NAME), before the secrets folder is looked in (tests). */
  readonly secrets?: Readonly<Record<string, string>>;
  /** The folder the deployment mounts its secrets in, one file per secret (PSHB_SECRETS_DIR). */
  readonly secretsFolder?: string | null;
  /** Opens a transport other than the partner's own (tests). */
  readonly open?: (partner: string, endpoint: Endpoint) => Promise<Transport>;
}

export function openPartnerTransport(
  partner: string,
  endpoint: Endpoint,
  context: TransportContext,
): Promise<Transport> {
  if (context.open) return context.open(partner, endpoint);
  if (endpoint.kind === 'outbox')
    return Promise.resolve(folderTransport(context.folders.outbox(partner), context.folders.inbox(partner)));
  return openSftpTransport({
    host: endpoint.host,
    port: endpoint.port,
    username: endpoint.username,
    remoteOutbox: endpoint.remoteOutbox,
    remoteInbox: endpoint.remoteInbox,
    privateKey: partnerKey(partner, endpoint.keyRef, context),
    trustHostKey: (fingerprint) =>
      endpoint.hostKey !== undefined
        ? fingerprint === endpoint.hostKey
        : firstSeen(join(context.keysFolder, 'known-hosts', partner), fingerprint),
  });
}

/** The sign-in key a partner's endpoint names (file:NAME or secret:NAME); INVALID_INPUT when absent. */
export function partnerKey(partner: string, ref: string, context: TransportContext): string {
  const [scheme, name] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
  if (scheme !== 'secret') return readKey(context.keysFolder, name, `${partner} endpoint.keyRef`);
  const given = context.secrets?.[name];
  if (given !== undefined) return given;
  if (!context.secretsFolder)
    throw new PshbError(
      'INVALID_INPUT',
      `${partner} endpoint.keyRef: secret "${name}" asked for, but PSHB_SECRETS_DIR (the folder the deployment mounts its secrets in) is not set`,
    );
  return readKey(context.secretsFolder, name, `${partner} endpoint.keyRef`);
}

function readKey(folder: string, name: string, field: string): string {
  try {
    return readFileSync(join(folder, name), 'utf8');
  } catch {
    throw new PshbError('INVALID_INPUT', `${field}: no key file ${name} in ${folder}`);
  }
}

/** Trust on first use: the first host key seen is kept, and only it is trusted afterwards. */
function firstSeen(path: string, fingerprint: string): boolean {
  try {
    return readFileSync(path, 'utf8').trim() === fingerprint;
  } catch {
    mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
    writeFileSync(path, `${fingerprint}\n`, { mode: 0o600 });
    return true;
  }
}
