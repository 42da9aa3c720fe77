import { describe, expect, it } from 'vitest';
import { offeredIn } from './service-area.ts';

describe('offeredIn', () => {
  const nationwide = { serviceArea: 'nationwide', regions: [] } as const;
  const mdVaDc = { serviceArea: 'regional', regions: ['DC', 'MD', 'VA'] } as const;

  it('offers a nationwide option everywhere, abroad included', () => {
    expect(offeredIn(nationwide, 'CA')).toBe(true);
    expect(offeredIn(nationwide, null)).toBe(true);
  });

  it('offers a regional option only in the states of its area', () => {
    expect(offeredIn(mdVaDc, 'MD')).toBe(true);
    expect(offeredIn(mdVaDc, 'va')).toBe(true);
    expect(offeredIn(mdVaDc, 'CA')).toBe(false);
    expect(offeredIn(mdVaDc, null)).toBe(false);
  });
});
