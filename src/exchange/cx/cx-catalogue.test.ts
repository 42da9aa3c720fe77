import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cxDataFiles, loadCxCatalogue, surveyContentHash, validateCxFile } from './cx-catalogue.ts';

describe('the customer-experience data', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pshb-cx-data-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ships valid surveys, transaction points and privacy settings that refer to each other', () => {
    for (const file of cxDataFiles()) expect(validateCxFile(file)).toEqual([]);
    const catalogue = loadCxCatalogue();
    expect(catalogue.surveys.map((s) => s.kind).sort()).toEqual(['a11-legacy', 'a11-v2']);
    expect(catalogue.privacy.suppressionThreshold).toBeGreaterThan(0);
    const partners = catalogue.points.points.flatMap((p) => (p.partner ? [p.partner] : []));
    expect(partners.sort()).toEqual([
      'helpline',
      'postal-health-benefits-team',
      'retirement-information-office',
    ]);
  });

  it('names each bad field of a survey as file: field: message', () => {
    const v2 = JSON.parse(JSON.stringify(loadCxCatalogue().surveys.find((s) => s.kind === 'a11-v2')));
    v2.pra.ombControlNumber = '3206';
    v2.pra.expiresOn = '2027-02-30';
    delete v2.questions.drivers.ease.es;
    const file = join(dir, 'bad-survey.json');
    writeFileSync(file, JSON.stringify(v2));
    const problems = validateCxFile(file);
    expect(problems.map((p) => p.split(': ')[1])).toEqual([
      'pra.ombControlNumber',
      'pra.expiresOn',
      'questions.drivers.ease.es',
    ]);
    expect(problems[0]).toMatch(new RegExp(`^${file}: pra.ombControlNumber: an OMB control number`));
  });

  it('names a duplicated point and a support point without its partner', () => {
    const points = JSON.parse(JSON.stringify(loadCxCatalogue().points));
    points.points.push({ ...points.points[0] });
    delete points.points[2].partner;
    const file = join(dir, 'transaction-points.json');
    writeFileSync(file, JSON.stringify(points));
    expect(
      validateCxFile(file)
        .map((p) => p.split(': ')[1])
        .sort(),
    ).toEqual(['points.2.partner', `points.${points.points.length - 1}.id`]);
  });

  it('hashes equal content equally, whatever the key order, and changed content differently', () => {
    const survey = loadCxCatalogue().surveys[0]!;
    const reordered = Object.fromEntries(Object.entries(survey).reverse()) as typeof survey;
    expect(surveyContentHash(reordered)).toBe(surveyContentHash(survey));
    expect(surveyContentHash({ ...survey, version: 'other' })).not.toBe(surveyContentHash(survey));
  });
});
