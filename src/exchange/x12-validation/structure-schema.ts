// The shape of an implementation guide's structure as data (reference-data/x12/*-structure.json): the
// loops of one transaction set with their segments in the guide's order, each with its usage, repeats
// and element rules, and the guide's situational rules. Kept apart from the code that checks a file
// so the rules can be read, cited and corrected without touching the checker.
import { z } from 'zod';

/** R required, S situational, N not used: the TR3's usage designators. */
export const usage = z.enum(['R', 'S', 'N']);
export type Usage = z.infer<typeof usage>;

const segmentId = z.string().regex(/^[A-Z][A-Z0-9]{1,2}$/, 'a segment identifier such as INS');
const loopId = z.string().regex(/^[0-9A-Z]{3,8}$/, 'a loop identifier such as 2100A or HEADER');
const positiveInt = z.number().int().positive();

/** How a value is written: D8/RD8 dates and X12 numbers are checked beyond their length. */
export const elementFormat = z.enum(['date', 'date-or-range', 'number']);

export const componentRule = z.strictObject({
  usage,
  codes: z.array(z.string().min(1)).min(1).optional(),
  min: positiveInt.optional(),
  max: positiveInt.optional(),
});
export type ComponentRule = z.infer<typeof componentRule>;

export const elementRule = componentRule.extend({
  format: elementFormat.optional(),
  /** A composite's components in order (e.g. INS06-1, INS06-2). */
  components: z.array(componentRule).min(1).optional(),
});
export type ElementRule = z.infer<typeof elementRule>;

/** X12 syntax notes: P paired, R at least one, E not more than one, C if the first then the others. */
const syntaxNote = z.string().regex(/^[PREC](\d\d){2,}$/, 'an X12 syntax note such as P0809');

export const segmentSpec = z.strictObject({
  id: segmentId,
  /** Element 1 values that tell this segment from others of the same id in the loop (REF 0F, N1 P5). */
  qualifiers: z.array(z.string().min(1)).min(1).optional(),
  name: z.string().min(1),
  /** The guide's position number: segments come in non-decreasing position within their loop. */
  position: positiveInt,
  usage,
  /** Most times the segment may occur in one loop; null when the guide says >1. */
  maxUse: positiveInt.nullable(),
  syntax: z.array(syntaxNote).default([]),
  elements: z.record(z.string().regex(/^[1-9][0-9]?$/), elementRule),
  sourceNote: z.string().min(1).optional(),
});
export type SegmentSpec = z.infer<typeof segmentSpec>;

export const loopSpec = z.strictObject({
  id: loopId,
  name: z.string().min(1),
  /** The enclosing loop; null for the transaction set's top-level areas (header, 2000). */
  parent: loopId.nullable(),
  position: positiveInt,
  usage,
  maxRepeat: positiveInt.nullable(),
  /** The first segment starts the loop (its trigger). */
  segments: z.array(segmentSpec).min(1),
});
export type LoopSpec = z.infer<typeof loopSpec>;

/** A segment named by id, and by its element 1 value when that tells it apart (DTP*357). */
export const segmentRef = z.strictObject({ segment: segmentId, qualifier: z.string().min(1).optional() });
export type SegmentRef = z.infer<typeof segmentRef>;

/** A segment and, optionally, a test on one of its elements. */
export const condition = segmentRef.extend({
  element: positiveInt.optional(),
  in: z.array(z.string()).min(1).optional(),
  notIn: z.array(z.string()).min(1).optional(),
  present: z.boolean().optional(),
});
export type Condition = z.infer<typeof condition>;

/** TRANSACTION: the whole transaction set; otherwise each instance of the loop, its inner loops included. */
const scope = z.union([z.literal('TRANSACTION'), loopId]);

const cited = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  scope,
  message: z.string().min(1),
  source: z.string().min(1),
  sourceNote: z.string().min(1),
};

export const situationalRule = z.discriminatedUnion('kind', [
  /** When the condition holds in the scope, the segment must be there. */
  z.strictObject({ ...cited, kind: z.literal('requires'), when: condition, then: segmentRef }),
  /** When the condition holds in the scope, the segment must not be there. */
  z.strictObject({ ...cited, kind: z.literal('forbids'), when: condition, then: segmentRef }),
  /** When the condition holds, every segment `then` names must pass its element test. */
  z.strictObject({ ...cited, kind: z.literal('element'), when: condition, then: condition }),
  /** Each instance of the scope loop holds at least one of the inner loop. */
  z.strictObject({ ...cited, kind: z.literal('requires-loop'), then: z.strictObject({ loop: loopId }) }),
  /** A control total: the element equals how many segments match `counts`, when the total is sent. */
  z.strictObject({
    ...cited,
    kind: z.literal('count'),
    then: segmentRef.extend({ element: positiveInt }),
    counts: condition,
  }),
]);
export type SituationalRule = z.infer<typeof situationalRule>;

function checkReferences(
  structure: { loops: LoopSpec[]; rules: SituationalRule[] },
  context: z.RefinementCtx,
): void {
  const ids = new Set<string>();
  structure.loops.forEach((loop, index) => {
    if (ids.has(loop.id))
      context.addIssue({ code: 'custom', path: ['loops', index, 'id'], message: `loop ${loop.id} twice` });
    if (loop.parent !== null && !ids.has(loop.parent))
      context.addIssue({
        code: 'custom',
        path: ['loops', index, 'parent'],
        message: `parent ${loop.parent} is not a loop listed before ${loop.id}`,
      });
    ids.add(loop.id);
  });
  structure.rules.forEach((rule, index) => {
    const loops = [rule.scope, ...(rule.kind === 'requires-loop' ? [rule.then.loop] : [])];
    for (const loop of loops)
      if (loop !== 'TRANSACTION' && !ids.has(loop))
        context.addIssue({
          code: 'custom',
          path: ['rules', index],
          message: `rule ${rule.id} names loop ${loop}, which the structure does not list`,
        });
  });
}

export const transactionStructure = z
  .strictObject({
    source: z.string().min(1),
    version: z.string().min(1),
    sourceNote: z.string().min(1),
    transactionSet: z.string().regex(/^\d{3}$/),
    implementation: z.string().regex(/^\d{6}X\d{3}(A\d)?$/),
    functionalIdentifier: z.string().regex(/^[A-Z]{2}$/),
    loops: z.array(loopSpec).min(1),
    rules: z.array(situationalRule),
  })
  .superRefine(checkReferences);
export type TransactionStructure = z.infer<typeof transactionStructure>;
