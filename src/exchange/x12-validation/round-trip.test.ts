// Every lifecycle action round-tripped: the member records are written as an 834 by the real writer,
// read back with the exchange's own interchange reader, and the facts each loop carries compared with
// the records written. The expected codes are spelled out here (INS02 18/01/19, NM108 34/ZZ, D8
// dates), not taken from the writer's tables, so a wrong table fails the comparison.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memberFacts, memberFor } from '../../../test-support/member-records-arbitrary.ts';
import { written834 } from '../../../test-support/written-834.ts';
import { enrollmentType } from '../../domain/catalogue.ts';
import { carrierEventKind, type CarrierEventKind } from '../carrier-exchange/carrier-event-kind.ts';
import { exampleHeader } from '../carrier-exchange/companion-guide-examples.ts';
import { CARRIER_EVENTS_BY_ACTION, maintenanceFor } from '../carrier-exchange/lifecycle-action-codes.ts';
import type { MemberRecord } from '../carrier-exchange/member-record.ts';
import { elementText, parseInterchange, type ReadSegment } from '../x12/read-interchange.ts';
import { validate834 } from './validate-834.ts';

const RELATIONSHIP = { self: '18', spouse: '01', child: '19' } as const;
const iso = (d8: string) => `${d8.slice(0, 4)}-${d8.slice(4, 6)}-${d8.slice(6, 8)}`;
const orNull = (text: string) => (text === '' ? null : text);

/** What one member loop tells the carrier, read from the segments alone. */
function readMember(segments: readonly ReadSegment[]) {
  const e = (id: string, n: number, qualifier?: string) => {
    const found = segments.find(
      (s) => s.id === id && (qualifier === undefined || s.elements[0] === qualifier),
    );
    return found ? elementText(found.elements[n - 1]) : '';
  };
  const dates = Object.fromEntries(
    segments
      .filter((s) => s.id === 'DTP')
      .map((s) => [elementText(s.elements[0]), iso(elementText(s.elements[2]))]),
  );
  const hasAddress = segments.some((s) => s.id === 'N3');
  return {
    subscriber: e('INS', 1) === 'Y',
    relationship: e('INS', 2),
    maintenance: e('INS', 3),
    subscriberId: e('REF', 2, '0F'),
    enrollmentCode: e('REF', 2, '1L'),
    memberId: e('REF', 2, '17'),
    name: { last: e('NM1', 3), first: e('NM1', 4), middle: orNull(e('NM1', 5)) },
    identifier: [e('NM1', 8), e('NM1', 9)],
    address: hasAddress
      ? {
          line1: e('N3', 1),
          line2: orNull(e('N3', 2)),
          city: e('N4', 1),
          state: orNull(e('N4', 2)),
          postalCode: orNull(e('N4', 3)),
        }
      : null,
    birthDate: iso(e('DMG', 2)),
    sex: e('DMG', 3),
    coverage: e('HD', 4),
    deathDate: e('INS', 12) === '' ? null : iso(e('INS', 12)),
    dates,
  };
}

/** The same facts as the record says them. */
function expectedMember(record: MemberRecord) {
  const row = maintenanceFor(record.event.kind);
  const candidates: Record<string, string | null> = {
    '303': record.event.effectiveOn,
    '356': record.eligibilityBegins ?? record.coverageBegins,
    '357': record.coverageEnds,
    '340': record.continuation?.begins ?? null,
    '341': record.continuation?.ends ?? null,
    '348': record.coverageBegins,
    '349': record.benefitsEnd ?? record.coverageEnds,
    '393': record.event.effectiveOn,
  };
  const sent = [...row.memberDates, ...row.coverageDates, ...row.whenKnown].filter(
    (q) => candidates[q] != null,
  );
  const { line1, line2, city, state, postalCode } = record.address ?? {};
  return {
    subscriber: record.relationship === 'self',
    relationship: RELATIONSHIP[record.relationship],
    maintenance: row.ins03,
    subscriberId: record.subscriberId,
    enrollmentCode: record.coverage.enrollmentCode,
    memberId: record.memberId,
    name: { last: record.name.last, first: record.name.first, middle: record.name.middle },
    identifier: record.ssn === null ? ['ZZ', record.memberId] : ['34', record.ssn],
    address: record.address === null ? null : { line1, line2, city, state, postalCode },
    birthDate: record.birthDate,
    sex: record.sex,
    coverage: record.coverage.enrollmentCode,
    deathDate: record.deathDate,
    dates: Object.fromEntries(sent.map((q) => [q, candidates[q]])),
  };
}

/** The member loops of every transaction set: from each INS to the next INS or SE. */
function memberLoops(text: string): ReadSegment[][] {
  const parsed = parseInterchange(text);
  return parsed.groups
    .flatMap((g) => g.transactionSets)
    .flatMap((set) => {
      const loops: ReadSegment[][] = [];
      for (const segment of set.segments.slice(1, -1)) {
        if (segment.id === 'INS') loops.push([]);
        loops.at(-1)?.push(segment);
      }
      return loops;
    });
}

const householdOf = (kind: CarrierEventKind) =>
  fc
    .tuple(
      fc.constantFrom(...enrollmentType.options),
      memberFacts,
      fc.array(
        fc.tuple(fc.constantFrom('spouse', 'child') as fc.Arbitrary<'spouse' | 'child'>, memberFacts),
        { maxLength: 2 },
      ),
    )
    .map(([type, own, family]) => [
      memberFor(kind, { subscriberId: 'P7000000', memberId: 'P7000000', relationship: 'self', type }, own),
      ...family.map(([relationship, facts], i) =>
        memberFor(kind, { subscriberId: 'P7000000', memberId: `P700000${i + 1}`, relationship, type }, facts),
      ),
    ]);

describe('write -> read -> compare, for every lifecycle action', () => {
  it('covers every carrier event the lifecycle actions are reported as', () => {
    const reported = new Set(Object.values(CARRIER_EVENTS_BY_ACTION).flat());
    for (const kind of reported) expect(carrierEventKind.options).toContain(kind);
  });

  for (const kind of carrierEventKind.options) {
    it(`${kind}: each member loop read back tells exactly what its record says`, () => {
      fc.assert(
        fc.property(householdOf(kind), (records) => {
          const fileKind = kind === 'audit' ? 'audit' : 'changes';
          const text = written834([{ header: exampleHeader(fileKind, '2027-07-01'), records }]);
          const read = memberLoops(text).map(readMember);
          const byId = new Map(read.map((m) => [m.memberId, m]));
          expect(read).toHaveLength(records.length);
          for (const record of records) expect(byId.get(record.memberId)).toEqual(expectedMember(record));
          expect(validate834(text).problems).toEqual([]);
        }),
        { numRuns: 25 },
      );
    });
  }

  it('the actions of the lifecycle map: every action’s events round-trip in one change file', () => {
    const kinds = [...new Set(Object.values(CARRIER_EVENTS_BY_ACTION).flat())].filter((k) => k !== 'audit');
    fc.assert(
      fc.property(fc.tuple(...kinds.map((kind) => householdOf(kind))), (households) => {
        const records = households.map((h, i) =>
          h.map((r) => ({
            ...r,
            subscriberId: `P6${String(i).padStart(6, '0')}`,
            memberId: `P6${String(i).padStart(4, '0')}${r.memberId.slice(-2)}`,
          })),
        );
        const text = written834([
          { header: exampleHeader('changes', '2027-07-01'), records: records.flat() },
        ]);
        const read = new Map(
          memberLoops(text)
            .map(readMember)
            .map((m) => [m.memberId, m]),
        );
        for (const record of records.flat())
          expect(read.get(record.memberId)).toEqual(expectedMember(record));
      }),
      { numRuns: 10 },
    );
  });
});
