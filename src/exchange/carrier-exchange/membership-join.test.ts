// The streamed join gives exactly the discrepancies of the merge-join of both whole sides sorted by
// member id (reconcileMembers), whatever order each side comes in and however the two interleave
// (5 CFR 890.110 / 48 CFR 1609.7101-1(a)(5)).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MembershipJoin, RepeatedExchangeMemberError, packMember, unpackMember } from './membership-join.ts';
import { reconcileMembers, type ReconciledMember } from './reconcile-members.ts';

/** Text a carrier's file may hold, the packing's own separator and escape included. */
const text = fc.stringMatching(/^[A-Z0-9%|7C-]{0,5}$/);
const memberArb = (memberId: string) =>
  fc.record({
    memberId: fc.constant(memberId),
    subscriberId: fc.oneof(fc.constantFrom('P1', 'P2'), text),
    enrollmentCode: fc.oneof(fc.constantFrom('Z9A', 'Z9B'), text),
    coverageBegins: fc.constantFrom('2025-01-01', '2026-01-01', '2026-01-01|'),
    coverageEnds: fc.constantFrom(null, '2026-12-31', '%7C'),
    medicareA: fc.boolean(),
    medicareB: fc.boolean(),
  });

/** Both sides over a few shared ids, each member the same on both sides or altered on one. */
const sidesArb = fc
  .uniqueArray(fc.stringMatching(/^P[0-9]{1,4}$/), { maxLength: 30 })
  .chain((ids) =>
    fc.tuple(
      fc.tuple(...ids.map((id) => fc.tuple(memberArb(id), memberArb(id), fc.nat(5)))),
      fc.array(fc.boolean(), { minLength: ids.length * 2, maxLength: ids.length * 2 + 2 }),
    ),
  )
  .map(([members, interleaving]) => {
    const exchange: ReconciledMember[] = [];
    const carrier: ReconciledMember[] = [];
    for (const [e, c, pick] of members) {
      // 0: the exchange's only; 1: the carrier's only; 2: both, altered; otherwise both, the same.
      if (pick !== 1) exchange.push(e);
      if (pick !== 0) carrier.push(pick === 2 ? c : e);
    }
    return { exchange, carrier, interleaving };
  });

const byId = (a: ReconciledMember, b: ReconciledMember) =>
  a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;

/** Feeds the join the two sides in their given orders, interleaved as `turns` says (true: the carrier's turn). */
function joined(
  exchange: readonly ReconciledMember[],
  carrier: readonly ReconciledMember[],
  turns: boolean[],
) {
  const join = new MembershipJoin();
  let [e, c] = [0, 0];
  for (let turn = 0; e < exchange.length || c < carrier.length; turn++) {
    const carrierTurn = e >= exchange.length || (c < carrier.length && (turns[turn] ?? true));
    if (carrierTurn) expect(join.add(carrier[c]!, c + 1)).toBeUndefined();
    else join.addExchange(exchange[e]!);
    if (carrierTurn) c++;
    else e++;
  }
  return join;
}

describe('the streamed join of a carrier file with the exchange (5 CFR 890.110)', () => {
  it('finds exactly what the merge-join of both whole sides sorted finds, in any order and interleaving', () => {
    fc.assert(
      fc.property(
        sidesArb,
        fc.boolean(),
        fc.boolean(),
        ({ exchange, carrier, interleaving }, reverseExchange, reverseCarrier) => {
          const wholeSets = [...reconcileMembers([...exchange].sort(byId), [...carrier].sort(byId))];
          const inOrder = (side: ReconciledMember[], reverse: boolean) =>
            reverse ? [...side].reverse() : side;
          const join = joined(
            inOrder(exchange, reverseExchange),
            inOrder(carrier, reverseCarrier),
            interleaving,
          );
          expect(join.discrepancies()).toEqual(wholeSets);
          expect(join.exchangeMembers).toBe(exchange.length);
          expect(join.carrierMembers).toBe(carrier.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('packs a member so that it unpacks the same, separators and escapes in its fields included', () => {
    fc.assert(
      fc.property(memberArb('P1'), (m) => {
        expect(unpackMember('P1', packMember(m))).toEqual(m);
      }),
    );
  });

  it("returns the line a carrier's member was listed at before, and refuses an exchange member given twice", () => {
    const member: ReconciledMember = {
      memberId: 'P7',
      subscriberId: 'P7',
      enrollmentCode: 'Z9A',
      coverageBegins: '2026-01-01',
      coverageEnds: null,
      medicareA: false,
      medicareB: false,
    };
    const join = new MembershipJoin();
    expect(join.add(member, 12)).toBeUndefined();
    expect(join.add(member, 40)).toBe(12);
    expect(join.add(member, 77)).toBe(40);
    const exchange = new MembershipJoin();
    exchange.addExchange(member);
    expect(() => exchange.addExchange(member)).toThrow(RepeatedExchangeMemberError);
    exchange.add(member, 3);
    expect(() => exchange.addExchange(member)).toThrow(RepeatedExchangeMemberError);
  });
});
