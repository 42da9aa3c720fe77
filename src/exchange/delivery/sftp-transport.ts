// A partner's SFTP server (ssh2), signed in to with the exchange's key for that partner. A file is
// uploaded under a temporary name and renamed once whole, so the partner never sees half a file. A
// try cut off half-way leaves at most the temporary file, which the next try writes over; a try cut
// off after the rename finds the complete file of the same size and does not send it again.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import ssh2 from 'ssh2';
import type { SFTPWrapper, Stats } from 'ssh2';
import { PshbError } from '../../errors.ts';
import {
  PARTIAL_SUFFIX,
  type PutOutcome,
  type RemoteFile,
  type Transport,
  type TransportFolder,
} from './transport.ts';

export interface SftpSettings {
  readonly host: string;
  readonly port: number;
  readonly username: string;
  readonly remoteOutbox: string;
  readonly remoteInbox: string;
  /** The private key, OpenSSH or PEM text. */
  readonly privateKey: string;
  /**
   * Whether to trust the server's host key (OpenSSH's `SHA256:` fingerprint): the agreed one when the
   * partner file names it, otherwise the first one seen.
   */
  readonly trustHostKey: (fingerprint: string) => boolean;
  readonly readyTimeoutMs?: number;
}

/** The host key's fingerprint as `ssh-keygen -l` prints it. */
export function hostKeyFingerprint(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/** Connects and opens the SFTP session; the caller closes the transport. */
export async function openSftpTransport(settings: SftpSettings): Promise<Transport> {
  const client = new ssh2.Client();
  const sftp = await new Promise<SFTPWrapper>((resolve, reject) => {
    client
      .on('ready', () =>
        client.sftp((error, session) => (error ? reject(unreachable(settings, error)) : resolve(session))),
      )
      .on('error', (error) => reject(unreachable(settings, error)))
      .connect({
        host: settings.host,
        port: settings.port,
        username: settings.username,
        privateKey: settings.privateKey,
        readyTimeout: settings.readyTimeoutMs ?? 15_000,
        hostVerifier: (key: Buffer) => settings.trustHostKey(hostKeyFingerprint(key)),
      });
  });
  // A connection lost mid-operation fails the operation in progress at once (a write stream would
  // otherwise wait forever for answers that never come); unheard, errors would end the process.
  const guard = connectionGuard();
  client.on('error', (error) => guard.lose(error));
  client.on('close', () => guard.lose(new Error('the SFTP connection closed')));
  const folderOf = (folder: TransportFolder) =>
    folder === 'outbound' ? settings.remoteOutbox : settings.remoteInbox;
  const pathOf = (name: string, folder: TransportFolder) => posix.join(folderOf(folder), name);
  return {
    description: `sftp://${settings.username}@${settings.host}:${settings.port}${settings.remoteOutbox}`,
    put: (localPath, name) => guard.run(put(sftp, localPath, pathOf(name, 'outbound'), guard)),
    list: async (folder = 'inbound') => {
      const entries = await guard.run(
        call<ssh2.FileEntryWithStats[]>((done) => sftp.readdir(folderOf(folder), done)),
      );
      return entries
        .filter((e) => e.attrs.isFile() && !e.filename.endsWith(PARTIAL_SUFFIX))
        .map((e): RemoteFile => ({ name: e.filename, size: e.attrs.size }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    get: (name, folder = 'inbound') =>
      guard.run(call<Buffer>((done) => sftp.readFile(pathOf(name, folder), done))),
    rename: (from, to, folder) =>
      guard.run(call<void>((done) => sftp.rename(pathOf(from, folder), pathOf(to, folder), done))),
    remove: (name, folder) => guard.run(call<void>((done) => sftp.unlink(pathOf(name, folder), done))),
    close: async () => {
      sftp.end();
      client.end();
    },
  };
}

interface ConnectionGuard {
  /** Settles as `work` does, or fails as soon as the connection is lost. */
  run<T>(work: Promise<T>): Promise<T>;
  lose(error: Error): void;
  /** Calls `listener` if the connection is lost; returns the call that stops listening. */
  onLoss(listener: () => void): () => void;
}

function connectionGuard(): ConnectionGuard {
  let lost: Error | null = null;
  const listeners = new Set<(error: Error) => void>();
  return {
    run: (work) =>
      new Promise((resolve, reject) => {
        if (lost) return reject(lost);
        listeners.add(reject);
        work.then(resolve, reject).finally(() => listeners.delete(reject));
      }),
    lose: (error) => {
      lost ??= error;
      for (const listener of [...listeners]) listener(lost);
      listeners.clear();
    },
    onLoss: (listener) => {
      const heard = () => listener();
      listeners.add(heard);
      return () => listeners.delete(heard);
    },
  };
}

async function put(
  sftp: SFTPWrapper,
  localPath: string,
  remotePath: string,
  guard: ConnectionGuard,
): Promise<PutOutcome> {
  const size = (await stat(localPath)).size;
  const there = await statOrNull(sftp, remotePath);
  if (there && there.isFile() && there.size === size) return 'already-there';
  if (there)
    throw new PshbError(
      'CONFLICT',
      `${remotePath} is already on the partner's server with ${there.size} bytes, not ${size}: not written over`,
    );
  const partial = `${remotePath}${PARTIAL_SUFFIX}`;
  // Flags 'w' truncate a temporary file an earlier try left behind.
  const source = createReadStream(localPath);
  const target = sftp.createWriteStream(partial, { flags: 'w' });
  const stopListening = guard.onLoss(() => {
    source.destroy();
    target.destroy();
  });
  try {
    await pipeline(source, target);
  } finally {
    stopListening();
  }
  const written = await statOrNull(sftp, partial);
  if (!written || written.size !== size)
    throw new Error(`${partial}: ${written?.size ?? 0} bytes arrived of ${size}`);
  await call<void>((done) => sftp.rename(partial, remotePath, done));
  return 'sent';
}

function statOrNull(sftp: SFTPWrapper, path: string): Promise<Stats | null> {
  return new Promise((resolve, reject) =>
    sftp.stat(path, (error, stats) => {
      if (!error) return resolve(stats);
      // SSH_FX_NO_SUCH_FILE (2)
      if ((error as { code?: number }).code === 2) return resolve(null);
      reject(error);
    }),
  );
}

function call<T>(start: (done: (error: Error | null | undefined, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((error, value) => (error ? reject(error) : resolve(value as T))),
  );
}

function unreachable(settings: SftpSettings, error: Error): Error {
  return new Error(`sftp ${settings.host}:${settings.port}: ${error.message}`, { cause: error });
}
