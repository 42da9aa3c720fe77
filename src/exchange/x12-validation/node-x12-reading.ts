// The interchange as node-x12 (an independent X12 reader from the npm registry) sees it, flattened to
// plain segments numbered in file order. The validator checks the writer's output against this view,
// never against the exchange's own reader, so a fault shared by our writer and reader still shows.
import { X12Parser, type X12Interchange, type X12Segment } from 'node-x12';

/** A segment with its ordinal in the interchange (ISA is 1) and its line when the file has lines. */
export interface PlacedSegment {
  readonly position: number;
  readonly line?: number;
  readonly id: string;
  /** Element values, element 1 first; a composite's components stay joined by the component separator. */
  readonly elements: readonly string[];
}

export interface TransactionSetRead {
  readonly st: PlacedSegment;
  readonly body: readonly PlacedSegment[];
  readonly se: PlacedSegment | null;
}

export interface GroupRead {
  readonly gs: PlacedSegment;
  readonly sets: readonly TransactionSetRead[];
  readonly ge: PlacedSegment | null;
}

export interface InterchangeRead {
  readonly isa: PlacedSegment;
  readonly groups: readonly GroupRead[];
  readonly iea: PlacedSegment | null;
  /** ISA16. */
  readonly componentSeparator: string;
  /** The last ordinal used: where a missing trailer would have stood, less one. */
  readonly lastPosition: number;
}

export type NodeX12Reading =
  | { readonly ok: true; readonly interchange: InterchangeRead }
  | {
      readonly ok: false;
      readonly message: string;
    };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * node-x12's own verdict in strict mode (it stops at the first fault: a count, a control number, a
 * segment outside its group), or null when it accepts the file. A second full parse, so callers ask
 * for it only when their own checks found nothing to explain it.
 */
export function strictVerdict(text: string): string | null {
  try {
    new X12Parser(true).parse(text);
    return null;
  } catch (error) {
    return messageOf(error);
  }
}

export function readWithNodeX12(text: string): NodeX12Reading {
  let parsed: ReturnType<X12Parser['parse']>;
  try {
    // Lenient, so a file with several faults is read whole and every fault can be named.
    parsed = new X12Parser(false).parse(text);
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
  const interchange: X12Interchange = Array.isArray(parsed) ? parsed[0]! : parsed;
  if (!interchange?.header) return { ok: false, message: 'no ISA segment was found' };
  const withLines = /\r?\n./.test(text.trim());
  let ordinal = 0;
  const place = (segment: X12Segment | undefined): PlacedSegment | null => {
    if (!segment?.tag) return null;
    ordinal += 1;
    const line = segment.range?.start?.line;
    return {
      position: ordinal,
      ...(withLines && typeof line === 'number' ? { line: line + 1 } : {}),
      id: segment.tag,
      elements: (segment.elements ?? []).map((element) => element.value ?? ''),
    };
  };
  const isa = place(interchange.header)!;
  const groups = (interchange.functionalGroups ?? []).map((group) => ({
    gs: place(group.header)!,
    sets: (group.transactions ?? []).map((set) => ({
      st: place(set.header)!,
      body: (set.segments ?? []).map((s) => place(s)!),
      se: place(set.trailer),
    })),
    ge: place(group.trailer),
  }));
  const iea = place(interchange.trailer);
  return {
    ok: true,
    interchange: {
      isa,
      groups,
      iea,
      componentSeparator: isa.elements[15] ?? ':',
      lastPosition: ordinal,
    },
  };
}
