import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEDICARE_RESPONSE_LAYOUT } from '../../domain/medicare-exchange-layout.ts';
import { readRecord, writeRecord } from './fixed-width.ts';
import { simulatedAnswer } from './simulate-medicare-response.ts';

const request = {
  requestId: 'CMS00000010000000001',
  idType: 'S',
  identifier: '123456789',
  lastName: 'DOE',
  firstName: 'JANE',
  birthDate: '19580301',
  sex: 'F',
};
const record = {
  request_id: request.requestId,
  part_a_start: '2023-03-01',
  part_b_start: null,
  part_b_end: null,
};

describe('simulated agency answer', () => {
  it('is the same for the same request, record and seed', () => {
    expect(simulatedAnswer(request, record, 7)).toEqual(simulatedAnswer(request, record, 7));
  });
  it('answers no match for a person the record no longer holds', () => {
    expect(simulatedAnswer(request, null, 7).matchCode).toBe('N');
  });
  it('property: every answer echoes the request id and fits the response layout', () => {
    fc.assert(
      fc.property(fc.integer(), fc.stringMatching(/^[A-Z0-9]{1,20}$/), (seed, requestId) => {
        const answer = simulatedAnswer({ ...request, requestId }, record, seed);
        const line = writeRecord(MEDICARE_RESPONSE_LAYOUT.detail, answer, 2);
        expect(readRecord(MEDICARE_RESPONSE_LAYOUT.detail, line, 2).requestId).toBe(requestId);
        if (answer.matchCode === 'M') expect(answer.partAStart).toBe('20230301');
      }),
    );
  });
  it('reports a held Part B end as the last day entitled', () => {
    const ended = { ...record, part_b_start: '2023-03-01', part_b_end: '2024-03-01' };
    const answers = [...Array(200).keys()].map((seed) => simulatedAnswer(request, ended, seed));
    const withB = answers.find((a) => a.partBStart !== '');
    expect(withB).toMatchObject({ partBStart: '20230301', partBEnd: '20240229' });
  });
});
