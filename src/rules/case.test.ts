import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PshbError } from '../errors.ts';
import { formatJsonPath } from '../errors.ts';
import { evaluateCase, type CaseLoaders } from './case.ts';
import { unmetExpectations } from './case-expectations.ts';
import { TEST_CALENDAR, TEST_CATALOGUE } from '../../test-support/rules-fixtures.ts';

const LOADERS: CaseLoaders = {
  catalogue: (name) => {
    if (name === 'rules-test-2025') return TEST_CATALOGUE;
    throw new Error(`no catalogue ${name}`);
  },
  calendar: () => TEST_CALENDAR,
};

const EXAMPLE = fileURLToPath(new URL('../../docs/cases/01-eligible-employee.case.json', import.meta.url));
const example = (): Record<string, unknown> =>
  JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;

function problemsOf(json: unknown): PshbError {
  try {
    evaluateCase(json, LOADERS);
  } catch (error) {
    if (error instanceof PshbError) return error;
    throw error;
  }
  throw new Error('expected the case to be rejected');
}

describe('rules case format', () => {
  it('890.1605(c)(1)(i): a case naming a shipped catalogue is evaluated with the loaded catalogue', () => {
    const result = evaluateCase({ ...example(), catalogue: 'rules-test-2025' }, LOADERS);
    expect(result.catalogue.id).toBe('rules-test-2025');
    expect(result.household.enrollment.target?.enrollmentCode).toBe('N1A');
    expect(result.openSeason.id).toBe('TOS-2024');
  });

  it('890.1603: an invalid field is reported with its JSON path', () => {
    const json = example();
    const error = problemsOf({
      ...json,
      family: [{ id: 'x', category: 'family_member', birthDate: '2024-02-30' }],
    });
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details.map((d) => d.field)).toContain('family[0].birthDate');
  });

  it('890.1605(c): an invalid inline catalogue names the path inside the catalogue', () => {
    const json = example();
    const catalogue = json.catalogue as { options: Record<string, unknown>[] };
    catalogue.options[0]!.hdhp = 'no';
    expect(problemsOf(json).details.map((d) => d.field)).toContain('catalogue.options[0].hdhp');
  });

  it('890.1605(c): an unknown field or catalogue name is refused', () => {
    expect(problemsOf({ ...example(), surprise: 1 }).details[0]?.message).toMatch(/surprise/);
    expect(problemsOf({ ...example(), catalogue: 'no-such' }).details[0]?.field).toBe('catalogue');
    expect(problemsOf({ ...example(), openSeason: 'OS-1999' }).details[0]?.field).toBe('openSeason');
  });

  it('890.1605(c)(1)(i): unmet expectations are listed, met ones are not', () => {
    const result = evaluateCase(example(), LOADERS);
    expect(unmetExpectations(result, { enrollment: { outcome: 'automatic_enrollment' } })).toEqual([]);
    expect(
      unmetExpectations(result, {
        enrollment: { enrollmentCode: 'Z1A' },
        termination: { outcome: 'terminated' },
      }),
    ).toEqual([
      'enrollment.enrollmentCode: expected "Z1A", got "N1A"',
      'termination: expected a termination decision, got none',
    ]);
  });

  it('docs/rules-case-format.md: JSON paths read the way people write them', () => {
    expect(formatJsonPath(['family', 0, 'medicare', 'partAStart'])).toBe('family[0].medicare.partAStart');
    expect(formatJsonPath([])).toBe('(root)');
  });
});
