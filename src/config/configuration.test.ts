import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEnvironment, VARIABLE_NAMES } from './configuration.ts';
import { ConfigurationError } from './configuration-error.ts';

function refusal(env: Record<string, string>): ConfigurationError {
  try {
    readEnvironment(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('the environment was accepted');
}

describe('readEnvironment', () => {
  it('gives the documented defaults when nothing is set', () => {
    const env = readEnvironment({});
    expect(env.DATA_DIR).toBe('data');
    expect(env.PORT).toBe(3000);
    expect(env.LOG_LEVEL).toBe('info');
    expect(env.PSHB_APP_ROLE).toBe('pshb_app');
    expect(env.PSHB_DATABASE_POOLER).toBe('none');
    expect(env.PSHB_PROGRAM_DATE).toBeNull();
    expect(env.PSHB_RATE_LIMIT_API_PER_SESSION).toBe(200);
    expect(env.PSHB_PURGE_INTERVAL_SECONDS).toBe(900);
    expect(env.PSHB_DATA_KEY_PREVIOUS).toEqual([]);
  });

  it('treats an empty variable as unset', () => {
    expect(readEnvironment({ PORT: '', PSHB_PROGRAM_DATE: ' ' }).PORT).toBe(3000);
  });

  it('names every bad variable at once and says why', () => {
    const error = refusal({ PORT: 'eighty', PSHB_PROGRAM_DATE: '2025-02-30', LOG_LEVEL: 'loud' });
    expect(error.variables.map((v) => v.variable).sort()).toEqual(['LOG_LEVEL', 'PORT', 'PSHB_PROGRAM_DATE']);
    expect(error.message).toContain('PORT');
    expect(error.details.find((d) => d.field === 'PSHB_PROGRAM_DATE')?.message).toContain('2025-02-30');
  });

  it('refuses a session secret shorter than 32 characters', () => {
    expect(refusal({ PSHB_SESSION_SECRET: 'short' }).variables[0]?.variable).toBe('PSHB_SESSION_SECRET');
  });

  it('ignores variables it does not know', () => {
    expect(() => readEnvironment({ SOMETHING_ELSE: 'x' })).not.toThrow();
  });

  it('either accepts a whole-number variable or names it, for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          const value = readEnvironment({ PSHB_SIMULATION_QUEUE: text }).PSHB_SIMULATION_QUEUE;
          expect(Number.isSafeInteger(value) && value >= 0).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigurationError);
          expect((error as ConfigurationError).variables[0]?.variable).toBe('PSHB_SIMULATION_QUEUE');
        }
      }),
    );
  });

  it('documents every variable it reads', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
    for (const name of VARIABLE_NAMES) expect(doc, name).toContain(`\`${name}\``);
  });
});
