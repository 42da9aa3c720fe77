import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessmentCompleteness, focusAreaChoice, ratingProblems } from './maturity-assessment.ts';
import { DIMENSION_IDS, maturityFramework, personaCatalogue } from './maturity-framework.ts';

const framework = maturityFramework.parse(
  JSON.parse(
    readFileSync(new URL('../../../reference-data/cx/maturity-framework.json', import.meta.url), 'utf8'),
  ),
);
const evidence = [{ label: 'FY2026 Q1 CX data', link: '/api/v1/cx/reports/2026/1' }];

describe('reference data', () => {
  it('the framework and the personas files are valid and name the three example personas', () => {
    const personas = personaCatalogue.parse(
      JSON.parse(readFileSync(new URL('../../../reference-data/cx/personas.json', import.meta.url), 'utf8')),
    );
    expect(personas.personas.map((p) => p.id)).toEqual([
      'annuitant-part-b',
      'spanish-speaking-family-member',
      'last-day-caller',
    ]);
    expect(framework.dimensions.map((d) => d.name)).toEqual([
      'Measurement',
      'Governance',
      'Organization and Culture',
      'Customer Research',
      'Service Design',
    ]);
  });
});

describe('Seed 002 ¶1 / A-11 Section 280: a self-assessment for each of the five CX maturity dimensions', () => {
  it('is complete when every dimension has a rating and evidence', () => {
    const made = assessmentCompleteness(
      framework,
      2026,
      DIMENSION_IDS.map((dimension) => ({ dimension, rating: 3, evidence })),
    );
    expect(made.outcome).toBe('complete');
    expect(made.citations).toContain('OMB Circular A-11, Section 280');
  });

  it('is incomplete, naming the dimension, when one lacks a rating or its evidence', () => {
    const made = assessmentCompleteness(framework, 2026, [
      ...DIMENSION_IDS.slice(0, 3).map((dimension) => ({ dimension, rating: 2, evidence })),
      { dimension: 'customer-research', rating: 2, evidence: [] },
    ]);
    expect(made.outcome).toBe('incomplete');
    expect(made.missing).toEqual(['customer-research', 'service-design']);
    expect(made.explanation).toContain('Customer Research, Service Design');
  });

  it('property: complete exactly when every dimension is rated with evidence', () => {
    fc.assert(
      fc.property(fc.subarray([...DIMENSION_IDS]), (rated) => {
        const made = assessmentCompleteness(
          framework,
          2026,
          rated.map((dimension) => ({ dimension, rating: 1, evidence })),
        );
        expect(made.outcome === 'complete').toBe(rated.length === DIMENSION_IDS.length);
        expect(made.missing.length).toBe(DIMENSION_IDS.length - rated.length);
      }),
    );
  });

  it('a rating off the scale, an unknown dimension or no evidence is refused by field', () => {
    expect(ratingProblems(framework, 'measurement', 3, evidence)).toEqual([]);
    expect(ratingProblems(framework, 'speed', 6, [])).toEqual([
      expect.stringMatching(/^dimension: "speed"/),
      expect.stringMatching(/^rating: 6/),
      expect.stringMatching(/^evidence:/),
    ]);
  });
});

describe('Seed 002 ¶1: the top two focus areas for the upcoming year', () => {
  it('accepts exactly two distinct dimensions', () => {
    const made = focusAreaChoice(framework, 2026, ['measurement', 'customer-research']);
    expect(made.outcome).toBe('accepted');
    expect(made.explanation).toBe('FY2026 focuses on Measurement and Customer Research.');
  });

  it('refuses one, three, a repeated or an unknown area, naming the field', () => {
    expect(focusAreaChoice(framework, 2026, ['measurement']).problems).toEqual([
      'areas: exactly 2 focus areas, not 1',
    ]);
    expect(focusAreaChoice(framework, 2026, ['measurement', 'measurement']).problems).toContain(
      'areas: a focus area is named twice',
    );
    expect(focusAreaChoice(framework, 2026, ['measurement', 'speed']).problems[0]).toMatch(/^areas\[1\]:/);
    expect(focusAreaChoice(framework, 2026, ['measurement', 'governance', 'service-design']).outcome).toBe(
      'refused',
    );
  });
});
