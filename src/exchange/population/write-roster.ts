// Writes a generated roster to a file, waiting for the disk when the stream's buffer is full.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { rosterChunks, type RosterCounts, type RosterOptions } from './generate-roster.ts';

export async function writeRoster(
  path: string,
  options: RosterOptions,
  onProgress?: (people: number) => void,
): Promise<RosterCounts> {
  const counts: RosterCounts = { people: 0, households: 0 };
  const out = createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
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
