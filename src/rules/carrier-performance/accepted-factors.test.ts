// The amount from the contracting officer's factors (48 CFR 1609.7101-2, 1632.170(a)(2)).
import { describe, expect, it } from 'vitest';
import { PshbError } from '../../errors.ts';
import { premiumBase, shippedMethod } from '../../../test-support/performance-fixtures.ts';
import { amountForAcceptedFactors } from './accepted-factors.ts';
import type { PerformanceMethod } from './performance-method.ts';

const fehbar = shippedMethod('fehbar-1998');

describe('48 CFR 1609.7101-2 factors specified by the contracting officer', () => {
  it('1609.7101-2: the premium times the sum of the accepted factors, in whole cents', () => {
    const result = amountForAcceptedFactors(fehbar, premiumBase(250_000_000_00), [
      { elementId: 'customer-service', factor: 0.0015 },
      { elementId: 'critical-contract-compliance', factor: 0.0005 },
    ]);
    expect(result.totalFactor).toBe(0.002);
    expect(result.amountCents).toBe(50_000_000);
    expect(result.capApplied).toBe(false);
    expect(result.decision.outcome).toBe('amount-due');
  });

  it('1609.7101-2: a factor above its element\u2019s .007 is held to it', () => {
    const result = amountForAcceptedFactors(fehbar, premiumBase(100_00), [
      { elementId: 'customer-service', factor: 0.009 },
    ]);
    expect(result.totalFactor).toBe(0.007);
    expect(result.decision.facts['customer-service.given']).toBe(0.009);
    expect(result.decision.explanation).toMatch(/held to its range/);
  });

  it('1632.170(a)(2): the aggregate never exceeds one percent of premium', () => {
    const generous: PerformanceMethod = {
      ...fehbar,
      elements: fehbar.elements.map((element) => ({ ...element, maxFactor: element.maxFactor * 2 })),
    };
    const result = amountForAcceptedFactors(generous, premiumBase(1_000_000_00), [
      { elementId: 'customer-service', factor: 0.012 },
      { elementId: 'critical-contract-compliance', factor: 0.004 },
    ]);
    expect(result.totalFactor).toBe(0.01);
    expect(result.capApplied).toBe(true);
    expect(result.amountCents).toBe(1_000_000);
  });

  it('1609.7101-2: half a cent rounds away from zero', () => {
    // 1 cent x .5 = half a cent
    const method: PerformanceMethod = {
      ...fehbar,
      cap: { ...fehbar.cap, max: 1 },
      elements: fehbar.elements.map((element) => ({ ...element, maxFactor: 1 })),
    };
    expect(
      amountForAcceptedFactors(method, premiumBase(1), [{ elementId: 'customer-service', factor: 0.5 }])
        .amountCents,
    ).toBe(1);
  });

  it('1609.7101-2: an element without an accepted factor counts as 0, and says so', () => {
    const result = amountForAcceptedFactors(fehbar, premiumBase(1_000_00), []);
    expect(result.totalFactor).toBe(0);
    expect(result.decision.explanation).toMatch(/no accepted factor/);
  });

  it('1609.7101-2: a factor for no element of the method is refused, naming the field', () => {
    expect(() =>
      amountForAcceptedFactors(fehbar, premiumBase(1_000_00), [
        { elementId: 'clinical-quality', factor: 0.001 },
      ]),
    ).toThrow(PshbError);
    try {
      amountForAcceptedFactors(fehbar, premiumBase(1_000_00), [
        { elementId: 'customer-service', factor: 0.001 },
        { elementId: 'customer-service', factor: 0.002 },
      ]);
    } catch (error) {
      expect((error as PshbError).details[0]!.field).toBe('accepted[1].elementId');
    }
  });
});
