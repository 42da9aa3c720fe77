import { describe, expect, it } from 'vitest';
import { PshbError } from '../errors.ts';
import { workerCount } from './serve-cluster.ts';

describe('how many processes pshb serve runs', () => {
  it('defaults to one per core on PostgreSQL and one on PGlite', () => {
    expect(workerCount(undefined, 'postgres', 8)).toBe(8);
    expect(workerCount(undefined, 'pglite', 8)).toBe(1);
  });

  it('takes --workers as given on PostgreSQL', () => {
    expect(workerCount('3', 'postgres', 2)).toBe(3);
    expect(workerCount('1', 'pglite', 2)).toBe(1);
  });

  it('refuses several processes on PGlite, saying why', () => {
    expect(() => workerCount('2', 'pglite', 2)).toThrow(PshbError);
    expect(() => workerCount('2', 'pglite', 2)).toThrow(
      /PGlite database lives inside one process.*DATABASE_URL/,
    );
  });

  it('refuses a count that is not a whole number of processes', () => {
    for (const text of ['0', '-1', '1.5', 'many', '1000'])
      expect(() => workerCount(text, 'postgres', 2)).toThrow(/--workers/);
  });
});
