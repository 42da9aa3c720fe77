import { describe, expect, it } from 'vitest';
import {
  MEDICARE_REQUEST_LAYOUT,
  MEDICARE_RESPONSE_LAYOUT,
  layoutProblems,
} from './medicare-exchange-layout.js';

describe('Medicare entitlement exchange layouts (890.1612 data sharing)', () => {
  for (const layout of [MEDICARE_REQUEST_LAYOUT, MEDICARE_RESPONSE_LAYOUT]) {
    it(`${layout.name}: every record's fields fit without overlap`, () => {
      for (const record of [layout.header, layout.detail, layout.trailer]) {
        expect(layoutProblems(record)).toEqual([]);
      }
    });
    it(`${layout.name}: is marked UNCONFIRMED until CMS agrees a layout`, () => {
      expect(layout.sourceNote).toMatch(/^UNCONFIRMED/);
    });
  }
  it('reports overlapping fields by name', () => {
    const bad = {
      recordType: 'X',
      recordLength: 5,
      fields: [
        { name: 'a', start: 1, length: 3, format: 'numeric' as const },
        { name: 'b', start: 3, length: 4, format: 'numeric' as const },
      ],
    };
    expect(layoutProblems(bad)).toEqual(['b overlaps the field before it', 'b ends past column 5']);
  });
});
