import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { carrierEventKind } from './carrier-event-kind.ts';
import { checkedMemberRecord, zodMemberRecord, type MemberRecordFields } from './checked-member-record.ts';

/** Mostly clean text, sometimes what memberRecord trims or refuses. */
const text = (max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.stringMatching(new RegExp(`^[A-Z][A-Z' -]{0,${max - 2}}[A-Z]$`)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', ' ', ' SMITH', 'SMITH ', 'A*B', 'A~B', 'A:B', 'A^B', 'A|B', 'A\nB'),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: max + 5 }) },
  );

const day = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .integer({ min: 0, max: 30_000 })
      .map((n) => new Date(Date.UTC(1950, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)),
  },
  { weight: 1, arbitrary: fc.constantFrom('2025-02-30', '2025-1-01', '', '20250101') },
);

const address = fc.option(
  fc.record({
    line1: text(55),
    line2: fc.option(text(55), { nil: null }),
    city: fc.oneof(text(30), fc.constant('X')),
    state: fc.option(fc.constantFrom('MD', 'DC', 'md', 'MDX'), { nil: null }),
    postalCode: fc.option(fc.constantFrom('20001', '200011234', 'K1A0B1', '20001-1234', '12'), { nil: null }),
    country: fc.constantFrom('US', 'CA', 'usa'),
  }),
  { nil: null, freq: 6 },
);

const fields: fc.Arbitrary<MemberRecordFields> = fc.record({
  subscriberId: fc.oneof(
    fc.nat().map((n) => `P${n}`),
    fc.constantFrom('', 'P 1', 'x'.repeat(51)),
  ),
  memberId: fc.oneof(
    fc.nat().map((n) => `P${n}`),
    fc.constantFrom('P', 'P*1'),
  ),
  relationship: fc.constantFrom('self', 'spouse', 'child', 'cousin'),
  subscriberStanding: fc.constantFrom(
    'employee',
    'annuitant',
    'survivor_annuitant',
    'former_spouse',
    'retiree',
  ),
  name: fc.record({ last: text(60), first: text(35) }),
  address,
  birthDate: day,
  sex: fc.constantFrom('F', 'M', 'U', 'X'),
  deathDate: fc.option(day, { nil: null, freq: 8 }),
  medicare: fc.record({
    partA: fc.boolean(),
    partB: fc.boolean(),
    basis: fc.constantFrom(null, 'age', 'disability', 'old'),
  }),
  coverage: fc.record({
    enrollmentCode: fc.constantFrom('KM1', 'KM', 'KM12', 'K', 'KM123'),
    planCode: fc.constantFrom('KM', ''),
    optionCode: fc.constantFrom('1', ''),
    enrollmentType: fc.constantFrom('self_only', 'self_plus_one', 'self_and_family', 'family'),
  }),
  coverageBegins: day,
  coverageEnds: fc.option(day, { nil: null }),
  benefitsEnd: fc.option(day, { nil: null }),
  continuation: fc.option(
    fc.record({ qualifyingEvent: fc.constantFrom('separation', 'divorce'), begins: day, ends: day }),
    { nil: null, freq: 6 },
  ),
  event: fc.record({
    kind: fc.constantFrom(...carrierEventKind.options, 'not_a_kind'),
    effectiveOn: day,
    lifeEvent: fc.option(fc.constantFrom('marriage', 'divorce', 'promotion'), { nil: null, freq: 6 }),
  }),
});

describe('checkedMemberRecord', () => {
  it('gives exactly what memberRecord gives for any fields, clean or not', () => {
    fc.assert(
      fc.property(fields, (input) => {
        expect(checkedMemberRecord(input)).toStrictEqual(zodMemberRecord(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('names the field memberRecord names when a record is refused', () => {
    const clean: MemberRecordFields = {
      subscriberId: 'P1',
      memberId: 'P1',
      relationship: 'self',
      subscriberStanding: 'annuitant',
      name: { last: 'SMITH', first: 'ANN' },
      address: {
        line1: '1 MAIN ST',
        line2: null,
        city: 'BALTIMORE',
        state: 'MD',
        postalCode: '21201',
        country: 'US',
      },
      birthDate: '1950-03-04',
      sex: 'F',
      deathDate: null,
      medicare: { partA: true, partB: true, basis: 'age' },
      coverage: { enrollmentCode: 'KM1', planCode: 'KM', optionCode: '1', enrollmentType: 'self_only' },
      coverageBegins: '2025-01-01',
      coverageEnds: null,
      benefitsEnd: null,
      continuation: null,
      event: { kind: 'audit', effectiveOn: '2025-01-01', lifeEvent: null },
    };
    expect(checkedMemberRecord(clean).ok).toBe(true);
    expect(checkedMemberRecord({ ...clean, address: null })).toEqual({
      ok: false,
      field: 'address',
      message: 'the subscriber needs an address (N3/N4)',
    });
    expect(checkedMemberRecord({ ...clean, name: { last: 'SMI*TH', first: 'ANN' } })).toMatchObject({
      ok: false,
      field: 'name.last',
    });
    expect(checkedMemberRecord({ ...clean, name: { last: ' SMITH ', first: 'ANN' } })).toMatchObject({
      ok: true,
      record: { name: { last: 'SMITH' } },
    });
  });
});
