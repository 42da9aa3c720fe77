// Every decision and notice the portal shows, as a message key of the notices namespace and the facts it
// is said with: never the rules' own words (outcome codes, snake_case values, cents, ISO dates). The
// rules' decisions already carry outcome, citations and facts; this module picks the sentence for the
// outcome, the reason for an eligibility decision, the facts a person can read and how each is written
// (a day, dollars, a plan, a word), and the sentence of a recorded change. Citations stay references.
import notices from '../i18n/locales/en/notices.json';
import type { Coverage, Decision, FactValue } from './portal-types.ts';

/** "part-b" -> "partB": translation keys are camelCase. */
export function ruleKey(rule: string): string {
  return rule.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

const OUTCOMES: Readonly<Record<string, Readonly<Record<string, string>>>> = notices.outcomes as never;

/** The sentence that says a decision's outcome; outcomes.unknown for an outcome no key names yet. */
export function outcomeKey(decision: Pick<Decision, 'rule' | 'outcome'>): string {
  const rule = ruleKey(decision.rule);
  return OUTCOMES[rule]?.[decision.outcome] === undefined
    ? 'outcomes.unknown'
    : `outcomes.${rule}.${decision.outcome}`;
}

/** Which basis of 5 CFR 890.1603 an eligibility decision rests on, read from its facts. */
function eligibilityBasis(outcome: string, facts: Readonly<Record<string, FactValue>>): string {
  const eligible = outcome === 'eligible';
  const { category, relationship, age, temporaryEmployee, lastEmployingAgency } = facts;
  if (category === 'former_spouse') return 'former_spouse';
  const postal = lastEmployingAgency === undefined || lastEmployingAgency === 'postal_service';
  if (relationship !== 'self' && relationship !== null && relationship !== undefined) {
    if (relationship === 'spouse') return eligible ? 'spouse' : 'family_of_ineligible';
    if (relationship !== 'child') return 'not_family';
    if (typeof age === 'number' && age >= 26) return eligible ? 'child_incapable' : 'child_over_age';
    return eligible ? 'child' : 'family_of_ineligible';
  }
  if (!postal && category !== 'family_member') return 'not_postal';
  switch (category) {
    case 'employee':
      if (temporaryEmployee === true) return eligible ? 'temporary_employee' : 'temporary_employee_short';
      return eligible ? 'employee' : 'not_postal';
    case 'compensationer':
      return eligible ? 'compensationer' : 'compensationer_not_found';
    case 'annuitant':
      return eligible ? 'annuitant' : 'not_postal';
    case 'survivor_annuitant':
      return eligible ? 'survivor_annuitant' : 'not_postal';
    default:
      return 'not_in_own_right';
  }
}

/**
 * The reasons an eligibility decision gives, in order (5 CFR 890.1603): the basis, then the exclusion
 * that applied (890.1603(c)) or a Part B exception still awaiting its document (890.1604(e)).
 */
export function reasonKeys(decision: Pick<Decision, 'rule' | 'outcome' | 'facts'>): string[] {
  if (decision.rule !== 'eligibility') return [];
  const { facts } = decision;
  const keys = [`reasons.eligibility.${eligibilityBasis(decision.outcome, facts)}`];
  const exclusion = facts.exclusion;
  if (typeof exclusion === 'string') {
    // Excluded after an eligible basis: say the basis, then the exclusion.
    keys[0] = `reasons.eligibility.${eligibilityBasis('eligible', facts)}`;
    keys.push(`reasons.eligibility.${exclusion}`);
  } else if (decision.outcome === 'eligible' && facts.partB === 'pending_evidence') {
    keys.push('reasons.eligibility.part_b_pending');
  }
  return keys;
}

/** How one fact is written: each kind is formatted in the reader's language by the page. */
export type FactText =
  | { readonly kind: 'word'; readonly key: string }
  | { readonly kind: 'date'; readonly isoDate: string }
  | { readonly kind: 'money'; readonly cents: number }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'yesNo'; readonly yes: boolean }
  | { readonly kind: 'none' }
  | { readonly kind: 'plan'; readonly enrollmentCode: string }
  | { readonly kind: 'code'; readonly code: string };

export interface FactShown {
  readonly name: string;
  readonly labelKey: string;
  readonly text: FactText;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LABELLED = new Set(Object.keys(notices.factNames));
const WORDS = new Set(Object.keys(notices.values));

function factText(name: string, value: FactValue): FactText | null {
  if (value === null) return { kind: 'none' };
  if (typeof value === 'boolean') return { kind: 'yesNo', yes: value };
  if (typeof value === 'number')
    return name.endsWith('Cents') ? { kind: 'money', cents: value } : { kind: 'number', value };
  if (ISO_DATE.test(value)) return { kind: 'date', isoDate: value };
  if (WORDS.has(value)) return { kind: 'word', key: `values.${value}` };
  if (name === 'enrollmentCode') return { kind: 'plan', enrollmentCode: value };
  // An FEHB plan's code is how the person's old plan is known; it has no name in this program.
  if (name === 'fehbEnrollmentCode') return { kind: 'code', code: value };
  return null;
}

/**
 * The facts a person can read, with plain labels: a fact with no label (an id, a version, a region
 * code, a citation) or a value with no word for it is left out rather than shown as the rules keep it.
 */
export function factsShown(facts: Readonly<Record<string, FactValue>>): FactShown[] {
  const shown: FactShown[] = [];
  for (const [name, value] of Object.entries(facts)) {
    if (!LABELLED.has(name)) continue;
    const text = factText(name, value);
    if (text) shown.push({ name, labelKey: `factNames.${name}`, text });
  }
  return shown;
}

/** The sentence of a recorded change (what was done, with the plan it left). */
export function transitionKey(action: string): string {
  return action in notices.transitions ? `transitions.${action}` : 'outcomes.lifecycle.accepted';
}

/** Whether a change's sentence names the plan: only when it left one. */
export function transitionNamesPlan(action: string, coverage: Coverage | null): boolean {
  const sentence = (notices.transitions as Record<string, string>)[action] ?? '';
  return coverage !== null && sentence.includes('{{plan}}');
}

/** "Your enrollment was X and is now Y", or nothing when the status did not change (a plan change). */
export function statusChange(from: string, to: string): { key: string; from: string; to: string } | null {
  if (from === to) return null;
  return { key: 'change.fromTo', from: `status.${from}`, to: `status.${to}` };
}

/** The sentence of an enrollment event: its own, or a recorded change's, or a general one. */
export function eventKey(eventType: string): string {
  if (eventType in notices.events) return `events.${eventType}`;
  if (eventType in notices.transitions) return `transitions.${eventType}`;
  return 'events.other';
}

/** Calendar days from the decision to the reconsideration deadline (5 CFR 890.1607, 890.104(b)). */
export function reconsiderationDays(decidedOn: string, deadline: string): number {
  return Math.round(
    (Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${decidedOn}T00:00:00Z`)) / 86_400_000,
  );
}

/** A translation function, as i18next's t for the notices namespace. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What a recorded change decided: the change with its plan, then the status, if it changed. */
export function decisionSentence(
  t: Translate,
  change: { action: string; from: string; to: string; coverage: Coverage | null },
  planName: (coverage: Coverage) => string,
): string {
  const plan =
    change.coverage && transitionNamesPlan(change.action, change.coverage)
      ? planName(change.coverage)
      : t('plan.yours');
  const status = statusChange(change.from, change.to);
  const sentences = [t(transitionKey(change.action), { plan })];
  if (status) sentences.push(t(status.key, { from: t(status.from), to: t(status.to) }));
  return sentences.join(' ');
}
