import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ReconciledMember, UnsortedMembersError, reconcileMembers } from './reconcile-members.ts';

const member = (memberId: string, over: Partial<ReconciledMember> = {}): ReconciledMember => ({
  memberId,
  subscriberId: memberId,
  enrollmentCode: 'Z9A',
  coverageBegins: '2026-01-01',
  coverageEnds: null,
  medicareA: false,
  medicareB: false,
  ...over,
});

const memberArb = fc.record({
  memberId: fc.stringMatching(/^P[0-9]{1,6}$/),
  subscriberId: fc.stringMatching(/^P[0-9]{1,6}$/),
  enrollmentCode: fc.constantFrom('Z9A', 'Z9B', 'Z9C'),
  coverageBegins: fc.constantFrom('2025-01-01', '2026-01-01'),
  coverageEnds: fc.constantFrom(null, '2026-12-31'),
  medicareA: fc.boolean(),
  medicareB: fc.boolean(),
});
const membershipArb = fc
  .uniqueArray(memberArb, { selector: (m) => m.memberId, minLength: 1, maxLength: 40 })
  .map((ms) => [...ms].sort((a, b) => (a.memberId < b.memberId ? -1 : 1)));

describe('5 CFR 890.110 / 48 CFR 1609.7101-1(a)(5): carrier records reconciled with the exchange', () => {
  it('finds nothing when the carrier holds exactly the exchange audit membership', () => {
    fc.assert(fc.property(membershipArb, (ms) => [...reconcileMembers(ms, ms)].length === 0));
  });

  it('a member the carrier dropped is exactly one missing-at-carrier', () => {
    fc.assert(
      fc.property(membershipArb, fc.nat(), (ms, pick) => {
        const gone = ms[pick % ms.length]!;
        const found = [
          ...reconcileMembers(
            ms,
            ms.filter((m) => m !== gone),
          ),
        ];
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({
          memberId: gone.memberId,
          kind: 'missing-at-carrier',
          carrierValue: null,
        });
      }),
    );
  });

  it('a member only the carrier lists is unknown to the exchange', () => {
    fc.assert(
      fc.property(membershipArb, fc.nat(), (ms, pick) => {
        const extra = ms[pick % ms.length]!;
        const found = [
          ...reconcileMembers(
            ms.filter((m) => m !== extra),
            ms,
          ),
        ];
        expect(found.map((d) => [d.memberId, d.kind])).toEqual([[extra.memberId, 'unknown-to-exchange']]);
      }),
    );
  });

  it('names each differing field of a member both sides list', () => {
    const exchange = [member('P1'), member('P2'), member('P3'), member('P4')];
    const carrier = [
      member('P1', { enrollmentCode: 'Z9C' }),
      member('P2', { coverageEnds: '2026-06-30' }),
      member('P3', { subscriberId: 'P9' }),
      member('P4', { medicareA: true }),
    ];
    expect([...reconcileMembers(exchange, carrier)]).toEqual([
      { memberId: 'P1', kind: 'enrollment-code', exchangeValue: 'Z9A', carrierValue: 'Z9C' },
      {
        memberId: 'P2',
        kind: 'coverage-dates',
        exchangeValue: '2026-01-01..',
        carrierValue: '2026-01-01..2026-06-30',
      },
      { memberId: 'P3', kind: 'family', exchangeValue: 'P3', carrierValue: 'P9' },
      { memberId: 'P4', kind: 'medicare', exchangeValue: 'A=N B=N', carrierValue: 'A=Y B=N' },
    ]);
  });

  it('refuses a side not sorted by member id rather than report false discrepancies', () => {
    expect(() => [...reconcileMembers([member('P2'), member('P1')], [])]).toThrow(UnsortedMembersError);
  });
});
