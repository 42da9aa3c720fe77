// A partner without an SFTP server: its files are put in its outbox folder and its files are read
// from its inbox folder, both on the exchange's disk, with the same whole-or-nothing put as SFTP.
import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  PARTIAL_SUFFIX,
  type PutOutcome,
  type RemoteFile,
  type Transport,
  type TransportFolder,
} from './transport.ts';

export function folderTransport(outbox: string, inbox: string): Transport {
  const folderOf = (folder: TransportFolder) => (folder === 'outbound' ? outbox : inbox);
  return {
    description: `folder ${outbox}`,
    put: async (localPath, name): Promise<PutOutcome> => {
      await mkdir(outbox, { recursive: true });
      const target = join(outbox, name);
      const size = (await stat(localPath)).size;
      const there = await stat(target).catch(() => null);
      if (there?.isFile() && there.size === size) return 'already-there';
      const partial = `${target}${PARTIAL_SUFFIX}`;
      await copyFile(localPath, partial);
      await rename(partial, target);
      return 'sent';
    },
    list: async (folder = 'inbound'): Promise<RemoteFile[]> => {
      const path = folderOf(folder);
      const entries = await readdir(path, { withFileTypes: true }).catch(() => []);
      const files = entries.filter((e) => e.isFile() && !e.name.endsWith(PARTIAL_SUFFIX));
      return Promise.all(
        files.map(async (e) => ({ name: e.name, size: (await stat(join(path, e.name))).size })),
      );
    },
    get: (name, folder = 'inbound') => readFile(join(folderOf(folder), name)),
    rename: (from, to, folder) => rename(join(folderOf(folder), from), join(folderOf(folder), to)),
    remove: (name, folder) => rm(join(folderOf(folder), name), { force: true }),
    close: async () => undefined,
  };
}
