// The quarterly CX report over 1,000,000 responses on PostgreSQL (issue 14: target < 2 s): loads
// synthetic A-11 v2 responses by COPY into a schema of its own (plus a tenth as many in the quarter
// before, which the report leaves out), analyzes, then times the report (the one grouped query and
// the served counts, suppression and rates) `runs` times and prints the median as JSON on the last line.
// Usage: node --import tsx bench/cx-report-bench.ts [responses] [runs]   (npm run bench -- --cx)
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { loadRandomResponses } from '../test-support/cx-report-fixtures.ts';
import { loadCxCatalogue } from '../src/exchange/cx/cx-catalogue.ts';
import { quarterlyCxReport } from '../src/exchange/cx/quarterly-report.ts';
import { executorOf } from '../src/storage/executor.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { openStore } from '../src/storage/store.ts';

export interface CxReportBenchResult {
  readonly responses: number;
  readonly loadSeconds: number;
  readonly runs: readonly number[];
  readonly medianSeconds: number;
  readonly rows: number;
  readonly targetSeconds: number;
}

export const CX_REPORT_TARGET_SECONDS = 2;

async function main(): Promise<void> {
  const responses = Number(process.argv[2] ?? 1_000_000);
  const runs = Number(process.argv[3] ?? 5);
  const schema = `cx_bench_${randomBytes(4).toString('hex')}`;
  const store = await openStore({
    databaseUrl: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    schema,
  });
  try {
    await migrateToLatest(store);
    const catalogue = loadCxCatalogue();
    const loadStart = performance.now();
    await loadRandomResponses(store, catalogue, 2025, 1, responses);
    await executorOf(store).query('analyze cx_response');
    const loadSeconds = (performance.now() - loadStart) / 1000;
    process.stderr.write(
      `loaded ${responses.toLocaleString('en-US')} responses in ${loadSeconds.toFixed(1)} s\n`,
    );
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const report = await quarterlyCxReport(executorOf(store), { fiscalYear: 2025, quarter: 1, catalogue });
      times.push((performance.now() - start) / 1000);
      rows = report.rows.length;
      const counted = report.rows.reduce((n, r) => n + (r.respondents.value ?? 0), 0);
      if (counted !== responses)
        throw new Error(`the report counted ${counted} respondents, not ${responses}`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const result: CxReportBenchResult = {
      responses,
      loadSeconds,
      runs: times,
      medianSeconds: sorted[Math.floor(sorted.length / 2)]!,
      rows,
      targetSeconds: CX_REPORT_TARGET_SECONDS,
    };
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    await executorOf(store).query(`drop schema if exists ${schema} cascade`);
    await store.close();
  }
}

await main();
