import { describe, expect, it } from 'vitest';
import { resolveSupportPlan } from '../plan/load-plan.ts';
import { checkTransfer, escalationTarget, partnersFor } from './transfer-policy.ts';

const plan = resolveSupportPlan('open-season-77').plan;

describe('warm transfer and escalation by the plan', () => {
  it('allows the RACI partners (not those only informed) and the overflow tiers', () => {
    const partners = partnersFor(plan, 'enrollment-help');
    expect(partners).toEqual(
      expect.arrayContaining([
        'helpline',
        'retirement-information-office',
        'opm-healthcare-insurance',
        'enrollment-reconciliation-team',
        'postal-health-benefits-team',
      ]),
    );
    expect(partnersFor(plan, 'portal-navigation')).not.toContain('dol-owcp');
  });

  it('refuses a transfer to a partner the plan does not name, or to the partner holding the case', () => {
    expect(() =>
      checkTransfer(plan, 'enrollment-help', 'helpline', 'enrollment-reconciliation-team'),
    ).not.toThrow();
    expect(() => checkTransfer(plan, 'enrollment-help', 'helpline', 'dol-owcp')).toThrow(
      expect.objectContaining({ code: 'TRANSFER_NOT_ALLOWED' }),
    );
    expect(() => checkTransfer(plan, 'enrollment-help', 'helpline', 'helpline')).toThrow(/already with/);
  });

  it("escalates along a path's first step beyond the holder, or to the accountable partner", () => {
    expect(escalationTarget(plan, 'technical-faults', 'helpline', 'technical-incident')).toEqual({
      partner: 'technical-command-center',
      path: 'technical-incident',
      withinMinutes: 15,
      channel: 'incident bridge',
    });
    expect(escalationTarget(plan, 'complaints', 'helpline').partner).toBe('postal-health-benefits-team');
    expect(() => escalationTarget(plan, 'complaints', 'postal-health-benefits-team')).toThrow(
      expect.objectContaining({ code: 'TRANSFER_NOT_ALLOWED' }),
    );
    expect(() => escalationTarget(plan, 'complaints', 'helpline', 'nowhere')).toThrow(/no escalation path/);
  });
});
