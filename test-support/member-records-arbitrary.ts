// fast-check households the 834 writer accepts: a subscriber and up to three family members, each
// with an event the carrier is told of, the dates and continuation its event needs, and varied
// names, addresses, Medicare and identifiers. Shared by the writer's conformance and round-trip tests.
import fc from 'fast-check';
import {
  carrierEventKind,
  type CarrierEventKind,
} from '../src/exchange/carrier-exchange/carrier-event-kind.ts';
import { EXAMPLE_COVERAGE } from '../src/exchange/carrier-exchange/companion-guide-examples.ts';
import { maintenanceFor } from '../src/exchange/carrier-exchange/lifecycle-action-codes.ts';
import {
  memberRecord,
  type MemberRecord,
  type MemberRecordInput,
} from '../src/exchange/carrier-exchange/member-record.ts';
import { enrollmentType } from '../src/domain/catalogue.ts';
import { addDays } from '../src/domain/dates.ts';

const day = (offset: number) => addDays('2020-01-01', offset);
export const CHANGE_KINDS = carrierEventKind.options.filter((kind) => kind !== 'audit');

type Relationship = MemberRecordInput['relationship'];
export type MemberFacts = typeof memberFacts extends fc.Arbitrary<infer T> ? T : never;

/** What varies between members: birth, dates, Medicare, identifiers, name and address. */
export const memberFacts = fc.record({
  standing: fc.constantFrom(
    'employee',
    'compensationer',
    'annuitant',
    'survivor_annuitant',
    'former_spouse',
  ) as fc.Arbitrary<MemberRecordInput['subscriberStanding']>,
  born: fc.integer({ min: -30_000, max: 0 }),
  begins: fc.integer({ min: 0, max: 4000 }),
  lasts: fc.integer({ min: 0, max: 2000 }),
  extension: fc.constantFrom(0, 31),
  partA: fc.boolean(),
  partB: fc.boolean(),
  ssn: fc.option(fc.stringMatching(/^[0-9]{9}$/), { nil: null }),
  last: fc.stringMatching(/^[A-Z][A-Z' -]{0,20}[A-Z]$/),
  first: fc.stringMatching(/^[A-Z]{1,12}$/),
  middle: fc.option(fc.stringMatching(/^[A-Z]{1,10}$/), { nil: null }),
  sex: fc.constantFrom('F', 'M', 'U') as fc.Arbitrary<'F' | 'M' | 'U'>,
  line2: fc.option(fc.stringMatching(/^APT [0-9]{1,4}$/), { nil: null }),
  phone: fc.option(fc.stringMatching(/^[2-9][0-9]{9}$/), { nil: null }),
  livesApart: fc.boolean(),
  tcc: fc.boolean(),
  ended: fc.boolean(),
});

/** One member's record for the event kind; the dates and continuation are those its event requires. */
export function memberFor(
  kind: CarrierEventKind,
  who: {
    subscriberId: string;
    memberId: string;
    relationship: Relationship;
    type: MemberRecordInput['coverage']['enrollmentType'];
  },
  g: MemberFacts,
): MemberRecord {
  const row = maintenanceFor(kind);
  const ends = row.ins03 === '024' || (kind === 'audit' && g.ended) ? day(g.begins + g.lasts) : null;
  const continues = row.memberDates.includes('340') || (kind === 'audit' && g.tcc);
  const self = who.relationship === 'self';
  return memberRecord.parse({
    subscriberId: who.subscriberId,
    memberId: who.memberId,
    relationship: who.relationship,
    subscriberStanding: g.standing,
    name: { last: g.last, first: g.first, middle: g.middle },
    address:
      self || g.livesApart
        ? { line1: '1 TEST WAY', line2: g.line2, city: 'BALTIMORE', state: 'MD', postalCode: '21201' }
        : null,
    contact: g.phone === null ? null : { homePhone: g.phone },
    birthDate: day(g.born),
    sex: g.sex,
    medicare: { partA: g.partA, partB: g.partB, basis: g.partA || g.partB ? 'age' : null },
    coverage: EXAMPLE_COVERAGE[who.type],
    coverageBegins: day(g.begins),
    coverageEnds: ends,
    benefitsEnd: ends === null ? null : addDays(ends, g.extension),
    deathDate: kind === 'death_of_enrollee' && self ? ends : null,
    continuation: continues
      ? { qualifyingEvent: 'separation', begins: day(g.begins), ends: day(g.begins + 540) }
      : null,
    event: { kind, effectiveOn: day(g.begins) },
    ssn: g.ssn,
  } satisfies MemberRecordInput);
}

/** A household: its subscriber first, then up to three family members; every member's own event. */
export function household(index: number, fileKind: 'changes' | 'audit'): fc.Arbitrary<MemberRecord[]> {
  const kind = fileKind === 'audit' ? fc.constant('audit' as const) : fc.constantFrom(...CHANGE_KINDS);
  const subscriberId = `P${String(9_000_000 + index * 10)}`;
  const member = (relationship: Relationship, n: number) =>
    fc.tuple(kind, fc.constantFrom(...enrollmentType.options), memberFacts).map(([k, type, g]) =>
      memberFor(
        k,
        {
          subscriberId,
          memberId: n === 0 ? subscriberId : `${subscriberId.slice(0, -1)}${n}`,
          relationship,
          type,
        },
        g,
      ),
    );
  return fc
    .tuple(
      member('self', 0),
      fc.array(fc.constantFrom('spouse', 'child') as fc.Arbitrary<Relationship>, { maxLength: 3 }),
    )
    .chain(([subscriber, others]) =>
      fc
        .tuple(...others.map((relationship, i) => member(relationship, i + 1)))
        .map((family) => [subscriber, ...family]),
    );
}

/** Up to four households for a file of the kind. */
export function memberSet(fileKind: 'changes' | 'audit'): fc.Arbitrary<MemberRecord[]> {
  return fc
    .integer({ min: 1, max: 4 })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => household(i, fileKind))))
    .map((households) => households.flat());
}
