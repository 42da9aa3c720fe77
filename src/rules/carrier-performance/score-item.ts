// One item of an element (e.g. 1609.7101-1(a)(1) Timely Closure on Rates and Benefits) judged on the
// carrier's evidence: each measure's value scores 0..1 by the method's scoring, the item's score is
// the weighted sum, and the item proposes (1 - score) of its share of the element's factor range.
// "If an event does not occur, no deduction will be taken" (preamble, 63 FR 55336): a measure whose
// evidence says the event did not occur scores as met, and an item with no such event costs nothing.
// Missing evidence is not a pass: the item proposes its full share, flagged, and the contracting
// officer decides (48 CFR 1609.7101: the contracting officer determines each carrier's responsiveness).
import { decision, type FactValue } from '../decision.ts';
import type {
  MethodElement,
  MethodItem,
  MethodMeasure,
  PerformanceMethod,
  Scoring,
} from './performance-method.ts';
import type { CarrierYearEvidence, EvidenceItem, ItemFinding } from './performance-types.ts';
import { roundFactor } from './premium-amount.ts';

export const ITEM_RULE = 'carrier-performance.item';

export type ItemOutcome = 'met' | 'partly-met' | 'not-met' | 'not-applicable' | 'no-evidence';

/** The score (0..1) a measured value earns under a scoring; worse values never score higher. */
export function scoreValue(scoring: Scoring, value: number | boolean): number {
  if (scoring.kind === 'boolean') return value === scoring.metWhen ? 1 : 0;
  const measured = Number(value);
  if (scoring.kind === 'benchmark') {
    const position = (measured - scoring.floor) / (scoring.target - scoring.floor);
    return Math.min(1, Math.max(0, position));
  }
  if (scoring.direction === 'higher-is-better') {
    for (const band of scoring.bands) if (measured >= band.atLeast) return band.score;
    return scoring.otherwise;
  }
  for (const band of scoring.bands) if (measured <= band.atMost) return band.score;
  return scoring.otherwise;
}

/** An item's share of its element's factor range: its weight times the range. */
export function itemShare(element: MethodElement, item: MethodItem): number {
  return roundFactor(item.weight * (element.maxFactor - element.minFactor));
}

type MeasureReading =
  | {
      readonly kind: 'scored';
      readonly measure: MethodMeasure;
      readonly value: number | boolean;
      readonly score: number;
    }
  | { readonly kind: 'not-applicable'; readonly measure: MethodMeasure; readonly note?: string }
  | { readonly kind: 'missing'; readonly measure: MethodMeasure; readonly why: string };

function readMeasure(measure: MethodMeasure, evidence: CarrierYearEvidence): MeasureReading {
  // The latest item recorded for a measure is the one that counts.
  const found: EvidenceItem | undefined = evidence.items
    .filter((item) => item.measure === measure.measure)
    .at(-1);
  if (!found) return { kind: 'missing', measure, why: 'no evidence was recorded' };
  if (!found.applicable)
    return found.note === undefined
      ? { kind: 'not-applicable', measure }
      : { kind: 'not-applicable', measure, note: found.note };
  const value = found.value;
  if (value === null) return { kind: 'missing', measure, why: 'the evidence has no value' };
  const expectsBoolean = measure.scoring.kind === 'boolean';
  const readable = expectsBoolean
    ? typeof value === 'boolean'
    : typeof value === 'number' && Number.isFinite(value);
  if (!readable || typeof value === 'string')
    return {
      kind: 'missing',
      measure,
      why: `the evidence value ${JSON.stringify(value)} is not ${expectsBoolean ? 'yes or no' : 'a number'}`,
    };
  return { kind: 'scored', measure, value, score: scoreValue(measure.scoring, value) };
}

function describeValue(reading: MeasureReading): string {
  if (reading.kind === 'not-applicable') return `${reading.measure.label}: did not occur`;
  if (reading.kind === 'missing') return `${reading.measure.label}: ${reading.why}`;
  const unit = reading.measure.unit ? ` ${reading.measure.unit}` : '';
  // A share (0..1) reads as a percentage: 0.85 -> 85%.
  const shown =
    typeof reading.value === 'boolean'
      ? reading.value
        ? 'yes'
        : 'no'
      : reading.measure.unit === 'share'
        ? `${Math.round(reading.value * 10000) / 100}%`
        : `${reading.value}${unit}`;
  return `${reading.measure.label} ${shown} (score ${formatScore(reading.score)})`;
}

function formatScore(score: number): string {
  return String(Math.round(score * 1000) / 1000);
}

/** Judges one item of `element` on the carrier year's evidence. */
export function scoreItem(
  method: PerformanceMethod,
  element: MethodElement,
  item: MethodItem,
  evidence: CarrierYearEvidence,
): ItemFinding {
  const share = itemShare(element, item);
  const facts: Record<string, FactValue> = {
    contractYear: evidence.contractYear,
    rank: item.rank,
    itemWeight: item.weight,
    share,
  };
  const citations = [method.source.citation, element.citation, item.citation];
  const finding = (
    outcome: ItemOutcome,
    score: number | null,
    proposedFactor: number,
    explanation: string,
    extraCitations: readonly string[] = [],
  ): ItemFinding => ({
    itemId: item.id,
    label: item.label,
    applicable: outcome !== 'not-applicable',
    score,
    proposedFactor: roundFactor(proposedFactor),
    decision: decision(ITEM_RULE, outcome, [...citations, ...extraCitations], facts, explanation),
  });

  // An item the rule implements from a later contract year is not rated before it (e.g. 1609.7101-1(a)(3)).
  if (item.effectiveFromYear !== undefined && evidence.contractYear < item.effectiveFromYear) {
    facts.effectiveFromYear = item.effectiveFromYear;
    return finding(
      'not-applicable',
      null,
      0,
      `${item.label} is rated from contract year ${item.effectiveFromYear}; in ${evidence.contractYear} it is not applicable and costs nothing.`,
    );
  }

  const readings = item.measures.map((measure) => readMeasure(measure, evidence));
  for (const reading of readings) {
    const key = reading.measure.measure;
    facts[key] =
      reading.kind === 'scored' ? reading.value : reading.kind === 'missing' ? null : 'did not occur';
    facts[`${key}.score`] = reading.kind === 'scored' ? reading.score : reading.kind === 'missing' ? null : 1;
  }

  if (readings.every((reading) => reading.kind === 'not-applicable'))
    return finding(
      'not-applicable',
      null,
      0,
      `${item.label}: the event it is about did not occur this contract year, so no deduction is taken.`,
      [method.notApplicable.citation],
    );

  const missing = readings.filter((reading) => reading.kind === 'missing');
  if (missing.length > 0)
    return finding(
      'no-evidence',
      null,
      share,
      `${item.label} cannot be judged: ${missing.map(describeValue).join('; ')}. ` +
        `It proposes its full share (${share}) until the contracting officer decides on the evidence.`,
    );

  // A measure whose event did not occur scores as met: no deduction is taken for it.
  const score = readings.reduce(
    (sum, reading) => sum + reading.measure.weight * (reading.kind === 'scored' ? reading.score : 1),
    0,
  );
  facts.score = score;
  const outcome: ItemOutcome = score >= 1 - 1e-12 ? 'met' : score <= 1e-12 ? 'not-met' : 'partly-met';
  const proposed = share * (1 - Math.min(1, score));
  const described = readings.map(describeValue).join('; ');
  const extra = readings.some((reading) => reading.kind === 'not-applicable')
    ? [method.notApplicable.citation]
    : [];
  const explanation =
    outcome === 'met'
      ? `${item.label} was met (${described}): nothing is proposed.`
      : `${item.label} scored ${formatScore(score)} (${described}), so it proposes ${roundFactor(proposed)} of its share of ${share}.`;
  return finding(outcome, score, proposed, explanation, extra);
}
