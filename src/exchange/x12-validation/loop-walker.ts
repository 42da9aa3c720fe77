// Places each segment of a transaction set (between ST and SE) in the guide's loops, as a translator
// does: a segment belongs to the innermost open loop that lists it, or starts a loop (its trigger)
// nested in one of the open loops, or starts a new top-level area. Along the way it checks the
// guide's order (position numbers), repeats and required segments and loops, and names what it could
// not place. The result is the tree of loop instances the situational rules are checked on.
import { checkElements } from './element-checks.ts';
import type { PlacedSegment } from './node-x12-reading.ts';
import type { LoopSpec, SegmentSpec, TransactionStructure } from './structure-schema.ts';
import type { ProblemKind, ValidationProblem } from './validation-problem.ts';

export interface LoopInstance {
  readonly spec: LoopSpec;
  /** The segment that started it. */
  readonly start: PlacedSegment;
  /** Its own segments, trigger first (not those of inner loops). */
  readonly segments: PlacedSegment[];
  readonly children: LoopInstance[];
}

interface OpenLoop {
  readonly instance: LoopInstance;
  readonly index: number;
  lastPosition: number;
  lastLoopIndex: number;
  readonly uses: Map<SegmentSpec, number>;
  readonly loopCounts: Map<string, number>;
}

export interface WalkResult {
  readonly loops: readonly LoopInstance[];
  readonly problems: readonly ValidationProblem[];
}

const label = (segment: PlacedSegment) =>
  ['REF', 'N1', 'NM1', 'DTP', 'QTY'].includes(segment.id)
    ? `${segment.id}*${segment.elements[0] ?? ''}`
    : segment.id;
const specLabel = (spec: SegmentSpec) => (spec.qualifiers ? `${spec.id}*${spec.qualifiers[0]}` : spec.id);

function matches(spec: SegmentSpec, segment: PlacedSegment): boolean {
  return spec.id === segment.id && (!spec.qualifiers || spec.qualifiers.includes(segment.elements[0] ?? ''));
}

class Walker {
  private readonly structure: TransactionStructure;
  private readonly componentSeparator: string;
  readonly problems: ValidationProblem[] = [];
  readonly top: LoopInstance[] = [];
  private readonly stack: OpenLoop[] = [];
  private readonly topCounts = new Map<string, number>();
  private lastTopIndex = -1;

  constructor(structure: TransactionStructure, componentSeparator: string) {
    this.structure = structure;
    this.componentSeparator = componentSeparator;
  }

  private add(kind: ProblemKind, segment: PlacedSegment, loop: string | undefined, message: string): void {
    this.problems.push({
      kind,
      position: segment.position,
      segmentId: segment.id,
      ...(loop === undefined ? {} : { loop }),
      ...(segment.line === undefined ? {} : { line: segment.line }),
      message,
    });
  }

  place(segment: PlacedSegment): void {
    for (let depth = this.stack.length - 1; depth >= 0; depth -= 1) {
      const open = this.stack[depth]!;
      const spec = open.instance.spec.segments.slice(1).find((s) => matches(s, segment));
      if (spec) {
        this.closeTo(depth + 1);
        this.useSegment(open, spec, segment);
        return;
      }
      const child = this.childLoop(open.instance.spec.id, segment);
      if (child) {
        this.closeTo(depth + 1);
        this.openChild(open, child, segment);
        return;
      }
    }
    const area = this.structure.loops.findIndex((l) => l.parent === null && matches(l.segments[0]!, segment));
    if (area >= 0) {
      this.closeTo(0);
      this.openTop(area, segment);
      return;
    }
    const where = this.stack.at(-1)?.instance.spec.id;
    this.add(
      'unknown-segment',
      segment,
      where,
      `${label(segment)} is not a segment of ${where ? `loop ${where}` : 'this transaction set'} or a loop it may start here`,
    );
  }

  private childLoop(parent: string, segment: PlacedSegment): number | null {
    const index = this.structure.loops.findIndex(
      (l) => l.parent === parent && matches(l.segments[0]!, segment),
    );
    return index < 0 ? null : index;
  }

  private useSegment(open: OpenLoop, spec: SegmentSpec, segment: PlacedSegment): void {
    const loop = open.instance.spec.id;
    if (spec.position < open.lastPosition)
      this.add(
        'segment-order',
        segment,
        loop,
        `${label(segment)} (position ${spec.position}) comes after a later part of loop ${loop} (position ${open.lastPosition})`,
      );
    if (spec.position > open.lastPosition) open.lastLoopIndex = -1;
    open.lastPosition = Math.max(open.lastPosition, spec.position);
    const uses = (open.uses.get(spec) ?? 0) + 1;
    open.uses.set(spec, uses);
    if (spec.maxUse !== null && uses > spec.maxUse)
      this.add(
        'max-use',
        segment,
        loop,
        `${specLabel(spec)} (${spec.name}) is used ${uses} times in loop ${loop}; the guide allows ${spec.maxUse}`,
      );
    open.instance.segments.push(segment);
    this.problems.push(...checkElements(segment, spec, loop, this.componentSeparator));
  }

  private openChild(open: OpenLoop, index: number, segment: PlacedSegment): void {
    const spec = this.structure.loops[index]!;
    const parent = open.instance.spec.id;
    if (
      spec.position < open.lastPosition ||
      (spec.position === open.lastPosition && index < open.lastLoopIndex)
    )
      this.add(
        'loop-order',
        segment,
        spec.id,
        `loop ${spec.id} (${spec.name}) starts after a later part of loop ${parent}`,
      );
    open.lastPosition = Math.max(open.lastPosition, spec.position);
    open.lastLoopIndex = index;
    const count = (open.loopCounts.get(spec.id) ?? 0) + 1;
    open.loopCounts.set(spec.id, count);
    if (spec.maxRepeat !== null && count > spec.maxRepeat)
      this.add(
        'loop-repeat',
        segment,
        spec.id,
        `loop ${spec.id} (${spec.name}) repeats ${count} times in loop ${parent}; the guide allows ${spec.maxRepeat}`,
      );
    const instance = this.instance(spec, segment);
    open.instance.children.push(instance);
    this.push(instance, index, segment);
  }

  /** Top-level areas (header, then member loops) are ordered by their place in the structure. */
  private openTop(index: number, segment: PlacedSegment): void {
    const spec = this.structure.loops[index]!;
    if (index < this.lastTopIndex)
      this.add(
        'loop-order',
        segment,
        spec.id,
        `loop ${spec.id} (${spec.name}) comes after a later area of the transaction set`,
      );
    this.lastTopIndex = Math.max(this.lastTopIndex, index);
    const count = (this.topCounts.get(spec.id) ?? 0) + 1;
    this.topCounts.set(spec.id, count);
    if (spec.maxRepeat !== null && count > spec.maxRepeat)
      this.add(
        'loop-repeat',
        segment,
        spec.id,
        `loop ${spec.id} (${spec.name}) repeats ${count} times; the guide allows ${spec.maxRepeat}`,
      );
    const instance = this.instance(spec, segment);
    this.top.push(instance);
    this.push(instance, index, segment);
  }

  private instance(spec: LoopSpec, segment: PlacedSegment): LoopInstance {
    return { spec, start: segment, segments: [], children: [] };
  }

  private push(instance: LoopInstance, index: number, segment: PlacedSegment): void {
    const open: OpenLoop = {
      instance,
      index,
      lastPosition: 0,
      lastLoopIndex: -1,
      uses: new Map(),
      loopCounts: new Map(),
    };
    this.stack.push(open);
    this.useSegment(open, instance.spec.segments[0]!, segment);
  }

  /** Closes the loops above `depth`, checking each has its required segments and inner loops. */
  closeTo(depth: number): void {
    while (this.stack.length > depth) {
      const open = this.stack.pop()!;
      const { spec, start } = open.instance;
      const from = `loop ${spec.id} (${spec.name}) starting at segment ${start.position} (${label(start)})`;
      for (const s of spec.segments)
        if (s.usage === 'R' && !open.uses.get(s))
          this.add(
            'required-segment',
            start,
            spec.id,
            `${from} has no ${specLabel(s)} (${s.name}), which the guide requires`,
          );
      for (const inner of this.structure.loops)
        if (inner.parent === spec.id && inner.usage === 'R' && !open.loopCounts.get(inner.id))
          this.add(
            'required-loop',
            start,
            spec.id,
            `${from} has no loop ${inner.id} (${inner.name}), which the guide requires`,
          );
    }
  }

  finish(st: PlacedSegment): void {
    this.closeTo(0);
    for (const area of this.structure.loops)
      if (area.parent === null && area.usage === 'R' && !this.topCounts.get(area.id))
        this.add(
          'required-loop',
          st,
          undefined,
          `the transaction set has no loop ${area.id} (${area.name}), which the guide requires`,
        );
  }
}

/** The transaction set's body placed in the structure's loops, with the problems found on the way. */
export function walkLoops(
  structure: TransactionStructure,
  st: PlacedSegment,
  body: readonly PlacedSegment[],
  componentSeparator: string,
): WalkResult {
  const walker = new Walker(structure, componentSeparator);
  for (const segment of body) walker.place(segment);
  walker.finish(st);
  return { loops: walker.top, problems: walker.problems };
}
