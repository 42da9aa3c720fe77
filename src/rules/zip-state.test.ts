import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadZipPrefixTable } from '../reference-data.ts';
import { offeredIn } from './service-area.ts';
import { lowestPrefixOfEachState, stateOfZip } from './zip-state.ts';

const TABLE = loadZipPrefixTable();

describe('the state of a ZIP Code', () => {
  it.each([
    ['89501', 'NV'],
    ['89101-1234', 'NV'],
    ['94105', 'CA'],
    ['20260', 'DC'],
    ['20852', 'MD'],
    ['22201', 'VA'],
    ['98101', 'WA'],
    ['10001', 'NY'],
    ['73301', 'TX'],
    ['88510', 'TX'],
    ['00901', 'PR'],
    ['99501', 'AK'],
  ])('%s is in %s', (zip, state) => {
    expect(stateOfZip(TABLE, zip)).toBe(state);
  });

  it('a malformed or unassigned ZIP Code has no state', () => {
    expect(stateOfZip(TABLE, '8950')).toBeNull();
    expect(stateOfZip(TABLE, 'ABCDE')).toBeNull();
    expect(stateOfZip(TABLE, '00123')).toBeNull();
  });

  it('the shipped ranges are ordered and never overlap', () => {
    let last = -1;
    for (const range of TABLE.ranges) {
      expect(Number(range.from)).toBeGreaterThan(last);
      expect(Number(range.to)).toBeGreaterThanOrEqual(Number(range.from));
      last = Number(range.to);
    }
  });

  it('property: every five-digit ZIP Code of an assigned prefix has exactly one state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), (n) => {
        const zip = String(n).padStart(5, '0');
        const matches = TABLE.ranges.filter((r) => zip.slice(0, 3) >= r.from && zip.slice(0, 3) <= r.to);
        expect(matches.length).toBeLessThanOrEqual(1);
        expect(stateOfZip(TABLE, zip)).toBe(matches[0]?.state ?? null);
      }),
    );
  });
});

describe('plans where a person lives', () => {
  it('a retiree in Nevada is offered nationwide options but no regional option of another state', () => {
    expect(offeredIn({ serviceArea: 'nationwide', regions: [] }, 'NV')).toBe(true);
    expect(offeredIn({ serviceArea: 'regional', regions: ['CA'] }, 'NV')).toBe(false);
    expect(offeredIn({ serviceArea: 'regional', regions: ['CA', 'NV'] }, 'NV')).toBe(true);
  });
});

describe('lowestPrefixOfEachState: synthetic ZIP Codes that agree with their state', () => {
  it('gives every state of the table a prefix whose ZIP Codes the table places in that state', () => {
    const table = TABLE;
    const prefixes = lowestPrefixOfEachState(table);
    const states = new Set(table.ranges.map((r) => r.state));
    expect(Object.keys(prefixes).sort()).toEqual([...states].sort());
    for (const [state, prefix] of Object.entries(prefixes)) {
      expect(stateOfZip(table, `${prefix}00`), state).toBe(state);
      expect(stateOfZip(table, `${prefix}99`), state).toBe(state);
    }
  });
});
