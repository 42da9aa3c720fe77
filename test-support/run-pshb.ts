// Runs the pshb command in-process on a PGlite folder and captures what it prints, for CLI tests.
import { vi } from 'vitest';
import { main } from '../src/cli/program.ts';

export interface PshbRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `pshb` with the data folder given. */
export function pshb(dataDir: string, ...args: string[]): Promise<PshbRun> {
  return runMain('--data-dir', dataDir, ...args);
}

/** Runs `pshb` with exactly these arguments (for commands that touch no database, or set their own). */
export async function runMain(...args: string[]): Promise<PshbRun> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(args, process.env);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
