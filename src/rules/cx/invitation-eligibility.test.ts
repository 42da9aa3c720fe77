import { describe, expect, it } from 'vitest';
import { invitationEligibility, type InvitationFacts } from './invitation-eligibility.ts';

const base: InvitationFacts = {
  channel: 'phone',
  channelSurveyed: true,
  sampled: true,
  invitedThisPeriod: false,
  openCase: false,
  skipDuringOpenCase: true,
  period: 'FY2025-Q1',
};

describe('A-11 Section 280 / 5 CFR 1320.9(c): invitation eligibility', () => {
  it('invites a sampled transaction through a surveyed channel', () => {
    expect(invitationEligibility(base).outcome).toBe('invite');
  });
  it('once per person per period', () => {
    const made = invitationEligibility({ ...base, invitedThisPeriod: true });
    expect(made.outcome).toBe('already_invited');
    expect(made.explanation).toContain('FY2025-Q1');
  });
  it('never during an open support case', () => {
    expect(invitationEligibility({ ...base, openCase: true }).outcome).toBe('open_case');
    expect(invitationEligibility({ ...base, openCase: true, skipDuringOpenCase: false }).outcome).toBe(
      'invite',
    );
  });
  it('not outside the sample or the surveyed channels', () => {
    expect(invitationEligibility({ ...base, sampled: false }).outcome).toBe('not_sampled');
    expect(invitationEligibility({ ...base, channelSurveyed: false }).outcome).toBe('channel_not_surveyed');
  });
});
