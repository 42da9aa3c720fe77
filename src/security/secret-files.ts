// Secrets generated at first start live in DATA_DIR/keys/, readable by the owner only (mode 0600) and
// never committed (DATA_DIR is git-ignored). Creation is exclusive, so two processes starting at once
// agree on one secret: the loser of the race reads the winner's file.
import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function keysFolder(dataDir: string): string {
  return resolve(join(dataDir, 'keys'));
}

/** The file's text; when it does not exist, `create()` is written to it first with mode 0600. */
export function readOrCreateSecretFile(path: string, create: () => string): string {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  try {
    return readSecret(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Written in full under a temporary name, then linked into place: no reader sees a partial file.
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temporary, create(), { flag: 'wx', mode: 0o600 });
  try {
    linkSync(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
  return readSecret(path);
}

function readSecret(path: string): string {
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) chmodSync(path, 0o600);
  return readFileSync(path, 'utf8');
}
