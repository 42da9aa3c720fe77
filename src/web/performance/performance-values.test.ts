import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EvaluationEvent, EvaluationRow } from './performance-api-types.ts';
import {
  actionsFor,
  byScore,
  carrierLabel,
  chronological,
  contractYears,
  detailText,
  dollarsToCents,
  factorAsPercent,
  formatFactor,
  moneyFigureCents,
  parseFactor,
  reconsiderationRequests,
  trendDirection,
} from './performance-values.ts';

function event(
  id: number,
  kind: EvaluationEvent['kind'],
  recordedAt: string,
  more: Partial<EvaluationEvent> = {},
) {
  return {
    id,
    kind,
    elementId: null,
    factor: null,
    amountCents: null,
    reason: null,
    author: null,
    effectiveOn: null,
    recordedAt,
    ...more,
  } satisfies EvaluationEvent;
}

function row(carrierCode: string, totalFactor: number | null, planCode: string | null = null): EvaluationRow {
  return {
    evaluationId: carrierCode,
    carrierCode,
    planCode,
    contractYear: 2024,
    methodId: 'fehbar-1998',
    state: 'proposed',
    totalFactor,
    amountCents: null,
  };
}

describe('factors', () => {
  it('shows a factor with three or four decimals, and as a percent of premium', () => {
    expect(formatFactor(0.007, 'en-US')).toBe('0.007');
    expect(formatFactor(0.0035, 'en-US')).toBe('0.0035');
    expect(formatFactor(0, 'es-US')).toBe('0.000');
    expect(formatFactor(null, 'en-US')).toBe('—');
    expect(factorAsPercent(0.007, 'en-US')).toBe('0.70%');
  });

  it('takes a typed factor between 0 and the element maximum for a withhold', () => {
    expect(parseFactor(' 0.004 ', 0.007, 'withhold')).toEqual({ factor: 0.004 });
    expect(parseFactor('.007', 0.007, 'withhold')).toEqual({ factor: 0.007 });
    expect(parseFactor('0,002', 0.007, 'withhold')).toEqual({ factor: 0.002 });
    expect(parseFactor('', 0.007, 'withhold')).toEqual({ problem: 'factorRequired' });
    expect(parseFactor('seven', 0.007, 'withhold')).toEqual({ problem: 'factorNotNumber' });
    expect(parseFactor('1e-3', 0.007, 'withhold')).toEqual({ problem: 'factorNotNumber' });
    expect(parseFactor('0.008', 0.007, 'withhold')).toEqual({ problem: 'factorOutOfRange' });
    expect(parseFactor('-0.001', 0.007, 'withhold')).toEqual({ problem: 'factorOutOfRange' });
  });

  it('lets an adjustment go below zero, down to minus the maximum', () => {
    expect(parseFactor('-0.002', 0.005, 'adjustment')).toEqual({ factor: -0.002 });
    expect(parseFactor('-0.006', 0.005, 'adjustment')).toEqual({ problem: 'factorOutOfRange' });
  });

  it('never accepts a factor outside the range, whatever is typed', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), (value) => {
        const parsed = parseFactor(value.toFixed(6), 0.007, 'withhold');
        if ('factor' in parsed) expect(parsed.factor >= 0 && parsed.factor <= 0.007).toBe(true);
      }),
    );
  });
});

describe('money', () => {
  it('reads typed dollars as whole cents', () => {
    expect(dollarsToCents('1,234.56')).toBe(123456);
    expect(dollarsToCents('$1234')).toBe(123400);
    expect(dollarsToCents('0.5')).toBe(50);
    expect(dollarsToCents('12.345')).toBeNull();
    expect(dollarsToCents('-5')).toBeNull();
    expect(dollarsToCents('')).toBeNull();
  });

  it('round-trips every amount of cents written as dollars', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
        expect(dollarsToCents((cents / 100).toFixed(2))).toBe(cents);
      }),
    );
  });

  it('sums a money figure given as cents or as entries', () => {
    expect(moneyFigureCents(500)).toBe(500);
    expect(moneyFigureCents([{ amountCents: 200 }, { amountCents: 300, on: '2025-01-15' }])).toBe(500);
    expect(moneyFigureCents(null)).toBeNull();
  });
});

describe('who may take which step', () => {
  it('gives the contracting officer and administrators the decisions, state by state', () => {
    expect([...actionsFor('proposed', 'contracting_officer')]).toEqual(['decideFactors', 'accept']);
    expect([...actionsFor('accepted', 'program_administrator')]).toEqual(['issueNotice']);
    expect([...actionsFor('under_reconsideration', 'contracting_officer')]).toEqual([
      'decideReconsideration',
    ]);
    expect([...actionsFor('final', 'contracting_officer')]).toEqual(['recordMoney']);
    expect(actionsFor('settled', 'contracting_officer').size).toBe(0);
  });

  it('lets a carrier respond and ask for reconsideration only once the notice is issued', () => {
    expect(actionsFor('proposed', 'carrier').size).toBe(0);
    expect([...actionsFor('notice_issued', 'carrier')]).toEqual(['respond', 'requestReconsideration']);
    expect(actionsFor('final', 'carrier').size).toBe(0);
  });

  it('lets an auditor read only', () => {
    for (const state of ['proposed', 'accepted', 'notice_issued', 'final'] as const)
      expect(actionsFor(state, 'auditor').size).toBe(0);
  });
});

describe('scores and trends', () => {
  it('orders carriers by factor, lowest first, unscored last', () => {
    const sorted = byScore([row('GEHA', 0.004), row('NALC', null), row('APWU', 0.001), row('AETN', 0.004)]);
    expect(sorted.map((r) => r.carrierCode)).toEqual(['APWU', 'AETN', 'GEHA', 'NALC']);
    expect(carrierLabel(row('NALC', 0, '32'))).toBe('NALC 32');
  });

  it("says whether the latest year's factor rose or fell", () => {
    const point = (contractYear: number, totalFactor: number | null) => ({
      contractYear,
      totalFactor,
      amountCents: null,
    });
    expect(trendDirection([point(2024, 0.003)])).toBe('first');
    expect(trendDirection([point(2024, 0.003), point(2023, 0.001)])).toBe('higher');
    expect(trendDirection([point(2023, 0.003), point(2024, 0.001), point(2025, null)])).toBe('lower');
    expect(trendDirection([point(2023, 0.002), point(2024, 0.002)])).toBe('same');
    expect(trendDirection(undefined)).toBe('first');
  });

  it('offers the next year, the program year and the nine before it', () => {
    expect(contractYears('2024-11-20')).toEqual([
      2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017, 2016, 2015,
    ]);
  });
});

describe('the history', () => {
  it('pairs each reconsideration request with the decisions that followed it', () => {
    const events = [
      event(4, 'reconsideration_decided', '2025-03-01T00:00:00Z', { elementId: 'customer-service' }),
      event(1, 'notice_issued', '2025-01-10T00:00:00Z'),
      event(2, 'reconsideration_requested', '2025-02-01T00:00:00Z', {
        reason: 'Files were on time',
        detail: { evidence: 'Transmittal log' },
      }),
      event(5, 'reconsideration_requested', '2025-03-05T00:00:00Z'),
    ];
    const requests = reconsiderationRequests(events);
    expect(requests.map((r) => r.request.id)).toEqual([2, 5]);
    expect(requests[0]?.decisions.map((d) => d.id)).toEqual([4]);
    expect(requests[1]?.decisions).toEqual([]);
    expect(detailText(events[2] as EvaluationEvent, 'evidence')).toBe('Transmittal log');
    expect(detailText(events[1] as EvaluationEvent, 'evidence')).toBeNull();
    expect(chronological(events).map((e) => e.id)).toEqual([1, 2, 4, 5]);
  });
});
