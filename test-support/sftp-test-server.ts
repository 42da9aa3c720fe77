// A real SFTP server on loopback for tests (ssh2's Server), serving a temporary folder: remote paths
// are read under it. Keys are generated when the server starts and never written to the repository.
// `cutNextUploadAfter(bytes)` makes the next upload stop half-way: the server keeps what arrived and
// drops the connection without answering, as a network cut would.
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import ssh2 from 'ssh2';
import type { Attributes, Connection } from 'ssh2';

const { STATUS_CODE } = ssh2.utils.sftp;

export interface SftpTestServer {
  readonly port: number;
  readonly username: string;
  /** The client's private key (OpenSSH text). */
  readonly clientKey: string;
  /** Where remote paths live on disk. */
  readonly root: string;
  cutNextUploadAfter(bytes: number): void;
  /** How many connections were cut. */
  readonly cuts: () => number;
  close(): Promise<void>;
}

export async function startSftpTestServer(root: string, username = 'pshb'): Promise<SftpTestServer> {
  const hostKey = ssh2.utils.generateKeyPairSync('ed25519');
  const clientKeys = ssh2.utils.generateKeyPairSync('ed25519');
  const allowed = ssh2.utils.parseKey(clientKeys.public);
  if (allowed instanceof Error) throw allowed;
  let cutAfter: number | null = null;
  let cuts = 0;
  const server = new ssh2.Server({ hostKeys: [hostKey.private] }, (client: Connection) => {
    client.on('error', () => undefined);
    client.on('authentication', (ctx) => {
      if (
        ctx.method === 'publickey' &&
        ctx.username === username &&
        ctx.key.algo === allowed.type &&
        ctx.key.data.equals(allowed.getPublicSSH()) &&
        (!ctx.signature ||
          (ctx.blob !== undefined && allowed.verify(ctx.blob, ctx.signature, ctx.hashAlgo) === true))
      )
        return ctx.accept();
      ctx.reject(['publickey']);
    });
    client.on('ready', () => {
      client.on('session', (accept) => {
        accept().on('sftp', (acceptSftp) => {
          const sftp = acceptSftp();
          const handles = new Map<number, { fd?: number; path: string; dir?: string[]; written: number }>();
          let next = 0;
          const local = (path: string) => join(root, normalize(`/${path}`));
          const handleOf = (buffer: Buffer) => handles.get(buffer.readUInt32BE(0));
          const newHandle = (entry: { fd?: number; path: string; dir?: string[]; written: number }) => {
            const id = next++;
            handles.set(id, entry);
            const buffer = Buffer.alloc(4);
            buffer.writeUInt32BE(id);
            return buffer;
          };
          const attrsOf = (path: string): Attributes => {
            const s = statSync(path);
            return {
              mode: s.mode,
              uid: 0,
              gid: 0,
              size: s.size,
              atime: Math.floor(s.atimeMs / 1000),
              mtime: Math.floor(s.mtimeMs / 1000),
            };
          };
          const failing = (reqId: number, work: () => void) => {
            try {
              work();
            } catch (error) {
              const code = (error as NodeJS.ErrnoException).code;
              sftp.status(reqId, code === 'ENOENT' ? STATUS_CODE.NO_SUCH_FILE : STATUS_CODE.FAILURE);
            }
          };
          sftp.on('REALPATH', (reqId, path) =>
            sftp.name(reqId, [{ filename: normalize(`/${path}`), longname: '', attrs: {} as Attributes }]),
          );
          sftp.on('OPEN', (reqId, filename, flags) =>
            failing(reqId, () => {
              const mode = ssh2.utils.sftp.flagsToString(flags) ?? 'r';
              const fd = openSync(local(filename), mode);
              sftp.handle(reqId, newHandle({ fd, path: local(filename), written: 0 }));
            }),
          );
          sftp.on('WRITE', (reqId, handle, offset, data) => {
            const entry = handleOf(handle);
            if (entry?.fd === undefined) return sftp.status(reqId, STATUS_CODE.FAILURE);
            if (cutAfter !== null && entry.written + data.length > cutAfter) {
              writeSync(entry.fd, data, 0, Math.max(0, cutAfter - entry.written), offset);
              cutAfter = null;
              cuts++;
              closeSync(entry.fd);
              handles.delete(handle.readUInt32BE(0));
              client.end();
              return;
            }
            writeSync(entry.fd, data, 0, data.length, offset);
            entry.written += data.length;
            sftp.status(reqId, STATUS_CODE.OK);
          });
          sftp.on('READ', (reqId, handle, offset, length) => {
            const entry = handleOf(handle);
            if (entry?.fd === undefined) return sftp.status(reqId, STATUS_CODE.FAILURE);
            const buffer = Buffer.alloc(length);
            const read = readSync(entry.fd, buffer, 0, length, offset);
            if (read === 0) return sftp.status(reqId, STATUS_CODE.EOF);
            sftp.data(reqId, buffer.subarray(0, read));
          });
          sftp.on('FSTAT', (reqId, handle) => {
            const entry = handleOf(handle);
            if (entry?.fd === undefined) return sftp.status(reqId, STATUS_CODE.FAILURE);
            const s = fstatSync(entry.fd);
            sftp.attrs(reqId, { mode: s.mode, uid: 0, gid: 0, size: s.size, atime: 0, mtime: 0 });
          });
          const onStat = (reqId: number, path: string) =>
            failing(reqId, () => sftp.attrs(reqId, attrsOf(local(path))));
          sftp.on('STAT', onStat);
          sftp.on('LSTAT', onStat);
          sftp.on('CLOSE', (reqId, handle) => {
            const entry = handleOf(handle);
            if (entry?.fd !== undefined) closeSync(entry.fd);
            handles.delete(handle.readUInt32BE(0));
            sftp.status(reqId, STATUS_CODE.OK);
          });
          sftp.on('OPENDIR', (reqId, path) =>
            failing(reqId, () => {
              const dir = readdirSync(local(path));
              sftp.handle(reqId, newHandle({ path: local(path), dir, written: 0 }));
            }),
          );
          sftp.on('READDIR', (reqId, handle) => {
            const entry = handleOf(handle);
            if (!entry?.dir || entry.dir.length === 0) return sftp.status(reqId, STATUS_CODE.EOF);
            const names = entry.dir.splice(0).map((filename) => ({
              filename,
              longname: filename,
              attrs: attrsOf(join(entry.path, filename)),
            }));
            sftp.name(reqId, names);
          });
          sftp.on('RENAME', (reqId, from, to) =>
            failing(reqId, () => {
              try {
                statSync(local(to));
                sftp.status(reqId, STATUS_CODE.FAILURE); // SFTP v3: the target must not exist
              } catch {
                renameSync(local(from), local(to));
                sftp.status(reqId, STATUS_CODE.OK);
              }
            }),
          );
          sftp.on('REMOVE', (reqId, path) =>
            failing(reqId, () => {
              unlinkSync(local(path));
              sftp.status(reqId, STATUS_CODE.OK);
            }),
          );
          sftp.on('MKDIR', (reqId, path) =>
            failing(reqId, () => {
              mkdirSync(local(path), { recursive: true });
              sftp.status(reqId, STATUS_CODE.OK);
            }),
          );
        });
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    username,
    clientKey: clientKeys.private,
    root,
    cutNextUploadAfter: (bytes) => {
      cutAfter = bytes;
    },
    cuts: () => cuts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
