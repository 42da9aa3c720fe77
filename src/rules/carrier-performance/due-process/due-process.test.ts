import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  actorAllowed,
  dueProcessParametersSchema,
  moneyStatement,
  nextState,
  rebateDueOn,
  reconsiderationDueOn,
  responseDueOn,
  splitWithhold,
  stepAllowed,
  withholdPayments,
  withholdSchedule,
  withinWindow,
  type MoneyEntry,
} from './index.ts';

const parameters = dueProcessParametersSchema.parse(
  JSON.parse(
    readFileSync(
      new URL('../../../../reference-data/carrier-performance/due-process/due-process.json', import.meta.url),
      'utf8',
    ),
  ),
);

const officer = { subject: 'co-1', role: 'contracting_officer' };
const carrier = { subject: 'carrier-1', role: 'carrier', carrierCodes: ['FEP'] };

describe('reference-data/carrier-performance/due-process/due-process.json', () => {
  it('is valid, versioned and sourced, with UNCONFIRMED where no official source says', () => {
    expect(parameters.version).toMatch(/\d/);
    expect(parameters.responseWindow.source).toMatch(/^UNCONFIRMED/);
    expect(parameters.rebate.days).toBe(60);
    expect(parameters.withhold.paymentsPerQuarter).toBe(3);
  });

  it('names the field of a bad value', () => {
    const bad = dueProcessParametersSchema.safeParse({
      ...parameters,
      rebate: { ...parameters.rebate, days: 0 },
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['rebate', 'days']);
  });
});

describe('48 CFR 1609.7101-2: the state machine of due process', () => {
  it('issues the findings notice only on an accepted evaluation', () => {
    expect(nextState('issue_findings_notice', 'accepted')).toBe('notice_issued');
    expect(nextState('issue_findings_notice', 'proposed')).toBeNull();
    expect(stepAllowed('issue_findings_notice', 'final').outcome).toBe('refused');
    expect(stepAllowed('issue_findings_notice', 'final').explanation).toContain('accepted');
  });

  it('walks proposed → accepted → notice_issued → under_reconsideration → final → settled', () => {
    expect(nextState('request_reconsideration', 'notice_issued')).toBe('under_reconsideration');
    expect(nextState('decide_reconsideration', 'under_reconsideration')).toBe('under_reconsideration');
    expect(nextState('issue_final_determination', 'under_reconsideration')).toBe('final');
    expect(nextState('issue_final_determination', 'notice_issued')).toBe('final');
    expect(nextState('settle', 'final')).toBe('settled');
    expect(nextState('record_money', 'settled')).toBeNull();
    expect(nextState('request_reconsideration', 'final')).toBeNull();
  });

  it('lets the carrier respond and ask for reconsideration on its own evaluation only', () => {
    expect(actorAllowed('request_reconsideration', carrier, 'FEP').outcome).toBe('allowed');
    expect(actorAllowed('request_reconsideration', carrier, 'AET').outcome).toBe('refused');
    expect(actorAllowed('decide_reconsideration', carrier, 'FEP').outcome).toBe('refused');
    expect(actorAllowed('read', carrier, 'FEP').outcome).toBe('allowed');
    expect(actorAllowed('read', carrier, 'AET').outcome).toBe('refused');
  });

  it('lets the contracting officer decide on every carrier, auditors only read, others nothing', () => {
    expect(actorAllowed('issue_final_determination', officer, 'AET').outcome).toBe('allowed');
    expect(actorAllowed('read', { subject: 'a', role: 'auditor' }, 'AET').outcome).toBe('allowed');
    expect(actorAllowed('record_money', { subject: 'a', role: 'auditor' }, 'AET').outcome).toBe('refused');
    expect(actorAllowed('read', { subject: 'e', role: 'enrollee' }, 'AET').outcome).toBe('refused');
  });
});

describe('deadlines', () => {
  it('48 CFR 1609.7101-2: the response and reconsideration windows run from the findings notice', () => {
    expect(responseDueOn(parameters, '2028-03-01')).toBe('2028-03-31');
    expect(responseDueOn(parameters, '2028-03-01', 10)).toBe('2028-03-11');
    expect(reconsiderationDueOn(parameters, '2028-03-01')).toBe('2028-03-31');
    expect(withinWindow('response', '2028-03-31', '2028-03-31', 'x').outcome).toBe('within');
    expect(withinWindow('response', '2028-04-01', '2028-03-31', 'x').outcome).toBe('late');
  });

  it('63 FR 55337: the rebate is due 60 days after the final determination', () => {
    expect(rebateDueOn(parameters, '2028-06-01')).toBe('2028-07-31');
  });

  it('48 CFR 1632.170(a)(2): the withhold comes from the first quarter payments of the following contract period', () => {
    expect(withholdPayments(parameters, '2028-07-31')).toEqual([
      { payment: 1, dueOn: '2029-01-01' },
      { payment: 2, dueOn: '2029-02-01' },
      { payment: 3, dueOn: '2029-03-01' },
    ]);
  });
});

describe('48 CFR 1609.7101-2: the withhold split', () => {
  it('puts the remainder on the first payment', () => {
    expect(splitWithhold(100_001, 3)).toEqual([33_335, 33_333, 33_333]);
    expect(splitWithhold(0, 3)).toEqual([0, 0, 0]);
  });

  it('refuses fractions of a cent', () => {
    expect(() => splitWithhold(10.5, 3)).toThrow(RangeError);
  });

  it('sums exactly to the amount, in whole cents, the first never smaller, parts differing by less than the count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 12 }),
        (amount, n) => {
          const parts = splitWithhold(amount, n);
          expect(parts).toHaveLength(n);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
          for (const p of parts) expect(Number.isInteger(p) && p >= 0).toBe(true);
          for (const p of parts.slice(1)) {
            expect(p).toBe(parts[1]);
            expect(parts[0]! - p).toBeLessThan(n);
          }
        },
      ),
    );
  });
});

describe('48 CFR 1632.170(a)(2): the money statement', () => {
  const finalOn = '2028-06-01';
  const schedule = withholdSchedule(parameters, 1_000_000, rebateDueOn(parameters, finalOn));
  const scheduled: MoneyEntry[] = schedule.map((s) => ({
    kind: 'withhold_scheduled',
    amountCents: s.amountCents,
    on: s.dueOn,
    paymentNumber: s.payment,
  }));

  it('63 FR 55337: owes the whole amount, and the rebate is overdue after 60 days with nothing scheduled', () => {
    const before = moneyStatement(parameters, 1_000_000, finalOn, [], '2028-07-31');
    expect(before.balanceCents).toBe(1_000_000);
    expect(before.rebateOverdue).toBe(false);
    const after = moneyStatement(parameters, 1_000_000, finalOn, [], '2028-08-01');
    expect(after.rebateOverdue).toBe(true);
    expect(after.decision.outcome).toBe('owing');
  });

  it('a scheduled withhold is no longer overdue; withheld and deposited amounts settle it', () => {
    const withheld: MoneyEntry[] = schedule.map((s) => ({
      kind: 'withheld',
      amountCents: s.amountCents,
      on: s.dueOn,
      paymentNumber: s.payment,
    }));
    const midway = moneyStatement(parameters, 1_000_000, finalOn, [...scheduled, ...withheld], '2029-04-01');
    expect(midway.rebateOverdue).toBe(false);
    expect(midway.scheduledCents).toBe(1_000_000);
    expect(midway.balanceCents).toBe(0);
    expect(midway.awaitingDepositCents).toBe(1_000_000);
    expect(midway.settleable).toBe(false);
    const deposit: MoneyEntry = {
      kind: 'reserve_deposit',
      amountCents: 1_000_000,
      on: '2029-04-02',
      paymentNumber: null,
    };
    const done = moneyStatement(
      parameters,
      1_000_000,
      finalOn,
      [...scheduled, ...withheld, deposit],
      '2029-04-02',
    );
    expect(done.settleable).toBe(true);
    expect(done.scheduled[0]!.withheldCents).toBe(schedule[0]!.amountCents);
  });

  it('an adjustment in the carrier’s favour owes nothing', () => {
    expect(moneyStatement(parameters, -5_000, finalOn, [], '2028-09-01').settleable).toBe(true);
  });

  it('balance = amount − rebates − withheld, whatever the order of entries', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 5 }),
        (amount, rebates) => {
          const entries: MoneyEntry[] = rebates.map((r) => ({
            kind: 'rebate',
            amountCents: r,
            on: finalOn,
            paymentNumber: null,
          }));
          const s = moneyStatement(parameters, amount, finalOn, entries, finalOn);
          expect(s.balanceCents).toBe(amount - rebates.reduce((a, b) => a + b, 0));
        },
      ),
    );
  });
});
