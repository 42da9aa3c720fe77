// A carrier performance method as versioned data (reference-data/carrier-performance/*.json): the
// elements the contracting officer rates, the items of each element with their rank and weight, the
// measures each item is judged on and how a measured value scores, and the cap on the sum of the
// factors. The 1998 withhold (48 CFR 1609.7101) and the Plan Performance Assessment (80 FR 37178)
// are two files of this one shape; the engine in this folder never names either.
import { z } from 'zod';
import { isKnownMeasure } from './measure-keys.ts';

const text = z.string().trim().min(1);
/** Where a figure comes from; "UNCONFIRMED: ..." when no official source gives it. */
const source = text;
const factor = z.number().finite().min(-1).max(1);
const year = z.number().int().min(1990).max(2100);

/** Measure keys are the evidence's keys, e.g. 'paperless-enrollment.first-pass-acceptance-rate'. */
export const measureKey = z
  .string()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a measure key such as "rates-benefits.days-late"');

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and hyphens');

/** A step function: the first band the value reaches gives the score, otherwise `otherwise`. */
const higherIsBetterBands = z.strictObject({
  kind: z.literal('thresholds'),
  direction: z.literal('higher-is-better'),
  /** From the best band down: a value at or above `atLeast` scores `score`. */
  bands: z.array(z.strictObject({ atLeast: z.number().finite(), score: z.number().min(0).max(1) })).min(1),
  otherwise: z.number().min(0).max(1),
});

const lowerIsBetterBands = z.strictObject({
  kind: z.literal('thresholds'),
  direction: z.literal('lower-is-better'),
  /** From the best band up: a value at or below `atMost` scores `score`. */
  bands: z.array(z.strictObject({ atMost: z.number().finite(), score: z.number().min(0).max(1) })).min(1),
  otherwise: z.number().min(0).max(1),
});

/** A straight line between a benchmark floor (score 0) and a target (score 1), clamped. */
const benchmark = z.strictObject({
  kind: z.literal('benchmark'),
  direction: z.enum(['higher-is-better', 'lower-is-better']),
  /** The value scoring 0 (at or beyond it on the worse side). */
  floor: z.number().finite(),
  /** The value scoring 1 (at or beyond it on the better side). */
  target: z.number().finite(),
});

/** A yes/no measure: the value `metWhen` scores 1, the other 0. */
const yesNo = z.strictObject({ kind: z.literal('boolean'), metWhen: z.boolean() });

export const scoringSchema = z
  .union([higherIsBetterBands, lowerIsBetterBands, benchmark, yesNo])
  .superRefine((scoring, context) => {
    if (scoring.kind === 'benchmark') {
      const ordered =
        scoring.direction === 'higher-is-better'
          ? scoring.target > scoring.floor
          : scoring.target < scoring.floor;
      if (!ordered)
        context.addIssue({
          code: 'custom',
          path: ['target'],
          message: `the target must be better than the floor (${scoring.direction})`,
        });
      return;
    }
    if (scoring.kind !== 'thresholds') return;
    // Worse evidence never scores higher: bands run from the best threshold to the worst with
    // scores that never rise, and `otherwise` is no higher than the last band.
    const thresholds = scoring.bands.map((band) => ('atLeast' in band ? band.atLeast : band.atMost));
    scoring.bands.forEach((band, index) => {
      if (index === 0) return;
      const previous = scoring.bands[index - 1]!;
      const stepsWorse =
        scoring.direction === 'higher-is-better'
          ? thresholds[index]! < thresholds[index - 1]!
          : thresholds[index]! > thresholds[index - 1]!;
      if (!stepsWorse)
        context.addIssue({
          code: 'custom',
          path: ['bands', index],
          message: `bands run from the best value to the worst (${scoring.direction})`,
        });
      if (band.score > previous.score)
        context.addIssue({
          code: 'custom',
          path: ['bands', index, 'score'],
          message: 'a worse band cannot score higher than a better one',
        });
    });
    const last = scoring.bands[scoring.bands.length - 1]!;
    if (scoring.otherwise > last.score)
      context.addIssue({
        code: 'custom',
        path: ['otherwise'],
        message: 'a value below every band cannot score higher than the last band',
      });
  });

export type Scoring = z.output<typeof scoringSchema>;

export const methodMeasureSchema = z.strictObject({
  measure: measureKey.refine(isKnownMeasure, {
    message: 'not a measure the evidence has (see measure-keys.ts; cahps.<id> and hedis.<id> are open)',
  }),
  label: text,
  unit: text.optional(),
  /** Its share of the item's score (the measures of an item sum to 1). */
  weight: z.number().min(0).max(1),
  scoring: scoringSchema,
  /** Where the thresholds and the weight come from, or UNCONFIRMED and why. */
  source,
});

export type MethodMeasure = z.output<typeof methodMeasureSchema>;

export const methodItemSchema = z.strictObject({
  id,
  label: text,
  /** 1 = ranked first (weighs most). */
  rank: z.number().int().min(1),
  /** Its share of the element's factor range (the items of an element sum to 1). */
  weight: z.number().min(0).max(1),
  /** How the weight was arrived at, with its source or UNCONFIRMED. */
  weightSource: source,
  citation: text,
  /** What the rule says the contracting officer evaluates, in the rule's words (shortened). */
  evaluates: text,
  /** The first contract year the item is rated; before it the item is not applicable. */
  effectiveFromYear: year.optional(),
  measures: z.array(methodMeasureSchema).min(1),
});

export type MethodItem = z.output<typeof methodItemSchema>;

export const methodElementSchema = z.strictObject({
  id,
  label: text,
  /** Its share of the total (.70 for Customer Service under 1609.7101-1(a)). */
  weight: z.number().min(0).max(1),
  /** The largest factor the element can carry (.007 for Customer Service under 1609.7101-2). */
  maxFactor: factor,
  /** The smallest (0 for a withhold; below 0 where an adjustment can reward). */
  minFactor: factor.default(0),
  citation: text,
  source,
  items: z.array(methodItemSchema).min(1),
});

export type MethodElement = z.output<typeof methodElementSchema>;

const sums = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0);
const isOne = (value: number): boolean => Math.abs(value - 1) < 1e-9;

export const performanceMethodSchema = z
  .strictObject({
    id,
    version: text,
    title: text,
    /** The rule or letter the method is, with its citation. */
    source: z.strictObject({ citation: text, url: z.url().optional(), note: text.optional() }),
    effectiveFromYear: year,
    effectiveToYear: year.optional(),
    /** 'withhold': the amount is withheld (1998); 'adjustment': a performance adjustment (PPA). */
    outcomeKind: z.enum(['withhold', 'adjustment']),
    cap: z.strictObject({
      /** The largest total factor (the .01 "Maximum Aggregate Performance Factor"). */
      max: factor,
      /** The smallest total factor (0 for a withhold; negative for an adjustment that can reward). */
      min: factor.default(0),
      citation: text,
      source,
    }),
    /** Why an item whose event did not occur costs nothing. */
    notApplicable: z.strictObject({ citation: text, rule: text }),
    /** What the premium base is, in the method's words. */
    premiumBase: z.strictObject({ citation: text, description: text }),
    elements: z.array(methodElementSchema).min(1),
    notes: z.array(text).optional(),
  })
  .superRefine((method, context) => {
    if (method.effectiveToYear !== undefined && method.effectiveToYear < method.effectiveFromYear)
      context.addIssue({
        code: 'custom',
        path: ['effectiveToYear'],
        message: 'the method cannot end before it begins',
      });
    if (method.cap.min > method.cap.max)
      context.addIssue({ code: 'custom', path: ['cap', 'min'], message: 'the minimum is above the maximum' });
    if (method.outcomeKind === 'withhold' && method.cap.min !== 0)
      context.addIssue({
        code: 'custom',
        path: ['cap', 'min'],
        message: 'a withhold never pays the carrier: its minimum is 0',
      });
    if (!isOne(sums(method.elements.map((element) => element.weight))))
      context.addIssue({
        code: 'custom',
        path: ['elements'],
        message: 'the elements\u2019 weights must sum to 1',
      });
    const elementIds = new Set<string>();
    method.elements.forEach((element, index) => {
      if (elementIds.has(element.id))
        context.addIssue({ code: 'custom', path: ['elements', index, 'id'], message: 'listed twice' });
      elementIds.add(element.id);
      checkElement(element, ['elements', index], context);
    });
  });

function checkElement(element: MethodElement, path: (string | number)[], context: z.RefinementCtx): void {
  if (element.minFactor > element.maxFactor)
    context.addIssue({
      code: 'custom',
      path: [...path, 'minFactor'],
      message: 'the minimum is above the maximum',
    });
  if (!isOne(sums(element.items.map((item) => item.weight))))
    context.addIssue({
      code: 'custom',
      path: [...path, 'items'],
      message: 'the items\u2019 weights must sum to 1',
    });
  const itemIds = new Set<string>();
  element.items.forEach((item, index) => {
    if (itemIds.has(item.id))
      context.addIssue({ code: 'custom', path: [...path, 'items', index, 'id'], message: 'listed twice' });
    itemIds.add(item.id);
    if (!isOne(sums(item.measures.map((measure) => measure.weight))))
      context.addIssue({
        code: 'custom',
        path: [...path, 'items', index, 'measures'],
        message: 'the measures\u2019 weights must sum to 1',
      });
  });
}

/** A method as read and checked: defaults filled in. */
export type PerformanceMethod = z.output<typeof performanceMethodSchema>;
