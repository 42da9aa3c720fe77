// Writes a generated roster to a file, waiting for the disk when the stream's buffer is full. The file
// holds whole SSNs and Medicare numbers (synthetic, but shaped like real ones): only its owner may read it.
import { chmodSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { rosterChunks, type RosterCounts, type RosterOptions } from './generate-roster.ts';

/** Read and write for the owner only. */
export const ROSTER_FILE_MODE = 0o600;

export async function writeRoster(
  path: string,
  options: RosterOptions,
  onProgress?: (people: number) => void,
): Promise<RosterCounts> {
  const counts: RosterCounts = { people: 0, households: 0 };
  const out = createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 20, mode: ROSTER_FILE_MODE });
  await once(out, 'open');
  // A file left by an earlier run keeps its old mode when it is overwritten.
  chmodSync(path, ROSTER_FILE_MODE);
  try {
    for await (const chunk of rosterChunks(options, counts)) {
      if (!out.write(chunk)) await once(out, 'drain');
      onProgress?.(counts.people);
    }
  } finally {
    out.end();
  }
  await finished(out);
  return { ...counts };
}
