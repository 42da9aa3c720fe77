import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Principal } from '../../security/principal.ts';
import { includesPartner, narrowedTo, scopeOfPrincipal } from './partner-scope.ts';
import { findPartnerView, listPartnerViews } from './partner-views.ts';

const carrier: Principal = { subject: 'c', role: 'carrier', carrierCodes: ['NALC'] };

describe('the partners a user sees', () => {
  it('is its own carriers for a carrier user, every partner for program staff', () => {
    expect(scopeOfPrincipal(carrier)).toEqual(['NALC']);
    expect(scopeOfPrincipal({ subject: 'c2', role: 'carrier' })).toEqual([]);
    expect(scopeOfPrincipal({ subject: 'a', role: 'program_administrator' })).toBeUndefined();
    expect(listPartnerViews(['NALC']).map((p) => p.code)).toEqual(['NALC']);
    expect(listPartnerViews(undefined).length).toBeGreaterThan(5);
  });

  it('finds a partner by its code or id in any case', () => {
    expect(findPartnerView('nalc')?.code).toBe('NALC');
    expect(findPartnerView('synca')?.kind).toBe('carrier');
    expect(findPartnerView('CMS')?.acknowledgmentWithinHours).toBeNull();
    expect(findPartnerView('nobody')).toBeUndefined();
  });

  it('a filter narrows the scope and never widens it (property)', () => {
    const code = fc.stringMatching(/^[A-Z]{2,5}$/);
    fc.assert(
      fc.property(fc.option(fc.array(code), { nil: undefined }), code, (scope, asked) => {
        const narrowed = narrowedTo(scope, asked);
        for (const partner of narrowed ?? []) expect(includesPartner(scope, partner)).toBe(true);
        expect(narrowed === undefined).toBe(false);
      }),
    );
  });
});
