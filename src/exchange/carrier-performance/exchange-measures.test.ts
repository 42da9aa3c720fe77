// The exchange-computed measures of carrier performance (48 CFR 1609.7101-1(a)(5), (a)(6)), counted
// from the exchange's records as the storage reads give them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SentEnrollmentFile } from '../../storage/performance/exchange-evidence-reads.ts';
import {
  discrepanciesAgedOver90Days,
  firstPassAcceptanceRate,
  medianDaysToAcknowledgment,
  quartersInitiatedOnTime,
  reconsiderationFilesOnTime,
} from './exchange-measures.ts';

const file = (over: Partial<SentEnrollmentFile>): SentEnrollmentFile => ({
  fileId: 1,
  fileName: 'f.x12',
  memberCount: 10,
  sentAt: '2025-02-01T06:00:00.000Z',
  firstAnswer: 'accepted',
  firstAnswerAt: '2025-02-02T06:00:00.000Z',
  answeredBy: '999',
  rejectedSegments: 0,
  ...over,
});

describe('1609.7101-1(a)(5)(i) paperless enrollment', () => {
  it('counts members accepted on the first acknowledgment over members sent', () => {
    const measure = firstPassAcceptanceRate('FEP', 2025, [
      file({ firstAnswer: 'partially_accepted', rejectedSegments: 2 }),
      file({ fileId: 2, memberCount: 5, firstAnswer: 'rejected' }),
      file({ fileId: 3, memberCount: 5, firstAnswer: 'unacknowledged', answeredBy: null }),
      file({ fileId: 4, firstAnswer: null, firstAnswerAt: null, answeredBy: null }),
    ]);
    expect(measure.value).toBe(0.4);
    expect(measure.note).toContain('1 file(s) still awaiting');
  });

  it('is not applicable when no file sent in the year was answered', () => {
    expect(firstPassAcceptanceRate('FEP', 2025, [])).toMatchObject({ value: null, applicable: false });
  });

  it('the rate stays between 0 and 1 whatever the files', () => {
    const files = fc.array(
      fc.record({
        memberCount: fc.nat(500),
        rejectedSegments: fc.nat(600),
        firstAnswer: fc.constantFrom('accepted', 'partially_accepted', 'rejected', 'unacknowledged', null),
      }),
    );
    fc.assert(
      fc.property(files, (given) => {
        const { value } = firstPassAcceptanceRate(
          'FEP',
          2025,
          given.map((g) => file(g as Partial<SentEnrollmentFile>)),
        );
        return value === null || (typeof value === 'number' && value >= 0 && value <= 1);
      }),
    );
  });

  it('the days to acknowledgment are the median from sending to the first answer', () => {
    const measure = medianDaysToAcknowledgment('FEP', 2025, [
      file({ firstAnswerAt: '2025-02-02T06:00:00.000Z' }),
      file({ firstAnswerAt: '2025-02-04T06:00:00.000Z' }),
      file({ firstAnswerAt: '2025-02-11T06:00:00.000Z' }),
    ]);
    expect(measure.value).toBe(3);
  });
});

describe('1609.7101-1(a)(5)(ii) enrollment reconciliation', () => {
  it('counts the quarters in which a run was initiated', () => {
    const run = (runId: number, initiatedOn: string) => ({
      runId,
      initiatedOn,
      asOf: initiatedOn,
      fileName: 'r',
    });
    const measure = quartersInitiatedOnTime('FEP', 2025, [
      run(1, '2025-01-05'),
      run(2, '2025-03-30'),
      run(3, '2025-10-01'),
    ]);
    expect(measure.value).toBe(2);
    expect(measure.note).toContain('Q1, Q4');
  });

  it('counts discrepancies older than 90 days when resolved or at the year end', () => {
    const measure = discrepanciesAgedOver90Days('FEP', 2025, [
      { id: 1, kind: 'family', openedOn: '2025-01-01', resolvedOn: '2025-03-15' },
      { id: 2, kind: 'family', openedOn: '2025-01-01', resolvedOn: '2025-05-01' },
      { id: 3, kind: 'family', openedOn: '2025-11-01', resolvedOn: null },
      { id: 4, kind: 'family', openedOn: '2025-06-01', resolvedOn: null },
    ]);
    expect(measure.value).toBe(2);
  });
});

describe('1609.7101-1(a)(6) reconsideration files', () => {
  it('is the share decided within 30 days, and not applicable without requests', () => {
    const measure = reconsiderationFilesOnTime('FEP', 2025, [
      { requestId: 1, filedOn: '2025-03-01', decidedOn: '2025-03-20' },
      { requestId: 2, filedOn: '2025-03-01', decidedOn: '2025-05-20' },
      { requestId: 3, filedOn: '2025-12-01', decidedOn: null },
      { requestId: 4, filedOn: '2025-04-01', decidedOn: '2025-05-01' },
    ]);
    expect(measure.value).toBe(0.5);
    expect(reconsiderationFilesOnTime('FEP', 2025, [])).toMatchObject({ applicable: false, value: null });
  });
});
