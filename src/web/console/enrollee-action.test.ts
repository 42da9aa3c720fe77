import { describe, expect, it } from 'vitest';
import type { EnrollmentStanding, PlanOffer } from './console-types.ts';
import { actionsAllowed, EMPTY_ACTION, enrolleeActionBody, enrolleeActionErrors } from './enrollee-action.ts';

const standing: Pick<EnrollmentStanding, 'allowedActions'> = {
  allowedActions: [
    {
      action: 'open_season_change',
      to: 'enrolled',
      citation: '5 CFR 890.1606(e)',
      permission: 'enrollment.elect',
    },
    {
      action: 'open_season_decline',
      to: 'declined',
      citation: '5 CFR 890.1605(b)(1)(i)',
      permission: 'enrollment.elect',
    },
    { action: 'suspend', to: 'suspended', citation: '5 CFR 890.304(d)', permission: 'enrollment.elect' },
    {
      action: 'death_of_enrollee',
      to: 'terminated',
      citation: '5 CFR 890.401(a)',
      permission: 'enrollment.administer',
    },
    { action: 'cancel', to: 'cancelled', citation: '5 CFR 890.1606', permission: 'enrollment.elect' },
  ],
};

const offer: Pick<PlanOffer, 'enrollmentCode' | 'enrollmentType' | 'carrier' | 'plan' | 'option'> = {
  enrollmentCode: '23A',
  enrollmentType: 'self_only',
  carrier: { code: 'APWU', name: 'APWU Health Plan' },
  plan: { code: '23', name: 'APWU Health Plan' },
  option: { code: '1', name: 'High Option' },
};

describe('enrollee actions in the console', () => {
  it('offers the enrollee actions the state allows, once each', () => {
    expect(actionsAllowed(standing)).toEqual(['open_season_change', 'open_season_decline', 'cancel']);
  });

  it('asks for the plan, the life event and a reason where the action needs them', () => {
    expect(enrolleeActionErrors({ ...EMPTY_ACTION, action: 'open_season_change' })).toEqual({
      enrollmentType: 'form.required',
      enrollmentCode: 'form.required',
      reason: 'form.required',
    });
    expect(
      enrolleeActionErrors({
        ...EMPTY_ACTION,
        action: 'life_event_change',
        eventDate: '11/02/2024',
        reason: 'x',
      }),
    ).toMatchObject({ event: 'form.required', change: 'form.required', eventDate: 'form.date' });
    expect(enrolleeActionErrors({ ...EMPTY_ACTION, action: 'open_season_decline', reason: 'asked' })).toEqual(
      {},
    );
  });

  it('builds the transition with the coverage of the chosen plan', () => {
    const values = {
      ...EMPTY_ACTION,
      action: 'open_season_change',
      enrollmentType: 'self_only',
      enrollmentCode: '23A',
      reason: ' Caller asked by phone ',
    };
    expect(enrolleeActionBody(values, [offer], 'TOS-2024')).toEqual({
      action: 'open_season_change',
      reason: 'Caller asked by phone',
      openSeasonId: 'TOS-2024',
      coverage: { enrollmentCode: '23A', planCode: '23', optionCode: '1', enrollmentType: 'self_only' },
    });
    expect(
      enrolleeActionBody({ ...EMPTY_ACTION, action: 'open_season_decline', reason: 'r' }, [], 'TOS-2024'),
    ).toEqual({ action: 'open_season_decline', reason: 'r', openSeasonId: 'TOS-2024' });
  });
});
