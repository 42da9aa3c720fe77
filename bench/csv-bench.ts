// The roster's CSV reader and the COPY text writer against csv-parse and csv-stringify on a generated
// roster at program scale (1.7M people by default). Each side does the same work: read every record
// into its fields, or turn the same rows back into CSV text. Median of --runs runs, interleaved so a
// noisy neighbour slows both. ADR 0015 records the figures and the choice.
// Run alone: npx tsx bench/csv-bench.ts [people] [runs]
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { writeRoster } from '../src/exchange/population/index.ts';
import { csvRecords } from '../src/exchange/roster/csv-records.ts';
import { fileBytes, utf8Text } from '../src/exchange/roster/text-file.ts';
import { loadProgramCalendar, loadShippedCatalogue } from '../src/reference-data.ts';
import { csvLine } from '../src/storage/csv-text.ts';

/** Above this ratio (library seconds / ours) the library is too slow for the roster path. */
export const SWITCH_UNLESS_SLOWER_THAN = 1.5;
const WRITE_BATCH = 10_000;

export interface CsvBenchResult {
  readonly people: number;
  readonly records: number;
  readonly fileBytes: number;
  readonly runs: number;
  readonly readSeconds: { readonly ours: number; readonly library: number };
  readonly writeSeconds: { readonly ours: number; readonly library: number };
  readonly readRatio: number;
  readonly writeRatio: number;
}

type Row = readonly string[];

async function readOurs(path: string, onBatch?: (rows: Row[]) => void): Promise<number> {
  let count = 0;
  let batch: Row[] = [];
  for await (const record of csvRecords(utf8Text(fileBytes(path)))) {
    count++;
    const fields = record.fields;
    if (onBatch) {
      batch.push(fields);
      if (batch.length === WRITE_BATCH) {
        onBatch(batch);
        batch = [];
      }
    }
  }
  if (onBatch && batch.length > 0) onBatch(batch);
  return count;
}

async function readLibrary(path: string): Promise<number> {
  let count = 0;
  const parser = createReadStream(path, { highWaterMark: 1 << 20 }).pipe(parse({ relax_column_count: true }));
  for await (const fields of parser as AsyncIterable<string[]>) if (fields.length > 0) count++;
  return count;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** Seconds spent inside each writer only, over the same batches of rows read from the file. */
async function writeSeconds(path: string): Promise<{ ours: number; library: number }> {
  let ours = 0;
  let library = 0;
  let sink = 0;
  await readOurs(path, (rows) => {
    let started = performance.now();
    sink += rows.map(csvLine).join('').length;
    ours += performance.now() - started;
    started = performance.now();
    sink -= stringify(rows as string[][], { quoted_empty: true }).length;
    library += performance.now() - started;
  });
  // Both writers must produce the same text length for the comparison to be fair.
  if (sink !== 0) throw new Error(`the writers disagree by ${sink} characters`);
  return { ours: ours / 1000, library: library / 1000 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function benchCsv(people = 1_700_000, runs = 3): Promise<CsvBenchResult> {
  const folder = mkdtempSync(join(tmpdir(), 'pshb-csv-bench-'));
  const path = join(folder, 'roster.csv');
  try {
    const calendar = loadProgramCalendar();
    await writeRoster(path, { people, seed: 2024, catalogue: loadShippedCatalogue(), calendar });
    const read = { ours: [] as number[], library: [] as number[] };
    const write = { ours: [] as number[], library: [] as number[] };
    let records = 0;
    for (let run = 0; run < runs; run++) {
      read.ours.push(await timed(async () => (records = await readOurs(path))));
      read.library.push(await timed(() => readLibrary(path)));
      const written = await writeSeconds(path);
      write.ours.push(written.ours);
      write.library.push(written.library);
    }
    const readSeconds = { ours: median(read.ours), library: median(read.library) };
    const writeTimes = { ours: median(write.ours), library: median(write.library) };
    return {
      people,
      records,
      fileBytes: statSync(path).size,
      runs,
      readSeconds,
      writeSeconds: writeTimes,
      readRatio: readSeconds.library / readSeconds.ours,
      writeRatio: writeTimes.library / writeTimes.ours,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [people, runs] = process.argv.slice(2).map(Number);
  console.log(JSON.stringify(await benchCsv(people || undefined, runs || undefined)));
}
