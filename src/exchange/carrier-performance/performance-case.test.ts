// Every worked case in docs/cases/carrier-performance/ meets its "expected" block; a changed weight in
// a copy of a method file changes the result with no code change; a bad case names its fields.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PshbError } from '../../errors.ts';
import { SHIPPED_PERFORMANCE_METHODS } from './method-catalogue.ts';
import {
  evaluatePerformanceCase,
  parsePerformanceCase,
  unmetPerformanceExpectations,
} from './performance-case.ts';

const CASES = fileURLToPath(new URL('../../../docs/cases/carrier-performance/', import.meta.url));
const files = readdirSync(CASES)
  .filter((file) => file.endsWith('.json'))
  .sort();

function readCase(file: string): unknown {
  return JSON.parse(readFileSync(join(CASES, file), 'utf8'));
}

describe('docs/cases/carrier-performance', () => {
  it('holds the worked cases the documentation explains', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of files)
    it(`${file}: meets its expected outcome`, () => {
      const json = readCase(file);
      const expected = parsePerformanceCase(json).expected;
      expect(expected, 'every worked case states what it expects').toBeDefined();
      expect(unmetPerformanceExpectations(evaluatePerformanceCase(json), expected!)).toEqual([]);
    });
});

describe('methods are data', () => {
  it('a changed weight in a copy of the method file changes the result, with no code change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pshb-performance-'));
    copyFileSync(join(SHIPPED_PERFORMANCE_METHODS, 'ppa-2015.json'), join(dir, 'ppa-2015.json'));
    const file = join(dir, 'fehbar-1998.json');
    const method = JSON.parse(readFileSync(join(SHIPPED_PERFORMANCE_METHODS, 'fehbar-1998.json'), 'utf8'));
    const json = readCase('04-items-not-applicable.json');
    const before = evaluatePerformanceCase(json);
    // Weigh Timely Closure on Rates and Benefits (rank 1) as rank 6 does and the other way round.
    const items = method.elements[0].items;
    [items[0].weight, items[5].weight] = [items[5].weight, items[0].weight];
    writeFileSync(file, JSON.stringify(method, null, 2));
    const after = evaluatePerformanceCase(json, dir);
    expect(before.proposal.totalFactor).toBe(0.001);
    // Its share is now 1/21 of .007; 10 days late still scores 0.5.
    expect(after.proposal.totalFactor).toBe(0.0001666667);
    expect(after.proposal.amountCents).toBe(4_166_668);
  });
});

describe('the case format', () => {
  it('a malformed case is PERFORMANCE_CASE_INVALID naming each field', () => {
    try {
      evaluatePerformanceCase({
        method: 'fehbar-1998',
        evidence: {
          carrierCode: 'X',
          contractYear: 2005,
          items: [{ measure: 'surveys.cooperated', value: true }],
        },
        premiumBase: { amountCents: 10.5, kind: 'computed', source: 'test' },
        extra: 1,
      });
      expect.unreachable();
    } catch (error) {
      expect((error as PshbError).code).toBe('PERFORMANCE_CASE_INVALID');
      expect((error as PshbError).details.map((detail) => detail.field)).toEqual(
        expect.arrayContaining([
          'evidence.items[0].applicable',
          'evidence.items[0].source',
          'premiumBase.amountCents',
          'extra',
        ]),
      );
    }
  });

  it('an inline method is checked like a file, its fields under method.', () => {
    const json = readCase('03-cap-applied.json') as { method: { cap: { max: number } } };
    json.method.cap.max = 2;
    expect(() => evaluatePerformanceCase(json)).toThrow(PshbError);
    try {
      evaluatePerformanceCase(json);
    } catch (error) {
      expect((error as PshbError).details[0]!.field).toBe('method.cap.max');
    }
  });

  it('an accepted factor for no element of the method names the field', () => {
    const json = readCase('07-reconsideration-lowers-a-factor.json') as { accepted: unknown[] };
    json.accepted = [{ elementId: 'clinical-quality', factor: 0.001 }];
    try {
      evaluatePerformanceCase(json);
      expect.unreachable();
    } catch (error) {
      expect((error as PshbError).code).toBe('PERFORMANCE_CASE_INVALID');
      expect((error as PshbError).details[0]!.field).toBe('accepted[0].elementId');
    }
  });

  it('without a method the one in force for the contract year is used; an unknown id is refused', () => {
    const json = readCase('01-all-met-1998.json') as Record<string, unknown>;
    delete json.method;
    expect(evaluatePerformanceCase(json).method.id).toBe('fehbar-1998');
    json.method = 'nope';
    expect(() => evaluatePerformanceCase(json)).toThrow(/no performance method "nope"/);
  });
});
