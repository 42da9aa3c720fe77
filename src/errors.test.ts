import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from './errors.ts';

describe('error catalogue', () => {
  it('documents every code in docs/errors.md with its status', () => {
    const doc = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
    for (const [code, { status }] of Object.entries(ERROR_CODES)) {
      expect(doc).toMatch(new RegExp(`\\|\\s*${code}\\s*\\|\\s*${status}\\s*\\|`));
    }
  });
});
