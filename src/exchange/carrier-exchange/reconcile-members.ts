// Member-by-member comparison of a carrier's own membership with the exchange's audit membership on
// the same day. 5 CFR 890.110 and 48 CFR 1609.7101-1(a)(5) have the carrier keep its enrollment records
// in agreement with the employing office's; this comparison names every disagreement.
//
// Both sides arrive sorted by member id, so the comparison is a merge-join that holds one member of
// each side at a time: a carrier with a million members never needs both files in memory.

/** What the reconciliation compares of one covered member; both the CSV and an 834 audit give it. */
export interface ReconciledMember {
  readonly memberId: string;
  readonly subscriberId: string;
  readonly enrollmentCode: string;
  readonly coverageBegins: string;
  readonly coverageEnds: string | null;
  readonly medicareA: boolean;
  readonly medicareB: boolean;
}

export const DISCREPANCY_KINDS = [
  'missing-at-carrier',
  'unknown-to-exchange',
  'enrollment-code',
  'coverage-dates',
  'family',
  'medicare',
] as const;
export type DiscrepancyKind = (typeof DISCREPANCY_KINDS)[number];

export interface Discrepancy {
  readonly memberId: string;
  readonly kind: DiscrepancyKind;
  /** The exchange's value as text; null when the exchange does not know the member. */
  readonly exchangeValue: string | null;
  /** The carrier's value as text; null when the carrier does not list the member. */
  readonly carrierValue: string | null;
}

/** Thrown when a side is not sorted by member id: the merge-join would report false discrepancies. */
export class UnsortedMembersError extends Error {
  constructor(side: 'exchange' | 'carrier', previous: string, next: string) {
    super(`${side} members are not sorted by member id: ${next} follows ${previous}`);
    this.name = 'UnsortedMembersError';
  }
}

const dates = (m: ReconciledMember) => `${m.coverageBegins}..${m.coverageEnds ?? ''}`;
const medicare = (m: ReconciledMember) => `A=${m.medicareA ? 'Y' : 'N'} B=${m.medicareB ? 'Y' : 'N'}`;

/** The field-by-field differences of one member both sides list. */
export function compareMember(exchange: ReconciledMember, carrier: ReconciledMember): Discrepancy[] {
  const found: Discrepancy[] = [];
  const check = (kind: DiscrepancyKind, show: (m: ReconciledMember) => string) => {
    const exchangeValue = show(exchange);
    const carrierValue = show(carrier);
    if (exchangeValue !== carrierValue) {
      found.push({ memberId: exchange.memberId, kind, exchangeValue, carrierValue });
    }
  };
  check('enrollment-code', (m) => m.enrollmentCode);
  check('coverage-dates', dates);
  // The member is listed under a different enrollee: a family member on the wrong enrollment.
  check('family', (m) => m.subscriberId);
  check('medicare', medicare);
  return found;
}

/** How a member one side lacks is shown: enrollee, enrollment code and dates. */
export const memberSummary = (m: ReconciledMember) => `${m.subscriberId} ${m.enrollmentCode} ${dates(m)}`;

function sortedCursor<T extends ReconciledMember>(side: 'exchange' | 'carrier', source: Iterator<T>) {
  let previous: string | null = null;
  return (): T | null => {
    const next = source.next();
    if (next.done === true) return null;
    const id = next.value.memberId;
    if (previous !== null && id <= previous) throw new UnsortedMembersError(side, previous, id);
    previous = id;
    return next.value;
  };
}

/**
 * Merge-joins the two sides, both sorted by member id (strictly ascending, by code unit), and yields
 * each discrepancy in member id order.
 */
export function* reconcileMembers(
  exchangeSide: Iterable<ReconciledMember>,
  carrierSide: Iterable<ReconciledMember>,
): Generator<Discrepancy> {
  const nextExchange = sortedCursor('exchange', exchangeSide[Symbol.iterator]());
  const nextCarrier = sortedCursor('carrier', carrierSide[Symbol.iterator]());
  let e = nextExchange();
  let c = nextCarrier();
  while (e !== null || c !== null) {
    if (c === null || (e !== null && e.memberId < c.memberId)) {
      const only = e as ReconciledMember;
      yield {
        memberId: only.memberId,
        kind: 'missing-at-carrier',
        exchangeValue: memberSummary(only),
        carrierValue: null,
      };
      e = nextExchange();
    } else if (e === null || c.memberId < e.memberId) {
      yield {
        memberId: c.memberId,
        kind: 'unknown-to-exchange',
        exchangeValue: null,
        carrierValue: memberSummary(c),
      };
      c = nextCarrier();
    } else {
      yield* compareMember(e, c);
      e = nextExchange();
      c = nextCarrier();
    }
  }
}
