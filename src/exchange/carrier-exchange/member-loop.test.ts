import { describe, expect, it } from 'vitest';
import type { Segment } from '../x12/segment.ts';
import { EXAMPLE_COVERAGE, exampleMember } from './companion-guide-examples.ts';
import { memberLoop, MemberLoopError } from './member-loop.ts';
import type { MemberRecordInput } from './member-record.ts';

// Display only: the x12 module owns serialization; this shows segments with * and ~ to compare.
const text = (segment: Segment): string => {
  const elements = segment.elements.map((element) =>
    typeof element === 'string' ? element : element.join(':'),
  );
  while (elements.length > 0 && elements[elements.length - 1] === '') elements.pop();
  return [segment.id, ...elements].join('*') + '~';
};
const lines = (segments: readonly Segment[]): string[] => segments.map(text);
const only = (segments: readonly Segment[], prefix: string): string[] =>
  lines(segments).filter((line) => line.startsWith(prefix));

const enrollee = (changes: Partial<MemberRecordInput>) => memberLoop(exampleMember('enrollee', changes));
const spouse = (changes: Partial<MemberRecordInput>) => memberLoop(exampleMember('spouse', changes));
const child = (changes: Partial<MemberRecordInput>) => memberLoop(exampleMember('child', changes));

describe('a member loop in the order of 005010X220A1 (2000, 2100A, 2300)', () => {
  it('writes every segment of an automatically enrolled subscriber', () => {
    const loop = enrollee({ event: { kind: 'automatic_enrollment', effectiveOn: '2027-01-01' } });
    expect(lines(loop)).toEqual([
      'INS*Y*18*021*AL*A*C:0**RT~',
      'REF*0F*P1000001~',
      'REF*1L*Z9C~',
      'REF*17*P1000001~',
      'DTP*303*D8*20270101~',
      'DTP*356*D8*20270101~',
      'NM1*IL*1*RIVERA*ANA*L***ZZ*P1000001~',
      'N3*100 EXAMPLE ST*APT 4~',
      'N4*SILVER SPRING*MD*20910~',
      'DMG*D8*19580314*F~',
      'HD*021**HLT*Z9C*E1D~',
      'DTP*348*D8*20270101~',
    ]);
  });

  it('gives a family member INS01 N, their own relationship and no INS08, under the subscriber id', () => {
    const loop = spouse({ event: { kind: 'automatic_enrollment', effectiveOn: '2027-01-01' } });
    expect(lines(loop).slice(0, 4)).toEqual([
      'INS*N*01*021*AL*A*A:0~',
      'REF*0F*P1000001~',
      'REF*1L*Z9C~',
      'REF*17*P1000002~',
    ]);
    expect(only(loop, 'N3')).toEqual([]);
  });

  it('sends the SSN as NM108 34 only when the caller passes it, and the member id stays in REF 17', () => {
    const loop = enrollee({ ssn: '123456789', event: { kind: 'enrollment', effectiveOn: '2027-01-01' } });
    expect(only(loop, 'NM1')).toEqual(['NM1*IL*1*RIVERA*ANA*L***34*123456789~']);
    expect(only(loop, 'REF*17')).toEqual(['REF*17*P1000001~']);
  });

  it('writes a foreign address with its country and contact numbers as PER IP', () => {
    const loop = enrollee({
      address: { line1: '1 RUE EXEMPLE', city: 'PARIS', postalCode: '75001', country: 'FR' },
      contact: { homePhone: '3015550100', email: 'ana@example.org' },
      event: { kind: 'identifying_data_change', effectiveOn: '2027-02-01' },
    });
    expect(lines(loop).slice(6, 10)).toEqual([
      'PER*IP**HP*3015550100*EM*ana@example.org~',
      'N3*1 RUE EXEMPLE~',
      'N4*PARIS**75001*FR~',
      'DMG*D8*19580314*F~',
    ]);
    expect(only(loop, 'INS')).toEqual(['INS*Y*18*001*25*A*C:0**RT~']);
  });

  it('names the member and the missing field when an event needs a date the record lacks', () => {
    const record = exampleMember('spouse', { event: { kind: 'termination', effectiveOn: '2027-07-01' } });
    expect(() => memberLoop(record)).toThrow(MemberLoopError);
    expect(() => memberLoop(record)).toThrow('member P1000002: coverageEnds: termination needs DTP*357');
  });
});

describe('each lifecycle action, as the carrier is told it', () => {
  it('open_season_enroll: the members are added with INS03 021, INS04 28 (initial enrollment), HD01 021', () => {
    const loop = enrollee({ event: { kind: 'enrollment', effectiveOn: '2027-01-01' } });
    expect(only(loop, 'INS')).toEqual(['INS*Y*18*021*28*A*C:0**RT~']);
    expect(only(loop, 'HD')).toEqual(['HD*021**HLT*Z9C*E1D~']);
    expect(only(loop, 'DTP')).toEqual([
      'DTP*303*D8*20270101~',
      'DTP*356*D8*20270101~',
      'DTP*348*D8*20270101~',
    ]);
  });

  it('open_season_change: a new option of the same carrier is a change (001, 22) with the new enrollment code', () => {
    const loop = enrollee({
      coverage: { ...EXAMPLE_COVERAGE.self_plus_one, optionCode: '2', enrollmentCode: 'Z9F' },
      event: { kind: 'plan_change', effectiveOn: '2028-01-01' },
      coverageBegins: '2028-01-01',
    });
    expect(only(loop, 'INS')).toEqual(['INS*Y*18*001*22*A*C:0**RT~']);
    expect(only(loop, 'REF*1L')).toEqual(['REF*1L*Z9F~']);
    expect(only(loop, 'HD')).toEqual(['HD*001**HLT*Z9F*E1D~']);
    expect(only(loop, 'DTP*348')).toEqual(['DTP*348*D8*20280101~']);
  });

  it('open_season_change to another carrier: the old carrier terminates (024, 22), the new one adds (021, 22)', () => {
    const out = enrollee({
      coverageEnds: '2027-12-31',
      event: { kind: 'plan_change_out', effectiveOn: '2028-01-01' },
    });
    const into = enrollee({
      coverageBegins: '2028-01-01',
      event: { kind: 'plan_change_in', effectiveOn: '2028-01-01' },
    });
    expect(only(out, 'INS')).toEqual(['INS*Y*18*024*22*A*C:0**RT~']);
    expect(only(out, 'DTP*349')).toEqual(['DTP*349*D8*20271231~']);
    expect(only(into, 'INS')).toEqual(['INS*Y*18*021*22*A*C:0**RT~']);
  });

  it('open_season_decline: a held enrollment ends as a cancellation (024, 14) with benefit end = eligibility end', () => {
    const loop = enrollee({
      coverageEnds: '2027-12-31',
      event: { kind: 'cancellation', effectiveOn: '2028-01-01' },
    });
    expect(only(loop, 'INS')).toEqual(['INS*Y*18*024*14*A*C:0**RT~']);
    expect(only(loop, 'DTP')).toEqual([
      'DTP*303*D8*20280101~',
      'DTP*357*D8*20271231~',
      'DTP*348*D8*20270101~',
      'DTP*349*D8*20271231~',
    ]);
  });

  it('belated_enroll: an addition like any elected enrollment (021, 28)', () => {
    const loop = enrollee({
      coverageBegins: '2027-03-01',
      event: { kind: 'enrollment', effectiveOn: '2027-03-01' },
    });
    expect(only(loop, 'INS')).toEqual(['INS*Y*18*021*28*A*C:0**RT~']);
    expect(only(loop, 'DTP*348')).toEqual(['DTP*348*D8*20270301~']);
  });

  it('life_event_change: marriage raises the type (enrollee 001 with INS04 32, HD05 FAM); the spouse is added (021, 32)', () => {
    const coverage = EXAMPLE_COVERAGE.self_and_family;
    const event = { effectiveOn: '2027-05-09', lifeEvent: 'marriage' } as const;
    const raised = enrollee({
      coverage,
      coverageBegins: '2027-05-09',
      event: { ...event, kind: 'coverage_level_change' },
    });
    const added = spouse({
      coverage,
      coverageBegins: '2027-05-09',
      event: { ...event, kind: 'family_member_added' },
    });
    expect(only(raised, 'INS')).toEqual(['INS*Y*18*001*32*A*C:0**RT~']);
    expect(only(raised, 'HD')).toEqual(['HD*001**HLT*Z9B*FAM~']);
    expect(only(added, 'INS')).toEqual(['INS*N*01*021*32*A*A:0~']);
  });

  it('death_of_enrollee: INS12 carries the day of death (024, 03); a survivor continuing is added (021, 11, INS05 S)', () => {
    const died = enrollee({
      deathDate: '2027-08-10',
      coverageEnds: '2027-08-10',
      benefitsEnd: '2027-09-10',
      event: { kind: 'death_of_enrollee', effectiveOn: '2027-08-11' },
    });
    expect(only(died, 'INS')).toEqual(['INS*Y*18*024*03*A*C:0**RT***D8*20270810~']);
    const survivor = memberLoop(
      exampleMember('spouse', {
        subscriberId: 'P1000002',
        relationship: 'self',
        subscriberStanding: 'survivor_annuitant',
        address: { line1: '100 EXAMPLE ST', city: 'SILVER SPRING', state: 'MD', postalCode: '20910' },
        coverage: EXAMPLE_COVERAGE.self_only,
        coverageBegins: '2027-08-11',
        event: { kind: 'survivor_continuation', effectiveOn: '2027-08-11' },
      }),
    );
    expect(only(survivor, 'INS')).toEqual(['INS*Y*18*021*11*S*A:0**RT~']);
  });

  it('death_of_enrollee: refused without the day of death', () => {
    const record = exampleMember('enrollee', {
      coverageEnds: '2027-08-10',
      event: { kind: 'death_of_enrollee', effectiveOn: '2027-08-11' },
    });
    expect(() => memberLoop(record)).toThrow('member P1000001: deathDate');
  });

  it('cancel: 024 with INS04 14, no temporary extension (DTP 349 = DTP 357)', () => {
    const loop = spouse({
      coverageEnds: '2027-05-31',
      event: { kind: 'cancellation', effectiveOn: '2027-06-01' },
    });
    expect(only(loop, 'INS')).toEqual(['INS*N*01*024*14*A*A:0~']);
    expect(only(loop, 'DTP*349')).toEqual(['DTP*349*D8*20270531~']);
  });

  it('cancel_for_part_b: treated as a termination, so DTP 349 is the end of the 31-day extension', () => {
    const loop = enrollee({
      coverageEnds: '2027-04-30',
      benefitsEnd: '2027-05-31',
      event: { kind: 'cancellation_for_part_b', effectiveOn: '2027-05-01' },
    });
    expect(only(loop, 'INS')).toEqual(['INS*Y*18*024*14*A*C:0**RT~']);
    expect(only(loop, 'DTP*357')).toEqual(['DTP*357*D8*20270430~']);
    expect(only(loop, 'DTP*349')).toEqual(['DTP*349*D8*20270531~']);
  });

  it('remove_for_missing_part_b: 024 with INS04 07, DTP 357 the last enrolled day and DTP 349 the extension end', () => {
    const loop = spouse({
      coverageEnds: '2027-06-30',
      benefitsEnd: '2027-07-31',
      event: { kind: 'removal_for_missing_part_b', effectiveOn: '2027-07-01' },
    });
    expect(only(loop, 'INS')).toEqual(['INS*N*01*024*07*A*A:0~']);
    expect(only(loop, 'DTP')).toEqual([
      'DTP*303*D8*20270701~',
      'DTP*357*D8*20270630~',
      'DTP*348*D8*20270101~',
      'DTP*349*D8*20270731~',
    ]);
  });

  it('end_temporary_extension: 024 with INS04 07 and DTP 349 the extension’s last day', () => {
    const loop = spouse({
      coverageEnds: '2027-06-30',
      benefitsEnd: '2027-07-31',
      event: { kind: 'temporary_extension_ended', effectiveOn: '2027-08-01' },
    });
    expect(only(loop, 'INS')).toEqual(['INS*N*01*024*07*A*A:0~']);
    expect(only(loop, 'DTP*349')).toEqual(['DTP*349*D8*20270731~']);
  });

  it('convert_to_individual_policy: 024 with INS04 XT (transfer to the carrier’s individual policy)', () => {
    const loop = spouse({
      coverageEnds: '2027-06-30',
      benefitsEnd: '2027-07-15',
      event: { kind: 'conversion_to_individual_policy', effectiveOn: '2027-07-16' },
    });
    expect(only(loop, 'INS')).toEqual(['INS*N*01*024*XT*A*A:0~']);
    expect(only(loop, 'HD')).toEqual(['HD*024**HLT*Z9C*E1D~']);
  });

  it('suspend: 024 with INS04 18 and DTP 393, the first day suspended', () => {
    const loop = enrollee({
      coverageEnds: '2027-08-31',
      event: { kind: 'suspension', effectiveOn: '2027-09-01' },
    });
    expect(only(loop, 'INS')).toEqual(['INS*Y*18*024*18*A*C:0**RT~']);
    expect(only(loop, 'DTP*393')).toEqual(['DTP*393*D8*20270901~']);
  });

  it('reinstate: 025 with INS04 41 and HD01 025 from the reinstatement day', () => {
    const loop = enrollee({
      coverageBegins: '2028-02-01',
      event: { kind: 'reinstatement', effectiveOn: '2028-02-01' },
    });
    expect(only(loop, 'INS')).toEqual(['INS*Y*18*025*41*A*C:0**RT~']);
    expect(only(loop, 'HD')).toEqual(['HD*025**HLT*Z9C*E1D~']);
  });

  it('elect_tcc: 021 with INS04 09, INS05 C, INS07 the qualifying event, INS08 TE and DTP 340/341', () => {
    const loop = enrollee({
      subscriberStanding: 'employee',
      coverage: EXAMPLE_COVERAGE.self_only,
      coverageBegins: '2027-03-14',
      continuation: { qualifyingEvent: 'separation', begins: '2027-03-14', ends: '2028-09-13' },
      event: { kind: 'tcc_enrollment', effectiveOn: '2027-03-14' },
    });
    expect(only(loop, 'INS')).toEqual(['INS*Y*18*021*09*C*C:0*1*TE~']);
    expect(only(loop, 'DTP*34')).toEqual([
      'DTP*340*D8*20270314~',
      'DTP*341*D8*20280913~',
      'DTP*348*D8*20270314~',
    ]);
  });

  it('elect_tcc: refused without the continuation’s span', () => {
    const record = exampleMember('enrollee', {
      event: { kind: 'tcc_enrollment', effectiveOn: '2027-03-14' },
    });
    expect(() => memberLoop(record)).toThrow('member P1000001: continuation');
  });

  it('end_tcc: 024 with INS04 07, still INS05 C, the extension after DTP 357', () => {
    const loop = child({
      subscriberId: 'P1000003',
      relationship: 'self',
      address: { line1: '22 SAMPLE RD', city: 'COLLEGE PARK', state: 'MD', postalCode: '20740' },
      coverage: EXAMPLE_COVERAGE.self_only,
      coverageBegins: '2034-12-01',
      coverageEnds: '2037-11-30',
      benefitsEnd: '2037-12-31',
      continuation: { qualifyingEvent: 'child_loses_eligibility', begins: '2034-12-01', ends: '2037-11-30' },
      event: { kind: 'tcc_ended', effectiveOn: '2037-12-01' },
    });
    expect(only(loop, 'INS')).toEqual(['INS*Y*18*024*07*C*E*7*TE~']);
    expect(only(loop, 'DTP*349')).toEqual(['DTP*349*D8*20371231~']);
  });

  it('court_ordered_child_enrollment: the ordered enrollment is added (021, 28) at Self Plus One', () => {
    const loop = child({
      subscriberId: 'P1000001',
      coverageBegins: '2027-06-05',
      event: { kind: 'court_ordered_enrollment', effectiveOn: '2027-06-05' },
    });
    expect(only(loop, 'INS')).toEqual(['INS*N*19*021*28*A*E~']);
    expect(only(loop, 'HD')).toEqual(['HD*021**HLT*Z9C*E1D~']);
  });

  it('correct_administrative_error: a retroactive change is 001 with HD01 026 and DTP 303 the retroactive day', () => {
    const loop = enrollee({
      coverage: EXAMPLE_COVERAGE.self_and_family,
      event: { kind: 'correction_change', effectiveOn: '2027-01-01' },
    });
    expect(only(loop, 'INS')).toEqual(['INS*Y*18*001*AI*A*C:0**RT~']);
    expect(only(loop, 'HD')).toEqual(['HD*026**HLT*Z9B*FAM~']);
    expect(only(loop, 'DTP*303')).toEqual(['DTP*303*D8*20270101~']);
  });

  it('correct_administrative_error: coverage that should not have run ends retroactively (024, AI)', () => {
    const loop = spouse({
      coverageEnds: '2027-02-28',
      event: { kind: 'correction_termination', effectiveOn: '2027-03-01' },
    });
    expect(only(loop, 'INS')).toEqual(['INS*N*01*024*AI*A*A:0~']);
  });

  it('automatic enrollment (5 CFR 890.1605(b)): 021 with INS04 AL, algorithm assigned', () => {
    const loop = spouse({ event: { kind: 'automatic_enrollment', effectiveOn: '2027-01-01' } });
    expect(only(loop, 'INS')).toEqual(['INS*N*01*021*AL*A*A:0~']);
  });

  it('audit: 030 with INS04 XN and HD01 030, no maintenance date, end dates only when coverage ended', () => {
    const active = enrollee({ event: { kind: 'audit', effectiveOn: '2027-12-01' } });
    expect(only(active, 'INS')).toEqual(['INS*Y*18*030*XN*A*C:0**RT~']);
    expect(only(active, 'DTP')).toEqual(['DTP*356*D8*20270101~', 'DTP*348*D8*20270101~']);
    const extended = spouse({
      coverageEnds: '2027-11-15',
      benefitsEnd: '2027-12-16',
      event: { kind: 'audit', effectiveOn: '2027-12-01' },
    });
    expect(only(extended, 'DTP')).toEqual([
      'DTP*356*D8*20270101~',
      'DTP*357*D8*20271115~',
      'DTP*348*D8*20270101~',
      'DTP*349*D8*20271216~',
    ]);
  });
});
