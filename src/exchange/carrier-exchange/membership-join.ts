// The reconciliation's join of the two sides as they stream in, each in its own order: the carrier's
// members as its file is read, the exchange's household by household as the database gives them.
// Each member is looked up in what the other side has sent so far; a pair is compared as soon as both
// have come, and then only the fact that it was seen is kept. What is held is one short string per
// carrier member (its compared fields packed, needed anyway to refuse a member listed twice) and the
// exchange members the carrier has not yet listed: never either side's member objects whole. The
// discrepancies are exactly those of the merge-join of both sides sorted (reconcileMembers), in the
// same member id order (a fast-check property in membership-join.test.ts).
import type { CarrierMemberSink } from './carrier-member-sink.ts';
import {
  compareMember,
  memberSummary,
  type Discrepancy,
  type ReconciledMember,
} from './reconcile-members.ts';

/**
 * A member's compared fields, unambiguously as one string: `%` and `|` inside a field are escaped.
 * Joined rather than concatenated, so the string is one flat block, not a tree of its pieces.
 */
export function packMember(m: ReconciledMember): string {
  return [
    escaped(m.subscriberId),
    escaped(m.enrollmentCode),
    escaped(m.coverageBegins),
    escaped(m.coverageEnds ?? ''),
    MEDICARE[(m.medicareA ? 2 : 0) + (m.medicareB ? 1 : 0)],
  ].join('|');
}
const MEDICARE = ['NN', 'NY', 'YN', 'YY'] as const;

/** The member packMember packed (an empty last day is none). */
export function unpackMember(memberId: string, packed: string): ReconciledMember {
  const [subscriberId, enrollmentCode, coverageBegins, coverageEnds, medicare] = packed.split('|');
  return {
    memberId,
    subscriberId: unescaped(subscriberId!),
    enrollmentCode: unescaped(enrollmentCode!),
    coverageBegins: unescaped(coverageBegins!),
    coverageEnds: coverageEnds === '' ? null : unescaped(coverageEnds!),
    medicareA: medicare![0] === 'Y',
    medicareB: medicare![1] === 'Y',
  };
}

const escaped = (field: string) =>
  field.includes('%') || field.includes('|')
    ? field.replace(/[%|]/g, (c) => (c === '%' ? '%25' : '%7C'))
    : field;
const unescaped = (field: string) =>
  field.includes('%') ? field.replace(/%(25|7C)/g, (_, code: string) => (code === '25' ? '%' : '|')) : field;

/** Thrown when the exchange gives a member twice: its audit membership is one row per member. */
export class RepeatedExchangeMemberError extends Error {
  constructor(memberId: string) {
    super(`the exchange's audit membership lists ${memberId} twice`);
    this.name = 'RepeatedExchangeMemberError';
  }
}

export class MembershipJoin implements CarrierMemberSink {
  /** By member id: `line|packed` until the exchange's member comes, then the line alone. */
  private readonly carrier = new Map<string, string | number>();
  /** Exchange members the carrier has not listed yet, packed. */
  private readonly exchangeOnly = new Map<string, string>();
  private readonly found: Discrepancy[] = [];
  exchangeMembers = 0;
  carrierMembers = 0;

  /** A member of the carrier's file; the line it was listed at before, when it was (the file is then refused). */
  add(member: ReconciledMember, line: number): number | undefined {
    const id = member.memberId;
    const held = this.carrier.get(id);
    if (held !== undefined) {
      this.carrier.set(id, line);
      return typeof held === 'number' ? held : Number(held.slice(0, held.indexOf('|')));
    }
    this.carrierMembers++;
    const packed = packMember(member);
    const waiting = this.exchangeOnly.get(id);
    if (waiting === undefined) {
      this.carrier.set(id, [line, packed].join('|'));
      return undefined;
    }
    this.exchangeOnly.delete(id);
    this.carrier.set(id, line);
    if (waiting !== packed) this.found.push(...compareMember(unpackMember(id, waiting), member));
    return undefined;
  }

  /** A member of the exchange's audit membership. */
  addExchange(member: ReconciledMember): void {
    const id = member.memberId;
    this.exchangeMembers++;
    const packed = packMember(member);
    const held = this.carrier.get(id);
    if (held === undefined) {
      if (this.exchangeOnly.has(id)) throw new RepeatedExchangeMemberError(id);
      this.exchangeOnly.set(id, packed);
      return;
    }
    if (typeof held === 'number') throw new RepeatedExchangeMemberError(id);
    const bar = held.indexOf('|');
    this.carrier.set(id, Number(held.slice(0, bar)));
    if (held.length !== bar + 1 + packed.length || !held.endsWith(packed))
      this.found.push(...compareMember(member, unpackMember(id, held.slice(bar + 1))));
  }

  /** Every discrepancy once both sides are in, in member id order (a member's own in kind order). */
  discrepancies(): Discrepancy[] {
    const found = [...this.found];
    for (const [id, packed] of this.exchangeOnly) {
      const only = unpackMember(id, packed);
      found.push({
        memberId: id,
        kind: 'missing-at-carrier',
        exchangeValue: memberSummary(only),
        carrierValue: null,
      });
    }
    for (const [id, held] of this.carrier) {
      if (typeof held === 'number') continue;
      const only = unpackMember(id, held.slice(held.indexOf('|') + 1));
      found.push({
        memberId: id,
        kind: 'unknown-to-exchange',
        exchangeValue: null,
        carrierValue: memberSummary(only),
      });
    }
    // Stable: a member's discrepancies keep the order compareMember gave them.
    return found.sort((a, b) => (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0));
  }
}
