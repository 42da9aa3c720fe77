import { describe, expect, it } from 'vitest';
import { ACTIONS, authorize, type Action, type Resource } from './access-policy.ts';
import type { Principal } from './principal.ts';

const enrollee: Principal = { subject: 'e', role: 'enrollee', personId: 100 };
const spouse: Principal = { subject: 's', role: 'enrollee', personId: 101 };
const specialist: Principal = { subject: 'ss', role: 'support_specialist', partnerOrganization: 'USPS-HR' };
const carrier: Principal = { subject: 'c', role: 'carrier', carrierCodes: ['AB'] };
const admin: Principal = { subject: 'a', role: 'program_administrator' };
const auditor: Principal = { subject: 'au', role: 'auditor' };

// Household 100: the enrollee (100), the spouse (101), a child (102); enrolled with carrier AB.
const own: Resource = { kind: 'person', personId: 100, householdId: 100, carrierCodes: ['AB'] };
const child: Resource = { kind: 'person', personId: 102, householdId: 100, carrierCodes: ['AB'] };
const stranger: Resource = {
  kind: 'person',
  personId: 200,
  householdId: 200,
  carrierCodes: ['CD'],
  routedTo: ['SSA'],
};
const routed: Resource = { kind: 'person', personId: 300, householdId: 300, routedTo: ['USPS-HR'] };
const enrollmentOf = (r: Resource): Resource => ({ ...r, kind: 'enrollment' });

const allowed = (p: Principal, a: Action, r: Resource) => authorize(p, a, r).allowed;

describe('enrollee: own record and own family only', () => {
  it('reads and changes their own record and enrollment', () => {
    expect(allowed(enrollee, 'person.read', own)).toBe(true);
    expect(allowed(enrollee, 'enrollment.elect', enrollmentOf(own))).toBe(true);
    expect(allowed(enrollee, 'case.create', { ...own, kind: 'case' })).toBe(true);
  });
  it("reads their family members' records", () => {
    expect(allowed(enrollee, 'person.read', child)).toBe(true);
  });
  it("is refused a stranger's record", () => {
    const decision = authorize(enrollee, 'person.read', stranger);
    expect(decision).toEqual({ allowed: false, reason: "not the enrollee's own record or family" });
    expect(allowed(enrollee, 'enrollment.read', enrollmentOf(stranger))).toBe(false);
  });
  it("a spouse signed in sees their own record, not the rest of the household's", () => {
    expect(allowed(spouse, 'person.read', { kind: 'person', personId: 101, householdId: 100 })).toBe(true);
    expect(allowed(spouse, 'person.read', child)).toBe(false);
  });
  it('is refused staff actions, reports and the audit log, and unmasked identifiers', () => {
    expect(allowed(enrollee, 'enrollment.administer', enrollmentOf(own))).toBe(false);
    expect(allowed(enrollee, 'case.decide', { ...own, kind: 'case' })).toBe(false);
    expect(allowed(enrollee, 'report.read', { kind: 'report' })).toBe(false);
    expect(allowed(enrollee, 'audit_log.read', { kind: 'audit_log' })).toBe(false);
    expect(allowed(enrollee, 'person.read_identifiers', own)).toBe(false);
    expect(allowed(enrollee, 'plan.read', { kind: 'plan' })).toBe(true);
  });
  it('a sign-in with no person linked sees no one', () => {
    expect(allowed({ subject: 'x', role: 'enrollee' }, 'person.read', own)).toBe(false);
  });
});

describe('support specialist: people whose cases are routed to their organization', () => {
  it('reads and acts on a routed person', () => {
    expect(allowed(specialist, 'person.read', routed)).toBe(true);
    expect(allowed(specialist, 'enrollment.elect', enrollmentOf(routed))).toBe(true);
    expect(allowed(specialist, 'case.update', { ...routed, kind: 'case' })).toBe(true);
  });
  it('is refused a person whose cases go to another organization', () => {
    expect(allowed(specialist, 'person.read', stranger)).toBe(false);
    expect(allowed(specialist, 'person.read', own)).toBe(false);
  });
  it('reads plans and reports, not the audit log; decides nothing', () => {
    expect(allowed(specialist, 'plan.read', { kind: 'plan' })).toBe(true);
    expect(allowed(specialist, 'report.read', { kind: 'report' })).toBe(true);
    expect(allowed(specialist, 'audit_log.read', { kind: 'audit_log' })).toBe(false);
    expect(allowed(specialist, 'case.decide', { ...routed, kind: 'case' })).toBe(false);
    expect(allowed(specialist, 'person.read_identifiers', routed)).toBe(false);
  });
});

describe("carrier: its own plans' enrollees only", () => {
  it('reads its own enrollee, with identifiers for reconciliation', () => {
    expect(allowed(carrier, 'person.read', own)).toBe(true);
    expect(allowed(carrier, 'enrollment.read', enrollmentOf(own))).toBe(true);
    expect(allowed(carrier, 'person.read_identifiers', own)).toBe(true);
  });
  it("is refused another carrier's enrollee", () => {
    const decision = authorize(carrier, 'person.read', stranger);
    expect(decision).toEqual({ allowed: false, reason: "not enrolled in this carrier's plans" });
    expect(allowed(carrier, 'enrollment.read', enrollmentOf(stranger))).toBe(false);
    expect(allowed(carrier, 'person.read', { kind: 'person', personId: 5 })).toBe(false);
  });
  it('changes no enrollment', () => {
    expect(allowed(carrier, 'enrollment.elect', enrollmentOf(own))).toBe(false);
  });
  it('reads reports on its own plans only', () => {
    expect(allowed(carrier, 'report.read', { kind: 'report', carrierCodes: ['AB'] })).toBe(true);
    expect(allowed(carrier, 'report.read', { kind: 'report', carrierCodes: ['AB', 'CD'] })).toBe(false);
    expect(allowed(carrier, 'report.read', { kind: 'report' })).toBe(false);
  });
});

describe("carrier data exchange: a carrier its own carriers' data, program staff all of it", () => {
  const exchange = (...carrierCodes: string[]): Resource => ({ kind: 'exchange', carrierCodes });
  it("a carrier reads its own files and members, not another carrier's, and works no exception", () => {
    expect(allowed(carrier, 'exchange.read', exchange('AB'))).toBe(true);
    expect(allowed(carrier, 'exchange.read_member', { ...exchange('AB'), personId: 7 })).toBe(true);
    expect(authorize(carrier, 'exchange.read', exchange('CD'))).toEqual({
      allowed: false,
      reason: "another carrier's exchange data",
    });
    expect(allowed(carrier, 'exchange.read', exchange('AB', 'CD'))).toBe(false);
    expect(allowed(carrier, 'exchange.read', exchange())).toBe(false);
    expect(allowed(carrier, 'exchange.work', exchange('AB'))).toBe(false);
  });
  it('enrollees and support specialists read none of it', () => {
    for (const who of [enrollee, specialist]) {
      expect(allowed(who, 'exchange.read', exchange('AB')), who.role).toBe(false);
      expect(allowed(who, 'exchange.read_member', { ...exchange('AB'), personId: 100 }), who.role).toBe(
        false,
      );
    }
  });
  it('program administrators read and work every partner; auditors read only', () => {
    expect(allowed(admin, 'exchange.work', exchange('CD'))).toBe(true);
    expect(allowed(auditor, 'exchange.read', exchange('CD'))).toBe(true);
    expect(allowed(auditor, 'exchange.work', exchange('CD'))).toBe(false);
  });
});

describe('program administrator: everything except changing the audit log and speaking for a carrier', () => {
  it('is allowed every action but audit_log.change and performance.respond', () => {
    const notTheirs = new Set(['audit_log.change', 'performance.respond']);
    for (const [action, rule] of Object.entries(ACTIONS)) {
      const resource: Resource = { ...stranger, kind: rule.kind };
      expect(allowed(admin, action as Action, resource), action).toBe(!notTheirs.has(action));
    }
  });
});

describe('carrier performance evaluations (48 CFR 1609.7101)', () => {
  const officer: Principal = { subject: 'co', role: 'contracting_officer' };
  const nalc: Principal = { subject: 'c', role: 'carrier', carrierCodes: ['NALC'] };
  const evaluation = (code: string): Resource => ({ kind: 'performance', carrierCodes: [code] });

  it("a carrier reads and answers its own evaluation, never another carrier's", () => {
    expect(allowed(nalc, 'performance.read', evaluation('NALC'))).toBe(true);
    expect(allowed(nalc, 'performance.respond', evaluation('NALC'))).toBe(true);
    expect(allowed(nalc, 'performance.read', evaluation('UHC'))).toBe(false);
    expect(allowed(nalc, 'performance.respond', evaluation('UHC'))).toBe(false);
    expect(allowed(nalc, 'performance.read', { kind: 'performance' })).toBe(false);
    expect(allowed(nalc, 'performance.evaluate', evaluation('NALC'))).toBe(false);
  });

  it('the contracting officer reads and decides every carrier, and reads no person', () => {
    expect(allowed(officer, 'performance.read', evaluation('UHC'))).toBe(true);
    expect(allowed(officer, 'performance.evaluate', evaluation('UHC'))).toBe(true);
    expect(allowed(officer, 'performance.respond', evaluation('UHC'))).toBe(false);
    expect(allowed(officer, 'person.read', stranger)).toBe(false);
  });

  it('auditors read every evaluation and change none; enrollees and specialists see none', () => {
    expect(allowed(auditor, 'performance.read', evaluation('UHC'))).toBe(true);
    expect(allowed(auditor, 'performance.evaluate', evaluation('UHC'))).toBe(false);
    expect(
      allowed({ subject: 'e', role: 'enrollee', personId: 1 }, 'performance.read', evaluation('UHC')),
    ).toBe(false);
  });
});

describe('auditor: reads everything including the audit log, changes nothing', () => {
  it('is allowed every read and refused every change', () => {
    for (const [action, rule] of Object.entries(ACTIONS)) {
      const resource: Resource = { ...stranger, kind: rule.kind };
      const expected = !rule.change && action !== 'person.read_identifiers';
      expect(allowed(auditor, action as Action, resource), action).toBe(expected);
    }
    expect(allowed(auditor, 'audit_log.read', { kind: 'audit_log' })).toBe(true);
  });
});

describe('the table', () => {
  it('refuses an action on the wrong kind of resource and an unknown action', () => {
    expect(allowed(admin, 'person.read', { kind: 'plan' })).toBe(false);
    expect(allowed(admin, 'person.delete' as Action, own)).toBe(false);
  });
});
