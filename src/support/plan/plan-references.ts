// What the cross-reference checks share: the identifiers the plan defines (each list checked for
// duplicates as it is read) and the list the problems found are added to, in the order found.
import type { ProblemDetail } from '../../errors.ts';
import type { SupportPlan } from './support-plan.ts';

type Partner = SupportPlan['partners'][number];

export class PlanReferences {
  readonly plan: SupportPlan;
  readonly problems: ProblemDetail[] = [];
  readonly partners: ReadonlySet<string>;
  readonly skills: ReadonlySet<string>;
  readonly requestTypes: ReadonlySet<string>;
  readonly messages: ReadonlySet<string>;
  readonly paths: ReadonlySet<string>;
  readonly partnerById: ReadonlyMap<string, Partner>;

  constructor(plan: SupportPlan) {
    this.plan = plan;
    this.partners = this.unique(
      'partners',
      plan.partners.map((p) => p.id),
      'partner',
    );
    this.skills = this.unique(
      'skills',
      plan.skills.map((s) => s.id),
      'skill',
    );
    this.requestTypes = this.unique(
      'requestTypes',
      plan.requestTypes.map((r) => r.id),
      'request type',
    );
    this.messages = this.unique(
      'ivr.messages',
      plan.ivr.messages.map((m) => m.id),
      'message',
    );
    this.paths = this.unique(
      'escalationPaths',
      plan.escalationPaths.map((e) => e.id),
      'escalation path',
    );
    this.unique(
      'contingency.levels',
      plan.contingency.levels.map((l) => l.id),
      'contingency level',
    );
    this.unique(
      'scriptedAnswers',
      plan.scriptedAnswers.map((s) => s.id),
      'scripted answer',
    );
    this.partnerById = new Map(plan.partners.map((p) => [p.id, p]));
  }

  problem(field: string, message: string): void {
    this.problems.push({ field, message });
  }

  /** True when the partner is defined; a problem otherwise. */
  knownPartner(field: string, id: string): boolean {
    if (this.partners.has(id)) return true;
    this.problem(field, `no partner "${id}" is defined in partners`);
    return false;
  }

  knownRequestType(field: string, id: string): void {
    if (!this.requestTypes.has(id)) this.problem(field, `no request type "${id}" is defined in requestTypes`);
  }

  private unique(field: string, ids: readonly string[], what: string): Set<string> {
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) this.problem(`${field}[${index}].id`, `${what} "${id}" is defined twice`);
      seen.add(id);
    });
    return seen;
  }
}
