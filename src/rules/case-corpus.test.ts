// Every worked case in docs/cases/ is evaluated and must meet its "expected" block.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateCase, parseCase } from './case.ts';
import { unmetExpectations } from './case-expectations.ts';
import { shippedCaseLoaders } from '../exchange/shipped-case-loaders.ts';

const CASES = fileURLToPath(new URL('../../docs/cases/', import.meta.url));
const files = readdirSync(CASES)
  .filter((file) => file.includes('case') && file.endsWith('.json'))
  .sort();

describe('docs/cases corpus', () => {
  it('docs/cases: the corpus holds the worked examples', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  for (const file of files) {
    it(`docs/cases/${file}: meets its expected outcomes`, () => {
      const json: unknown = JSON.parse(readFileSync(`${CASES}${file}`, 'utf8'));
      const expected = parseCase(json).expected;
      expect(expected, 'every corpus case states what it expects').toBeDefined();
      const result = evaluateCase(json, shippedCaseLoaders);
      expect(unmetExpectations(result, expected!)).toEqual([]);
    });
  }
});
