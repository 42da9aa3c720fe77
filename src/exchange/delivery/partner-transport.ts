// The transport a partner's files go by: its SFTP server when its partner file names one, else its
// outbox and inbox folders. The key is found by reference (file:NAME under the exchange's key folder,
// or secret:NAME given by the deployment), never read from the partner file itself.
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
  /** Keys the deployment provides by name (secret:NAME). */
  readonly secrets?: Readonly<Record<string, string>>;
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
    privateKey: keyOf(partner, endpoint.keyRef, context),
    trustHostKey: (fingerprint) =>
      endpoint.hostKey !== undefined
        ? fingerprint === endpoint.hostKey
        : firstSeen(join(context.keysFolder, 'known-hosts', partner), fingerprint),
  });
}

function keyOf(partner: string, ref: string, context: TransportContext): string {
  const [scheme, name] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
  if (scheme === 'secret') {
    const key = context.secrets?.[name];
    if (key === undefined)
      throw new PshbError('INVALID_INPUT', `${partner} endpoint.keyRef: no secret "${name}" is configured`);
    return key;
  }
  try {
    return readFileSync(join(context.keysFolder, name), 'utf8');
  } catch {
    throw new PshbError(
      'INVALID_INPUT',
      `${partner} endpoint.keyRef: no key file ${name} in ${context.keysFolder}`,
    );
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
