// The shipped methods load and validate; the method in force follows the contract year.
import { mkdtempSync, writeFileSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PshbError } from '../../errors.ts';
import {
  SHIPPED_PERFORMANCE_METHODS,
  loadPerformanceMethods,
  methodFor,
  validatePerformanceMethodFile,
} from './method-catalogue.ts';

describe('reference-data/carrier-performance', () => {
  it('the shipped methods are valid: fehbar-1998 and ppa-2015', () => {
    expect(loadPerformanceMethods().map((method) => method.id)).toEqual(['fehbar-1998', 'ppa-2015']);
    for (const file of ['fehbar-1998.json', 'ppa-2015.json'])
      expect(validatePerformanceMethodFile(join(SHIPPED_PERFORMANCE_METHODS, file))).toEqual([]);
  });

  it('48 CFR 1609.7101 is in force for 1999-2015, the Plan Performance Assessment from 2016', () => {
    expect(methodFor(1999).id).toBe('fehbar-1998');
    expect(methodFor(2015).id).toBe('fehbar-1998');
    expect(methodFor(2016).id).toBe('ppa-2015');
    expect(methodFor(2030).id).toBe('ppa-2015');
    expect(methodFor(2030, 'fehbar-1998').id).toBe('fehbar-1998');
  });

  it('an unknown method or a year before any method is PERFORMANCE_METHOD_UNKNOWN', () => {
    expect(() => methodFor(2016, 'ppa-2099')).toThrow(/no performance method "ppa-2099"/);
    try {
      methodFor(1990);
    } catch (error) {
      expect((error as PshbError).code).toBe('PERFORMANCE_METHOD_UNKNOWN');
    }
  });

  it('a bad method file is named file: field: message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pshb-methods-'));
    const method = JSON.parse(readFileSync(join(SHIPPED_PERFORMANCE_METHODS, 'fehbar-1998.json'), 'utf8'));
    method.elements[0].items[0].weight = 0.5;
    method.elements[1].maxFactr = 0.003;
    method.elements[1].items[0].measures[0].measure = 'contract.days-lte';
    const file = join(dir, 'fehbar-1998.json');
    writeFileSync(file, JSON.stringify(method, null, 2));
    const problems = validatePerformanceMethodFile(file);
    expect(problems).toContain(`${file}: elements[0].items: the items\u2019 weights must sum to 1`);
    expect(problems).toContain(`${file}: elements[1].maxFactr: not a field of a method (misspelt?)`);
    expect(
      problems.some((problem) =>
        problem.startsWith(`${file}: elements[1].items[0].measures[0].measure: not a measure`),
      ),
    ).toBe(true);
    writeFileSync(join(dir, 'broken.json'), '{\n  "id": 1,\n}');
    expect(validatePerformanceMethodFile(join(dir, 'broken.json'))[0]).toMatch(/broken\.json: line 3:/);
    copyFileSync(join(SHIPPED_PERFORMANCE_METHODS, 'ppa-2015.json'), join(dir, 'other-name.json'));
    expect(validatePerformanceMethodFile(join(dir, 'other-name.json'))).toEqual([
      `${join(dir, 'other-name.json')}: id: the file of method "ppa-2015" is named ppa-2015.json`,
    ]);
    expect(() => loadPerformanceMethods(dir)).toThrow(PshbError);
  });
});
