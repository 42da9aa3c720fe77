// The real `pshb serve` as a child process on PostgreSQL, for tests of what happens to the running
// server (a kill, a database failover), and a scratch database for it to serve.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const PSHB_BIN = fileURLToPath(new URL('../bin/pshb.js', import.meta.url));

export interface ServedPshb {
  readonly child: ChildProcess;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): { stdout: string; stderr: string };
}

/** Starts `pshb serve` (with `args` after its own) and resolves once /readyz answers 200. */
export function servePshb(
  databaseUrl: string,
  dataDir: string,
  port: number,
  env: NodeJS.ProcessEnv = {},
  args: readonly string[] = [],
): Promise<ServedPshb> {
  // One process unless the test asks for more: these tests are about what happens to that process.
  const workers = args.includes('--workers') ? [] : ['--workers', '1'];
  const argv = [PSHB_BIN, 'serve', '--port', String(port), '--host', '127.0.0.1', ...workers, ...args];
  const child = spawn(process.execPath, argv, {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // These tests send one client's burst on purpose (hundreds of elections in seconds); the rate
      // limits have their own tests.
      PSHB_RATE_LIMIT_API_PER_SESSION: '0',
      PSHB_RATE_LIMIT_API_PER_ADDRESS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const served: ServedPshb = { child, output: () => ({ stdout, stderr }) };
  const poll = async (): Promise<void> => {
    for (let attempt = 0; attempt < 1200; attempt++) {
      if (child.exitCode !== null) throw new Error(`pshb serve exited with ${child.exitCode}:\n${stderr}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/readyz`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`pshb serve did not become ready:\n${stderr.slice(-4000)}`);
  };
  return poll().then(
    () => served,
    (error: unknown) => {
      child.kill('SIGKILL');
      throw error instanceof Error ? error : new Error(String(error));
    },
  );
}

export function killProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Runs one statement on its own connection. */
export async function adminQuery<Row extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** A new, empty database beside the one at adminUrl; drop() removes it, ending its connections. */
export async function scratchDatabase(
  adminUrl: string,
  prefix: string,
): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  const parsed = new URL(adminUrl);
  parsed.pathname = `/${name}`;
  return {
    name,
    url: parsed.toString(),
    drop: () => adminQuery(adminUrl, `drop database if exists ${name} with (force)`).then(() => undefined),
  };
}
