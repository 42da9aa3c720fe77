// Who may do what to which data: a pure function of the principal, the action and the resource.
// Each action names the kind of resource it touches, whether it changes anything, and which roles may
// take it; the role's data scope (own household, routed cases, own carriers' enrollees) is then checked
// against the resource. docs/security.md has the same table in words.
import type { Principal, Role } from './principal.ts';

export type ResourceKind =
  'person' | 'enrollment' | 'case' | 'report' | 'audit_log' | 'plan' | 'exchange' | 'performance';

export interface Resource {
  readonly kind: ResourceKind;
  /** The person the data is about (for an enrollment or a case: its enrollee or covered person). */
  readonly personId?: number;
  /** The household the person belongs to (the enrollee's person id). */
  readonly householdId?: number;
  /**
   * The carriers the person is enrolled with (for a report, the carriers it covers; for a carrier
   * performance evaluation or its evidence, the carrier evaluated).
   */
  readonly carrierCodes?: readonly string[];
  /** The partner organization that owns the resource, when one does. */
  readonly partnerOrganization?: string;
  /** The partner organizations the person's open cases are routed to. */
  readonly routedTo?: readonly string[];
  /**
   * For a case a support specialist opens: whether it identified the caller (its own caller search,
   * verified identifiers, or the person's case already with its partner). Only `false` refuses.
   */
  readonly callerIdentified?: boolean;
}

export interface ActionRule {
  readonly kind: ResourceKind;
  /** Changes data (auditors never may). */
  readonly change: boolean;
  /** Touches one person's data: the role's data scope applies. */
  readonly personal: boolean;
  readonly roles: readonly Role[];
}

const ALL: readonly Role[] = [
  'enrollee',
  'support_specialist',
  'carrier',
  'program_administrator',
  'auditor',
];
const STAFF_READ: readonly Role[] = ['support_specialist', 'carrier', 'program_administrator', 'auditor'];

/** Every action the API may ask about. */
export const ACTIONS = {
  'person.read': { kind: 'person', change: false, personal: true, roles: ALL },
  /** The whole SSN or Medicare number, unmasked (docs/security.md, "What is masked for whom"). */
  'person.read_identifiers': {
    kind: 'person',
    change: false,
    personal: true,
    roles: ['carrier', 'program_administrator'],
  },
  'person.update_contact': {
    kind: 'person',
    change: true,
    personal: true,
    roles: ['enrollee', 'support_specialist', 'program_administrator'],
  },
  /** Find a caller by last name and the last four digits of the SSN; the answer is masked. */
  'person.search': {
    kind: 'person',
    change: false,
    personal: false,
    roles: ['support_specialist', 'program_administrator', 'auditor'],
  },
  'person.list': {
    kind: 'person',
    change: false,
    personal: false,
    roles: ['program_administrator', 'auditor'],
  },
  'enrollment.read': { kind: 'enrollment', change: false, personal: true, roles: ALL },
  /** Elect, change, decline, cancel, report a life event. */
  'enrollment.elect': {
    kind: 'enrollment',
    change: true,
    personal: true,
    roles: ['enrollee', 'support_specialist', 'program_administrator'],
  },
  /** Corrections with retroactive effect, removals, suspensions, court orders (890.103, 890.1608). */
  'enrollment.administer': {
    kind: 'enrollment',
    change: true,
    personal: true,
    roles: ['program_administrator'],
  },
  'case.read': { kind: 'case', change: false, personal: true, roles: ALL },
  /** Open a case, e.g. a reconsideration request (890.1607). */
  'case.create': {
    kind: 'case',
    change: true,
    personal: true,
    roles: ['enrollee', 'support_specialist', 'program_administrator'],
  },
  'case.update': {
    kind: 'case',
    change: true,
    personal: true,
    roles: ['support_specialist', 'program_administrator'],
  },
  'case.decide': { kind: 'case', change: true, personal: true, roles: ['program_administrator'] },
  /** Send a document that proves a Part B exception (5 CFR 890.1604(e)). */
  'document.send': {
    kind: 'person',
    change: true,
    personal: true,
    roles: ['enrollee', 'support_specialist', 'program_administrator'],
  },
  /** The list of a person's Part B documents and their reviews (not the files). */
  'document.read': {
    kind: 'person',
    change: false,
    personal: true,
    roles: ['enrollee', 'support_specialist', 'program_administrator', 'auditor'],
  },
  /** Open the file itself, or list the documents waiting for review. */
  'document.read_content': {
    kind: 'person',
    change: false,
    personal: true,
    roles: ['program_administrator', 'auditor'],
  },
  'document.list': {
    kind: 'person',
    change: false,
    personal: false,
    roles: ['program_administrator', 'auditor'],
  },
  /** Accept or reject a Part B document; accepted, it is the evidence the rules read. */
  'document.review': { kind: 'person', change: true, personal: true, roles: ['program_administrator'] },
  'report.read': { kind: 'report', change: false, personal: false, roles: STAFF_READ },
  'audit_log.read': {
    kind: 'audit_log',
    change: false,
    personal: false,
    roles: ['program_administrator', 'auditor'],
  },
  /** No role may change the audit log; the action exists so a request to do it is refused and audited. */
  'audit_log.change': { kind: 'audit_log', change: true, personal: false, roles: [] },
  'plan.read': { kind: 'plan', change: false, personal: false, roles: ALL },
  /** The carrier data exchange: partners, files, acknowledgments, exceptions, reconciliations. */
  'exchange.read': {
    kind: 'exchange',
    change: false,
    personal: false,
    roles: ['carrier', 'program_administrator', 'auditor'],
  },
  /** What a partner was told about one member: the events its files carried for them. */
  'exchange.read_member': {
    kind: 'exchange',
    change: false,
    personal: true,
    roles: ['carrier', 'program_administrator', 'auditor'],
  },
  /** Work the exception queue: assign an item, resolve it with a note. */
  'exchange.work': { kind: 'exchange', change: true, personal: false, roles: ['program_administrator'] },
  'plan.manage': { kind: 'plan', change: true, personal: false, roles: ['program_administrator'] },
  /** A carrier's performance evaluations and their evidence (48 CFR 1609.7101); a carrier its own only. */
  'performance.read': {
    kind: 'performance',
    change: false,
    personal: false,
    roles: ['contracting_officer', 'program_administrator', 'auditor', 'carrier'],
  },
  /** Record evidence, propose an evaluation, accept or change its factors, issue its determination. */
  'performance.evaluate': {
    kind: 'performance',
    change: true,
    personal: false,
    roles: ['contracting_officer', 'program_administrator'],
  },
  /** A carrier answers a finding on its own evaluation or asks for its reconsideration. */
  'performance.respond': { kind: 'performance', change: true, personal: false, roles: ['carrier'] },
} as const satisfies Record<string, ActionRule>;

export type Action = keyof typeof ACTIONS;

export type AccessDecision =
  { readonly allowed: true; readonly reason: string } | { readonly allowed: false; readonly reason: string };

function allow(reason: string): AccessDecision {
  return { allowed: true, reason };
}

function refuse(reason: string): AccessDecision {
  return { allowed: false, reason };
}

export function isAction(name: string): name is Action {
  return Object.hasOwn(ACTIONS, name);
}

export function authorize(principal: Principal, action: Action, resource: Resource): AccessDecision {
  const rule: ActionRule | undefined = isAction(action) ? ACTIONS[action] : undefined;
  if (!rule) return refuse(`unknown action ${String(action)}`);
  if (rule.kind !== resource.kind)
    return refuse(`${action} applies to a ${rule.kind}, not a ${resource.kind}`);
  if (!rule.roles.includes(principal.role)) return refuse(`the ${principal.role} role may not ${action}`);
  if (rule.kind === 'report' && principal.role === 'carrier') return carrierReport(principal, resource);
  if (rule.kind === 'exchange' && principal.role === 'carrier') return carrierExchange(principal, resource);
  if (rule.kind === 'performance' && principal.role === 'carrier')
    return carrierPerformance(principal, resource);
  // A case grants the specialist's partner access to the person: it may only follow identifying them.
  if (
    action === 'case.create' &&
    principal.role === 'support_specialist' &&
    resource.callerIdentified === false
  )
    return refuse(
      'the specialist has not identified this caller: no recent caller search found them, no matching last name and SSN last four were given, and no case of theirs is with this partner',
    );
  if (!rule.personal) return allow(`the ${principal.role} role may ${action}`);
  return inScope(principal, resource);
}

/** A carrier reads reports on its own plans only, not program-wide figures on its competitors. */
function carrierReport(principal: Principal, resource: Resource): AccessDecision {
  const own = principal.carrierCodes ?? [];
  const covered = resource.carrierCodes ?? [];
  if (covered.length > 0 && covered.every((code) => own.includes(code)))
    return allow("a report on the carrier's own plans");
  return refuse("the report covers other carriers' plans");
}

/**
 * A carrier reads what the exchange sent to and received from its own carriers only: their files,
 * exception items, discrepancies and what their files told about a member, never another carrier's.
 */
function carrierExchange(principal: Principal, resource: Resource): AccessDecision {
  const own = principal.carrierCodes ?? [];
  const partners = resource.carrierCodes ?? [];
  if (partners.length > 0 && partners.every((code) => own.includes(code)))
    return allow("the carrier's own exchange data");
  return refuse("another carrier's exchange data");
}

/** A carrier reads and answers its own performance evaluations only, never another carrier's. */
function carrierPerformance(principal: Principal, resource: Resource): AccessDecision {
  const own = principal.carrierCodes ?? [];
  const evaluated = resource.carrierCodes ?? [];
  if (evaluated.length > 0 && evaluated.every((code) => own.includes(code)))
    return allow("the carrier's own performance evaluation");
  return refuse("another carrier's performance evaluation");
}

/** Whether the person the resource is about lies within the principal's data scope. */
function inScope(principal: Principal, resource: Resource): AccessDecision {
  switch (principal.role) {
    case 'program_administrator':
      return allow('program administrators act on every record');
    case 'auditor':
      return allow('auditors read every record');
    case 'enrollee': {
      const self = principal.personId;
      if (self === undefined) return refuse('this sign-in is not linked to a person');
      if (resource.personId === undefined) return refuse('the record names no person');
      if (resource.personId === self) return allow('own record');
      if (resource.householdId !== undefined && resource.householdId === self)
        return allow("a family member in the enrollee's own enrollment");
      return refuse("not the enrollee's own record or family");
    }
    case 'support_specialist': {
      const org = principal.partnerOrganization;
      if (!org) return refuse('this sign-in is not linked to a partner organization');
      if (resource.routedTo?.includes(org)) return allow(`a case of this person is routed to ${org}`);
      if (resource.partnerOrganization === org) return allow(`the record belongs to ${org}`);
      return refuse(`no case of this person is routed to ${org}`);
    }
    case 'carrier': {
      const own = principal.carrierCodes ?? [];
      const theirs = resource.carrierCodes ?? [];
      const shared = theirs.find((code) => own.includes(code));
      if (shared !== undefined) return allow(`enrolled in a plan of carrier ${shared}`);
      return refuse("not enrolled in this carrier's plans");
    }
    case 'contracting_officer':
      return refuse("contracting officers evaluate carriers; they read no person's record");
  }
}
