// Every rule returns a Decision: what was decided, under which paragraphs, on which facts, in plain words.

export type FactValue = string | number | boolean | null;

export interface Decision<Outcome extends string = string> {
  /** Which rule decided, e.g. 'eligibility' or 'part-b'. */
  readonly rule: string;
  readonly outcome: Outcome;
  /** Paragraphs applied, most specific last, e.g. '5 CFR 890.1604(d)(1)(i)'. */
  readonly citations: readonly string[];
  /** The facts the decision rested on, by name. */
  readonly facts: Readonly<Record<string, FactValue>>;
  /** One or two sentences a person can read. */
  readonly explanation: string;
}

export function decision<Outcome extends string>(
  rule: string,
  outcome: Outcome,
  citations: readonly string[],
  facts: Record<string, FactValue>,
  explanation: string,
): Decision<Outcome> {
  return { rule, outcome, citations, facts, explanation };
}

/** The paragraph a decision finally rests on: by convention the last citation. */
export function mostSpecificCitation(made: Decision): string {
  return made.citations[made.citations.length - 1] ?? '';
}
