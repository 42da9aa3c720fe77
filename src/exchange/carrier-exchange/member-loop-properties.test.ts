import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate } from '../../domain/dates.ts';
import { enrollmentType } from '../../domain/catalogue.ts';
import { carrierEventKind } from './carrier-event-kind.ts';
import { EXAMPLE_COVERAGE } from './companion-guide-examples.ts';
import { AGREEING_HD01, maintenanceFor, type MaintenanceType } from './lifecycle-action-codes.ts';
import { memberLoop } from './member-loop.ts';
import { memberRecord, type MemberRecordInput } from './member-record.ts';

const day = (offset: number) => addDays('2020-01-01', offset);
const asIso = (d8: string) => `${d8.slice(0, 4)}-${d8.slice(4, 6)}-${d8.slice(6, 8)}`;

const record = fc
  .record({
    kind: fc.constantFrom(...carrierEventKind.options),
    relationship: fc.constantFrom('self', 'spouse', 'child') as fc.Arbitrary<'self' | 'spouse' | 'child'>,
    standing: fc.constantFrom(
      'employee',
      'compensationer',
      'annuitant',
      'survivor_annuitant',
      'former_spouse',
    ) as fc.Arbitrary<MemberRecordInput['subscriberStanding']>,
    type: fc.constantFrom(...enrollmentType.options),
    born: fc.integer({ min: -30_000, max: 0 }),
    begins: fc.integer({ min: 0, max: 4000 }),
    lasts: fc.integer({ min: 0, max: 2000 }),
    extension: fc.constantFrom(0, 31),
    partA: fc.boolean(),
    partB: fc.boolean(),
    ssn: fc.option(fc.stringMatching(/^[0-9]{9}$/), { nil: null }),
    last: fc.stringMatching(/^[A-Z][A-Z' -]{0,20}[A-Z]$/),
    tcc: fc.boolean(),
    ended: fc.boolean(),
  })
  .map((g) => {
    const row = maintenanceFor(g.kind);
    const ends = row.ins03 === '024' || (g.kind === 'audit' && g.ended) ? day(g.begins + g.lasts) : null;
    const continues = row.memberDates.includes('340') || (g.kind === 'audit' && g.tcc);
    return memberRecord.parse({
      subscriberId: 'P9000001',
      memberId: g.relationship === 'self' ? 'P9000001' : 'P9000002',
      relationship: g.relationship,
      subscriberStanding: g.standing,
      name: { last: g.last, first: 'ALEX' },
      address:
        g.relationship === 'self'
          ? { line1: '1 TEST WAY', city: 'BALTIMORE', state: 'MD', postalCode: '21201' }
          : null,
      birthDate: day(g.born),
      sex: 'U',
      medicare: { partA: g.partA, partB: g.partB, basis: g.partA || g.partB ? 'age' : null },
      coverage: EXAMPLE_COVERAGE[g.type],
      coverageBegins: day(g.begins),
      coverageEnds: ends,
      benefitsEnd: ends === null ? null : addDays(ends, g.extension),
      deathDate: g.kind === 'death_of_enrollee' && g.relationship === 'self' ? ends : null,
      continuation: continues
        ? { qualifyingEvent: 'separation', begins: day(g.begins), ends: day(g.begins + 540) }
        : null,
      event: { kind: g.kind, effectiveOn: day(g.begins) },
      ssn: g.ssn,
    } satisfies MemberRecordInput);
  });

const elementsOf = (loop: ReturnType<typeof memberLoop>, id: string) => loop.filter((s) => s.id === id);

describe('every member loop the writer can produce', () => {
  it('starts with INS, names the member once with NM1*IL, and has one HD after the name', () => {
    fc.assert(
      fc.property(record, (member) => {
        const loop = memberLoop(member);
        expect(loop[0]?.id).toBe('INS');
        const names = elementsOf(loop, 'NM1');
        expect(names).toHaveLength(1);
        expect(names[0]?.elements.slice(0, 2)).toEqual(['IL', '1']);
        expect(elementsOf(loop, 'HD')).toHaveLength(1);
        expect(loop.findIndex((s) => s.id === 'NM1')).toBeLessThan(loop.findIndex((s) => s.id === 'HD'));
        expect(loop[1]?.elements).toEqual(['0F', 'P9000001']);
      }),
    );
  });

  it('writes every date as a real CCYYMMDD date (DTP03, DMG02, INS12)', () => {
    fc.assert(
      fc.property(record, (member) => {
        const loop = memberLoop(member);
        const dates = [
          ...elementsOf(loop, 'DTP').map((s) => s.elements[2]),
          ...elementsOf(loop, 'DMG').map((s) => s.elements[1]),
          ...elementsOf(loop, 'INS').flatMap((s) => (s.elements[11] ? [s.elements[11]] : [])),
        ];
        for (const date of dates) {
          expect(date).toMatch(/^\d{8}$/);
          expect(isIsoDate(asIso(String(date)))).toBe(true);
        }
        for (const dtp of elementsOf(loop, 'DTP')) expect(dtp.elements[1]).toBe('D8');
      }),
    );
  });

  it('has an HD01 that agrees with INS03, and INS01 Y exactly for the subscriber (INS02 18)', () => {
    fc.assert(
      fc.property(record, (member) => {
        const loop = memberLoop(member);
        const ins = loop[0]?.elements ?? [];
        const hd = elementsOf(loop, 'HD')[0]?.elements ?? [];
        expect(AGREEING_HD01[ins[2] as MaintenanceType]).toContain(hd[0]);
        expect(ins[0] === 'Y').toBe(ins[1] === '18');
      }),
    );
  });

  it('never ends benefits before eligibility, and never repeats a date qualifier', () => {
    fc.assert(
      fc.property(record, (member) => {
        const loop = memberLoop(member);
        const dtp = new Map(elementsOf(loop, 'DTP').map((s) => [s.elements[0], String(s.elements[2])]));
        expect(dtp.size).toBe(elementsOf(loop, 'DTP').length);
        const eligibilityEnd = dtp.get('357');
        const benefitEnd = dtp.get('349');
        if (eligibilityEnd && benefitEnd) expect(benefitEnd >= eligibilityEnd).toBe(true);
      }),
    );
  });
});
