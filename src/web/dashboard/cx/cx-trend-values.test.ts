import { describe, expect, it } from 'vitest';
import type { CxTrends, TrendCell } from './cx-api-types.ts';
import { contactLine, tableCells, trendLines } from './cx-trend-values.ts';

const cell = (period: string, channel: string | null, trust: number | null): TrendCell => ({
  period,
  partner: channel === null ? null : 'helpline',
  channel,
  respondents: trust === null ? null : 20,
  suppressed: trust === null,
  trust: trust === null ? null : { estimate: trust, low: trust - 0.1, high: trust + 0.1 },
  drivers: [],
});

const trends: CxTrends = {
  from: '2024-10-01',
  to: '2024-10-20',
  bucket: 'week',
  partner: null,
  channel: null,
  suppressionThreshold: 10,
  periods: ['2024-09-30', '2024-10-07', '2024-10-14'],
  cells: [cell('2024-09-30', 'phone', 0.7), cell('2024-09-30', null, 0.8), cell('2024-10-14', null, null)],
  contactCenter: [
    { period: '2024-09-30', partner: 'network', offered: 100, serviceLevel: 0.9, abandonmentRate: 0.05 },
    { period: '2024-09-30', partner: 'helpline', offered: 60, serviceLevel: 0.85, abandonmentRate: 0.06 },
  ],
  serviceLevelTarget: 0.8,
  choices: { partners: ['helpline'], channels: ['phone'] },
};

describe('the CX trends as lines and rows', () => {
  it('draws the period totals with their intervals, gaps where suppressed or absent', () => {
    const lines = trendLines(trends);
    expect(lines.trust).toEqual([0.8, null, null]);
    expect(lines.trustRanges[0]?.[0]).toBeCloseTo(0.7);
    expect(lines.trustRanges[0]?.[1]).toBeCloseTo(0.9);
    expect(lines.trustRanges.slice(1)).toEqual([null, null]);
    expect(lines.serviceLevel).toEqual([0.9, null, null]);
    expect(lines.abandonment).toEqual([0.05, null, null]);
  });

  it("sets the chosen partner's contact center beside trust, else the network's", () => {
    expect(contactLine({ ...trends, partner: 'helpline' })[0]?.serviceLevel).toBe(0.85);
    expect(contactLine(trends)[1]).toEqual({
      period: '2024-10-07',
      partner: 'network',
      offered: 0,
      serviceLevel: null,
      abandonmentRate: null,
    });
  });

  it('puts each period’s total line before its cells', () => {
    expect(tableCells(trends).map((c) => [c.period, c.channel])).toEqual([
      ['2024-09-30', null],
      ['2024-09-30', 'phone'],
      ['2024-10-14', null],
    ]);
  });
});
