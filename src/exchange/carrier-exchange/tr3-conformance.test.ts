// The writer's output checked against the implementation guide's own code lists and element sizes
// (005010X220A1, as its public machine-readable map gives them), written out here independently of
// the mapping code: a wrong code in the mapping table fails here even when the table agrees with itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../x12/segment.ts';
import { carrierEventKind } from './carrier-event-kind.ts';
import { exampleHeader, exampleMember, GUIDE_EXAMPLES } from './companion-guide-examples.ts';
import { memberLoop } from './member-loop.ts';
import { transactionBody } from './transaction-body.ts';

type Rule = { codes?: readonly string[]; min?: number; max?: number };
const ids = (text: string) => text.split(' ');

/** Per segment (keyed by id, or id and first element), per element position (1-based): the TR3's rule. */
const RULES: Readonly<Record<string, Readonly<Record<number, Rule>>>> = {
  BGN: {
    1: { codes: ids('00 15 22') },
    2: { min: 1, max: 50 },
    3: { min: 8, max: 8 },
    4: { min: 4, max: 8 },
    5: { codes: ids('UT ET CT MT PT') },
    6: { min: 1, max: 50 },
    8: { codes: ids('2 4 RX') },
  },
  'REF*38': { 1: { codes: ['38'] }, 2: { min: 1, max: 50 } },
  'DTP*header': { 1: { codes: ids('007 090 091 303 382 388') }, 2: { codes: ['D8'] }, 3: { min: 8, max: 8 } },
  QTY: { 1: { codes: ids('DT ET TO') }, 2: { min: 1, max: 15 } },
  'N1*P5': {
    1: { codes: ['P5'] },
    2: { min: 1, max: 60 },
    3: { codes: ids('24 94 FI') },
    4: { min: 2, max: 80 },
  },
  'N1*IN': {
    1: { codes: ['IN'] },
    2: { min: 1, max: 60 },
    3: { codes: ids('94 FI XV') },
    4: { min: 2, max: 80 },
  },
  INS: {
    1: { codes: ids('N Y') },
    2: {
      codes: ids('01 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 23 24 25 26 31 38 53 60 D2 G8 G9'),
    },
    3: { codes: ids('001 021 024 025 030') },
    4: {
      codes: ids(
        '01 02 03 04 05 06 07 08 09 10 11 14 15 16 17 18 20 21 22 25 26 27 28 29 31 32 33 37 38 39 40 41 43 59 AA AB AC AD AE AF AG AH AI AJ AL EC XN XT',
      ),
    },
    5: { codes: ids('A C S T') },
    7: { codes: ids('1 2 3 4 5 6 7 8 9 10 ZZ') },
    8: { codes: ids('AC AO AU FT L1 PT RT TE') },
    11: { codes: ['D8'] },
    12: { min: 8, max: 8 },
  },
  'REF*0F': { 1: { codes: ['0F'] }, 2: { min: 1, max: 50 } },
  'REF*1L': { 1: { codes: ['1L'] }, 2: { min: 1, max: 50 } },
  'REF*17': { 1: { codes: ['17'] }, 2: { min: 1, max: 50 } },
  'DTP*2000': {
    1: {
      codes: ids(
        '050 286 296 297 300 301 303 336 337 338 339 340 341 350 351 356 357 383 385 386 393 394 473 474',
      ),
    },
    2: { codes: ['D8'] },
    3: { min: 8, max: 8 },
  },
  NM1: {
    1: { codes: ids('74 IL') },
    2: { codes: ['1'] },
    3: { min: 1, max: 60 },
    4: { min: 1, max: 35 },
    5: { min: 1, max: 25 },
    7: { min: 1, max: 10 },
    8: { codes: ids('34 ZZ') },
    9: { min: 2, max: 80 },
  },
  PER: {
    1: { codes: ['IP'] },
    3: { codes: ids('AP BN CP EM EX FX HP TE WP') },
    5: { codes: ids('AP BN CP EM EX FX HP TE WP') },
  },
  N3: { 1: { min: 1, max: 55 }, 2: { min: 1, max: 55 } },
  N4: { 1: { min: 2, max: 30 }, 2: { min: 2, max: 2 }, 3: { min: 3, max: 15 }, 4: { min: 2, max: 3 } },
  DMG: { 1: { codes: ['D8'] }, 2: { min: 8, max: 8 }, 3: { codes: ids('F M U') } },
  HD: {
    1: { codes: ids('001 002 021 024 025 026 030 032') },
    3: {
      codes: ids('AG AH AJ AK DCP DEN EPO FAC HE HLT HMO LTC LTD MM MOD PDG POS PPO PRA STD UR VIS'),
    },
    4: { min: 1, max: 50 },
    5: { codes: ids('CHD DEP E1D E2D E3D E5D E6D E7D E8D E9D ECH EMP ESP FAM IND SPC SPO TWO') },
  },
  'DTP*2300': {
    1: { codes: ids('300 303 343 348 349 543 695') },
    2: { codes: ['D8', 'RD8'] },
    3: { min: 8, max: 17 },
  },
};
const INS06_1 = ids('A B C D E');
const INS06_2 = ids('0 1 2');

/** The rule set of a segment where it stands: DTP and REF are told apart by loop or qualifier. */
function ruleKey(segment: Segment, loop: 'header' | '2000' | '2300'): string {
  if (segment.id === 'DTP') return `DTP*${loop}`;
  if (segment.id === 'REF' || segment.id === 'N1') return `${segment.id}*${String(segment.elements[0])}`;
  return segment.id;
}

function violations(segments: readonly Segment[]): string[] {
  const found: string[] = [];
  let loop: 'header' | '2000' | '2300' = 'header';
  for (const segment of segments) {
    if (segment.id === 'INS') loop = '2000';
    if (segment.id === 'HD') loop = '2300';
    const rules = RULES[ruleKey(segment, loop)];
    if (!rules) {
      found.push(`${segment.id}: not a segment this guide sends`);
      continue;
    }
    segment.elements.forEach((element, index) => {
      const position = index + 1;
      if (segment.id === 'INS' && position === 6) {
        const [plan, basis] = element as readonly string[];
        if (!INS06_1.includes(plan ?? '')) found.push(`INS06-1 ${plan}`);
        if (basis !== undefined && !INS06_2.includes(basis)) found.push(`INS06-2 ${basis}`);
        return;
      }
      if (typeof element !== 'string' || element === '') return;
      const rule = rules[position];
      const where = `${ruleKey(segment, loop)} element ${position} "${element}"`;
      if (!rule) found.push(`${where}: element not used by this guide`);
      else if (rule.codes && !rule.codes.includes(element)) found.push(`${where}: not in the code list`);
      else if ((rule.min && element.length < rule.min) || (rule.max && element.length > rule.max))
        found.push(`${where}: length outside ${rule.min}-${rule.max}`);
    });
  }
  return found;
}

describe('conformance to the 005010X220A1 code lists and element sizes', () => {
  it('holds for every example in the companion guide', () => {
    for (const example of GUIDE_EXAMPLES) {
      const segments = example.header
        ? transactionBody(example.header, example.records)
        : example.records.flatMap(memberLoop);
      expect(violations(segments), example.name).toEqual([]);
    }
  });

  it('holds for every event kind on every member of the example household', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...carrierEventKind.options),
        fc.constantFrom('enrollee', 'spouse', 'child') as fc.Arbitrary<'enrollee' | 'spouse' | 'child'>,
        fc.boolean(),
        (kind, who, withSsn) => {
          const record = exampleMember(who, {
            coverageEnds: '2027-06-30',
            benefitsEnd: '2027-07-31',
            deathDate: kind === 'death_of_enrollee' ? '2027-06-30' : null,
            continuation: { qualifyingEvent: 'former_spouse', begins: '2027-01-01', ends: '2030-01-01' },
            ssn: withSsn ? '987654321' : null,
            event: { kind, effectiveOn: '2027-07-01' },
          });
          const header = exampleHeader(kind === 'audit' ? 'audit' : 'changes', '2027-07-01');
          expect(violations(transactionBody(header, [record]))).toEqual([]);
        },
      ),
    );
  });

  it('catches a code outside the guide’s lists (the check is not a mirror of the writer)', () => {
    const loop = memberLoop(exampleMember('enrollee'));
    const broken = loop.map((s) =>
      s.id === 'HD' ? { ...s, elements: ['021', '', 'HLT', 'Z9C', 'SELF'] } : s,
    );
    expect(violations(broken)).toEqual(['HD element 5 "SELF": not in the code list']);
  });
});
