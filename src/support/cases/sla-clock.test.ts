import { describe, expect, it } from 'vitest';
import { resolveSupportPlan } from '../plan/load-plan.ts';
import { dueAt, slaTarget } from './sla-clock.ts';

const plan = resolveSupportPlan('open-season-77').plan;

describe('SLA clock', () => {
  it("takes the plan's target for the priority", () => {
    expect(slaTarget(plan, 'plan-questions', 'normal').resolveWithinHours).toBe(72);
    expect(slaTarget(plan, 'plan-questions', 'urgent').resolveWithinHours).toBe(4);
  });

  it("prefers the request type's own target at that priority", () => {
    const target = slaTarget(plan, 'technical-faults', 'normal');
    expect(target.resolveWithinHours).toBe(24);
    expect(target.basis).toContain('technical-faults');
    expect(slaTarget(plan, 'technical-faults', 'urgent').resolveWithinHours).toBe(4);
  });

  it('counts wall-clock hours from when the clock started', () => {
    const start = new Date('2024-11-11T14:00:00Z');
    expect(dueAt(plan, 'complaints', 'normal', start).toISOString()).toBe('2024-11-13T14:00:00.000Z');
  });

  it('falls back to the default targets for a plan without them', () => {
    const { caseTargets: _, ...bare } = plan;
    expect(slaTarget(bare, 'plan-questions', 'high')).toEqual({
      resolveWithinHours: 24,
      basis: 'default: high priority',
    });
  });
});
