// The guide's situational rules, written as data in the structure file, checked on the loop tree of
// one transaction set: each rule looks at every instance of its scope loop (inner loops included) or
// at the whole transaction set, and names the segment that breaks it.
import type { LoopInstance } from './loop-walker.ts';
import type { PlacedSegment } from './node-x12-reading.ts';
import type { Condition, SegmentRef, SituationalRule } from './structure-schema.ts';
import type { ValidationProblem } from './validation-problem.ts';

interface Scope {
  readonly loop: string | undefined;
  readonly start: PlacedSegment;
  readonly segments: readonly PlacedSegment[];
  readonly children: readonly LoopInstance[];
}

const isRef = (segment: PlacedSegment, ref: SegmentRef) =>
  segment.id === ref.segment && (ref.qualifier === undefined || segment.elements[0] === ref.qualifier);

const elementText = (segment: PlacedSegment, n: number) => segment.elements[n - 1] ?? '';

function passes(segment: PlacedSegment, test: Condition): boolean {
  if (test.element === undefined) return true;
  const value = elementText(segment, test.element);
  if (test.in && !test.in.includes(value)) return false;
  if (test.notIn?.includes(value)) return false;
  if (test.present !== undefined && (value !== '') !== test.present) return false;
  return true;
}

const holds = (segments: readonly PlacedSegment[], test: Condition) =>
  segments.some((s) => isRef(s, test) && passes(s, test));

const refText = (ref: SegmentRef) => (ref.qualifier ? `${ref.segment}*${ref.qualifier}` : ref.segment);

function allSegments(instance: LoopInstance): PlacedSegment[] {
  return [...instance.segments, ...instance.children.flatMap(allSegments)].sort(
    (a, b) => a.position - b.position,
  );
}

function instancesOf(loops: readonly LoopInstance[], id: string): LoopInstance[] {
  return loops.flatMap((loop) => [...(loop.spec.id === id ? [loop] : []), ...instancesOf(loop.children, id)]);
}

function scopes(rule: SituationalRule, loops: readonly LoopInstance[], st: PlacedSegment): Scope[] {
  if (rule.scope === 'TRANSACTION')
    return [{ loop: undefined, start: st, segments: loops.flatMap(allSegments), children: loops }];
  return instancesOf(loops, rule.scope).map((instance) => ({
    loop: instance.spec.id,
    start: instance.start,
    segments: allSegments(instance),
    children: instance.children,
  }));
}

function problemAt(
  rule: SituationalRule,
  scope: Scope,
  segment: PlacedSegment,
  detail: string,
  element?: string,
): ValidationProblem {
  return {
    kind: 'situational',
    position: segment.position,
    segmentId: segment.id,
    ...(element === undefined ? {} : { element }),
    ...(scope.loop === undefined ? {} : { loop: scope.loop }),
    ...(segment.line === undefined ? {} : { line: segment.line }),
    rule: rule.id,
    message: `${rule.message} (${rule.id}): ${detail}`,
  };
}

const elementName = (id: string, n: number) => `${id}${String(n).padStart(2, '0')}`;

function check(rule: SituationalRule, scope: Scope): ValidationProblem[] {
  const where = scope.loop
    ? `loop ${scope.loop} starting at segment ${scope.start.position}`
    : 'the transaction set';
  switch (rule.kind) {
    case 'requires':
      return holds(scope.segments, rule.when) && !scope.segments.some((s) => isRef(s, rule.then))
        ? [problemAt(rule, scope, scope.start, `${where} has no ${refText(rule.then)}`)]
        : [];
    case 'forbids':
      return holds(scope.segments, rule.when)
        ? scope.segments
            .filter((s) => isRef(s, rule.then))
            .map((s) => problemAt(rule, scope, s, `${refText(rule.then)} is sent`))
        : [];
    case 'element': {
      if (!holds(scope.segments, rule.when)) return [];
      const n = rule.then.element ?? 1;
      return scope.segments
        .filter((s) => isRef(s, rule.then) && !passes(s, rule.then))
        .map((s) =>
          problemAt(
            rule,
            scope,
            s,
            `${elementName(s.id, n)} is "${elementText(s, n)}"`,
            elementName(s.id, n),
          ),
        );
    }
    case 'requires-loop':
      return scope.children.some((c) => c.spec.id === rule.then.loop)
        ? []
        : [problemAt(rule, scope, scope.start, `${where} has no loop ${rule.then.loop}`)];
    case 'count': {
      const total = scope.segments.find((s) => isRef(s, rule.then));
      if (!total) return [];
      const counted = scope.segments.filter((s) => isRef(s, rule.counts) && passes(s, rule.counts)).length;
      const said = elementText(total, rule.then.element);
      const element = elementName(total.id, rule.then.element);
      return Number(said) === counted && said !== ''
        ? []
        : [
            {
              ...problemAt(
                rule,
                scope,
                total,
                `${element} says ${said || '(nothing)'}, counted ${counted}`,
                element,
              ),
              kind: 'count',
            },
          ];
    }
  }
}

export function checkSituationalRules(
  rules: readonly SituationalRule[],
  loops: readonly LoopInstance[],
  st: PlacedSegment,
): ValidationProblem[] {
  return rules.flatMap((rule) => scopes(rule, loops, st).flatMap((scope) => check(rule, scope)));
}
