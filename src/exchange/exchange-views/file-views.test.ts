import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExchangeFileStatus } from '../../storage/tables/exchange-tables.ts';
import { acknowledgmentOf } from './file-views.ts';

const sent = (status: ExchangeFileStatus, kind = '834_changes', direction = 'outbound') => ({
  direction,
  kind,
  status,
  createdAt: '2026-01-05T10:00:00.000Z',
});
const at = (instant: string) => new Date(instant);

describe('where a file acknowledgment stands', () => {
  it('is awaited until the partner deadline, then overdue', () => {
    expect(acknowledgmentOf(sent('delivered'), 48, at('2026-01-07T09:59:59Z'))).toEqual({
      state: 'awaiting',
      dueAt: '2026-01-07T10:00:00.000Z',
    });
    expect(acknowledgmentOf(sent('delivered'), 48, at('2026-01-07T10:00:01Z')).state).toBe('overdue');
  });

  it("is the partner's answer once there is one, whenever it came", () => {
    for (const answer of ['accepted', 'partially_accepted', 'rejected'] as const)
      expect(acknowledgmentOf(sent(answer), 48, at('2027-01-01T00:00:00Z')).state).toBe(answer);
    expect(acknowledgmentOf(sent('unacknowledged'), 48, at('2026-01-05T11:00:00Z')).state).toBe('overdue');
  });

  it('is not expected for what is not an outbound 834 (a 999 received, a Medicare request)', () => {
    expect(acknowledgmentOf(sent('written', '999', 'inbound'), 48, new Date())).toEqual({
      state: 'not_expected',
      dueAt: null,
    });
    expect(acknowledgmentOf(sent('written', 'medicare_request'), null, new Date()).state).toBe(
      'not_expected',
    );
  });

  it('never calls a file overdue before its deadline, nor awaiting one after it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 720 }), fc.integer({ min: -1e9, max: 1e9 }), (hours, offset) => {
        const due = Date.parse('2026-01-05T10:00:00.000Z') + hours * 3_600_000;
        const { state } = acknowledgmentOf(sent('written'), hours, new Date(due + offset));
        expect(state).toBe(offset > 0 ? 'overdue' : 'awaiting');
      }),
    );
  });
});
