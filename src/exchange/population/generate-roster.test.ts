import { describe, expect, it } from 'vitest';
import { isSyntheticMbi, mbiProblem } from '../../domain/medicare-number.ts';
import { loadProgramCalendar, loadShippedCatalogue } from '../../reference-data.ts';
import { csvRecords } from '../roster/csv-records.ts';
import { COLUMN as C, ROSTER_HEADER } from '../roster/roster-columns.ts';
import { RowErrorCollector } from '../roster/row-errors.ts';
import { fehbCodesOf, RosterValidator } from '../roster/roster-validator.ts';
import { generateRoster } from './generate-roster.ts';
import { syntheticMbi } from './person-row.ts';

const catalogue = loadShippedCatalogue();
const calendar = loadProgramCalendar();

async function text(people: number, seed: number): Promise<string> {
  let out = '';
  for await (const chunk of generateRoster({ people, seed, catalogue, calendar })) out += chunk;
  return out;
}

describe('generateRoster', () => {
  it('is deterministic: the same seed and size give the same bytes, another seed other bytes', async () => {
    const a = await text(3000, 7);
    expect(await text(3000, 7)).toBe(a);
    expect(await text(3000, 8)).not.toBe(a);
  });

  it('yields the header first and exactly the people asked for, in chunks of about 64 KB', async () => {
    const chunks: string[] = [];
    for await (const chunk of generateRoster({ people: 2001, seed: 1, catalogue, calendar }))
      chunks.push(chunk);
    const all = chunks.join('');
    expect(all.startsWith(ROSTER_HEADER + '\n')).toBe(true);
    expect(all.trimEnd().split('\n')).toHaveLength(2002);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70 * 1024);
  });

  describe('on 50,000 people', async () => {
    const roster = await text(50_000, 2024);
    const rows = roster
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const enrollees = rows.filter((r) => r[C.relationship] === 'self');
    const share = (part: number, whole: number) => part / whole;
    const householdCategory = new Map(enrollees.map((r) => [r[C.household_id], r[C.category]]));

    it('passes the roster validation row by row', async () => {
      const errors = new RowErrorCollector();
      const pshb = new Set(
        catalogue.options
          .filter((o) => o.program === 'PSHB')
          .flatMap((o) => Object.values(o.premiums).map((p) => p!.enrollmentCode)),
      );
      const validator = new RosterValidator(errors, fehbCodesOf(catalogue), pshb);
      let first = true;
      for await (const record of csvRecords([roster])) {
        if (first) first = false;
        else validator.check(record);
      }
      validator.finish();
      expect(errors.errors).toEqual([]);
    });

    it('has about 38% of people in annuitant households', () => {
      const annuitantSide = rows.filter((r) =>
        ['annuitant', 'survivor_annuitant'].includes(householdCategory.get(r[C.household_id]) ?? ''),
      ).length;
      expect(share(annuitantSide, rows.length)).toBeGreaterThan(0.34);
      expect(share(annuitantSide, rows.length)).toBeLessThan(0.42);
    });

    it('has about 45% Self Only, 25% Self Plus One, 30% Self and Family households', () => {
      const sizes = new Map<string, number>();
      for (const r of rows) sizes.set(r[C.household_id]!, (sizes.get(r[C.household_id]!) ?? 0) + 1);
      const counts = [0, 0, 0];
      for (const size of sizes.values()) counts[Math.min(size, 3) - 1]!++;
      const total = sizes.size;
      expect(share(counts[0]!, total)).toBeCloseTo(0.45, 1);
      expect(share(counts[1]!, total)).toBeCloseTo(0.25, 1);
      expect(share(counts[2]!, total)).toBeCloseTo(0.3, 1);
    });

    it('has about 30% elections, about 1% declines, and some made after the window', () => {
      const elections = enrollees.filter((r) => r[C.election_kind] !== '');
      expect(share(elections.length, enrollees.length)).toBeCloseTo(0.3, 1);
      const declines = enrollees.filter((r) => r[C.election_kind] === 'decline').length;
      expect(share(declines, enrollees.length)).toBeGreaterThan(0.005);
      expect(share(declines, enrollees.length)).toBeLessThan(0.02);
      expect(elections.some((r) => r[C.election_made_on]! > '2024-12-13')).toBe(true);
    });

    it('puts Blue Cross Standard and Basic first among FEHB enrollments, and every FEHB option in use', () => {
      const byCode = new Map<string, number>();
      for (const r of enrollees) {
        const plan = r[C.fehb_enrollment_code]!.slice(0, 2);
        if (plan) byCode.set(plan, (byCode.get(plan) ?? 0) + 1);
      }
      const ranked = [...byCode].sort((a, b) => b[1] - a[1]).map(([plan]) => plan);
      expect(ranked.slice(0, 2).sort()).toEqual(['10', '11']);
      const fehbPlans = new Set(catalogue.options.filter((o) => o.program === 'FEHB').map((o) => o.planCode));
      expect(new Set(ranked)).toEqual(fehbPlans);
    });

    it('gives most annuitants 65+ premium-free Part A, most of those Part B, and a few of each edge case', () => {
      const older = enrollees.filter((r) => r[C.category] === 'annuitant' && r[C.birth_date]! < '1960-01-01');
      const premiumFree = older.filter((r) => r[C.medicare_part_a_basis] === 'premium_free');
      const partB = premiumFree.filter((r) => r[C.medicare_part_b_start] !== '');
      expect(share(premiumFree.length, older.length)).toBeGreaterThan(0.85);
      expect(share(partB.length, premiumFree.length)).toBeGreaterThan(0.7);
      expect(share(partB.length, premiumFree.length)).toBeLessThan(0.85);
      expect(rows.some((r) => r[C.medicare_part_a_basis] === 'section_1818')).toBe(true);
      expect(rows.some((r) => r[C.medicare_part_b_start] === '2025-01-01')).toBe(true);
      expect(rows.some((r) => r[C.medicare_part_b_end] !== '')).toBe(true);
      expect(
        enrollees.some(
          (r) => r[C.annuitant_since]! >= '2025-01-01' && r[C.employed_on_program_start] === 'true',
        ),
      ).toBe(true);
    });

    it('has a few people abroad, with VA or IHS, most with evidence and some pending', () => {
      const abroad = rows.filter((r) => r[C.residence_state] === '');
      expect(share(abroad.length, rows.length)).toBeGreaterThan(0.005);
      expect(share(abroad.length, rows.length)).toBeLessThan(0.03);
      const withEvidence = abroad.filter((r) => r[C.evidence_residence_abroad_on] !== '').length;
      expect(share(withEvidence, abroad.length)).toBeGreaterThan(0.7);
      expect(withEvidence).toBeLessThan(abroad.length);
      expect(rows.some((r) => r[C.va_enrolled] === 'true')).toBe(true);
      expect(rows.some((r) => r[C.ihs_eligible] === 'true')).toBe(true);
    });

    it('uses synthetic SSNs in the never-issued 900-999 area, all different', () => {
      const ssns = rows.map((r) => r[C.ssn]!);
      expect(ssns.every((s) => /^9\d\d-\d\d-\d{4}$/.test(s))).toBe(true);
      expect(new Set(ssns).size).toBe(ssns.length);
    });

    it('gives everyone with Medicare, and no one else, a synthetic MBI that follows the format, all different', () => {
      const withMedicare = rows.filter(
        (r) => r[C.medicare_part_a_start] !== '' || r[C.medicare_part_b_start] !== '',
      );
      const mbis = withMedicare.map((r) => r[C.medicare_number]!);
      expect(mbis.length).toBeGreaterThan(rows.length * 0.2);
      expect(mbis.every((m) => isSyntheticMbi(m))).toBe(true);
      expect(new Set(mbis).size).toBe(mbis.length);
      expect(rows.filter((r) => r[C.medicare_number] !== '')).toHaveLength(withMedicare.length);
    });

    it('keeps children under 26 unless incapable of self-support', () => {
      const children = rows.filter((r) => r[C.relationship] === 'child');
      const adult = children.filter((r) => r[C.birth_date]! <= '1998-12-31');
      expect(adult.every((r) => r[C.incapable_of_self_support] === 'true')).toBe(true);
      expect(adult.length).toBeGreaterThan(0);
    });
  });
});

describe('syntheticMbi', () => {
  it('follows every position rule of the MBI format and carries the synthetic prefix', () => {
    for (const id of [1, 2, 9, 10, 12_345, 1_700_000, 999_999_999_999_999])
      for (const seed of [0, 1, 2024]) {
        const mbi = syntheticMbi(id, seed);
        expect(mbiProblem(mbi), mbi).toBeNull();
        expect(mbi.startsWith('9XX')).toBe(true);
      }
  });

  it('names the position that breaks the format', () => {
    expect(mbiProblem('1EG4TE5MK73')).toBeNull();
    expect(mbiProblem('1EG4-TE5-MK73')).toMatch(/11 characters/);
    expect(mbiProblem('0EG4TE5MK73')).toMatch(/character 1 \("0"\) must be a nonzero digit/);
    expect(mbiProblem('1SG4TE5MK73')).toMatch(
      /character 2 \("S"\) must be a letter .*not S, L, O, I, B or Z/,
    );
    expect(mbiProblem('1eg4te5mk73')).toMatch(/character 2/);
  });
});
