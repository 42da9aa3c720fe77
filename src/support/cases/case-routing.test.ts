import { describe, expect, it } from 'vitest';
import { resolveSupportPlan } from '../plan/load-plan.ts';
import { routeNewCase } from './case-routing.ts';

const plan = resolveSupportPlan('open-season-77').plan;

describe('routing a new case', () => {
  it("queues it at the rule's entry tier, in the request type's skill", () => {
    expect(routeNewCase(plan, 'part-b-medicare')).toMatchObject({ partner: 'helpline', skill: 'medicare' });
  });

  it('sends a referred request type to the partner it is referred to', () => {
    expect(routeNewCase(plan, 'login-identity')).toMatchObject({ partner: 'login-gov', skill: 'portal' });
  });

  it('lets an overflow partner keep the case it answered, and refuses one the plan does not allow', () => {
    expect(routeNewCase(plan, 'enrollment-help', 'retirement-information-office').partner).toBe(
      'retirement-information-office',
    );
    expect(() => routeNewCase(plan, 'enrollment-help', 'login-gov')).toThrow(/does not handle/);
  });

  it('refuses a request type the plan does not define', () => {
    expect(() => routeNewCase(plan, 'weather')).toThrow(/no request type "weather"/);
  });
});
