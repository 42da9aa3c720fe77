// Reads a partner's interchange: segments out one by one as the text arrives, the envelope checked as
// they go (envelope-verifier.ts). Reading has no side effects, but a streaming consumer sees a
// transaction set's segments before its SE is checked: it must hold what it would change until the
// unit's trailer has passed (or the whole file has), so a file refused at its last segment changes
// nothing. For small files (acknowledgments), `parseInterchange` checks everything first and returns
// the interchange as a tree.

import { EnvelopeVerifier, type ReadSegment } from './envelope-verifier.ts';
import type { InterchangeHeader } from './isa-segment.ts';
import type { SegmentElement } from './segment.ts';
import { DEFAULT_MAX_SEGMENT_CHARS, SegmentSplitter } from './segment-splitter.ts';
import type { Separators } from './separators.ts';
import { isoDate, isoTime } from './x12-date-time.ts';

export type { ReadSegment } from './envelope-verifier.ts';

export interface ReadOptions {
  /** Longest segment accepted; a longer run usually means a wrong terminator. */
  readonly maxSegmentChars?: number;
}

/**
 * How much of a large file to read at a time: a chunk's segments are read, used and gone before the
 * next chunk, so they die in V8's young generation. With 1 MB chunks, re-reading all the audit files of
 * 1.7 million people peaked at 640 to 750 MB of resident memory in 9.7 to 10.7 s; with 64 KB chunks
 * at 530 MB in 9.0 s (one process each, same files).
 */
export const READ_CHUNK_BYTES = 1 << 16;

/** Every segment of the interchange, ISA to IEA, envelope checked; throws X12Error at the first fault. */
export async function* readInterchange(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: ReadOptions = {},
): AsyncGenerator<ReadSegment, void, undefined> {
  for await (const batch of readInterchangeBatches(chunks, options)) yield* batch;
}

/**
 * The same segments, a batch per chunk of text read: for files of millions of segments, where a
 * promise turn per segment would cost more than reading it.
 */
export async function* readInterchangeBatches(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: ReadOptions = {},
): AsyncGenerator<readonly ReadSegment[], void, undefined> {
  const splitter = new SegmentSplitter(options.maxSegmentChars ?? DEFAULT_MAX_SEGMENT_CHARS);
  const verifier = new EnvelopeVerifier();
  for await (const chunk of chunks) {
    const batch = splitter.push(chunk);
    for (const seg of batch) verifier.accept(seg);
    if (batch.length > 0) yield batch;
  }
  splitter.end();
  verifier.finish();
}

export interface ParsedTransactionSet {
  /** ST01, e.g. "834", "999". */
  readonly id: string;
  /** ST02. */
  readonly controlNumber: string;
  /** ST03 when present. */
  readonly implementationReference?: string;
  /** ST to SE, both included. */
  readonly segments: readonly ReadSegment[];
}

export interface ParsedGroup {
  readonly functionalId: string;
  readonly applicationSender: string;
  readonly applicationReceiver: string;
  /** GS04/GS05 as YYYY-MM-DD and HH:MM[:SS]; the text as written when not a valid date or time. */
  readonly date: string;
  readonly time: string;
  /** GS06. */
  readonly controlNumber: number;
  /** GS08. */
  readonly version: string;
  readonly transactionSets: readonly ParsedTransactionSet[];
  /** The GS segment as read, to name it in a message (absent on groups built by hand). */
  readonly segment?: ReadSegment;
}

export interface ParsedInterchange {
  readonly separators: Separators;
  readonly header: InterchangeHeader;
  /** Interchange-level segments outside the groups (TA1). */
  readonly interchangeSegments: readonly ReadSegment[];
  readonly groups: readonly ParsedGroup[];
}

/** A whole interchange held in memory, checked before anything is returned. */
export function parseInterchange(text: string, options: ReadOptions = {}): ParsedInterchange {
  const splitter = new SegmentSplitter(options.maxSegmentChars ?? DEFAULT_MAX_SEGMENT_CHARS);
  const verifier = new EnvelopeVerifier();
  const interchangeSegments: ReadSegment[] = [];
  const groups: { header: ReadSegment; sets: ParsedTransactionSet[] }[] = [];
  let set: ReadSegment[] | null = null;
  for (const raw of splitter.push(text)) {
    const seg = verifier.accept(raw);
    if (seg.id === 'GS') groups.push({ header: seg, sets: [] });
    else if (seg.id === 'ST') set = [seg];
    else if (seg.id === 'SE') {
      set!.push(seg);
      groups.at(-1)!.sets.push(transactionSet(set!));
      set = null;
    } else if (set) set.push(seg);
    else if (seg.id === 'TA1') interchangeSegments.push(seg);
  }
  splitter.end();
  verifier.finish();
  const isa = splitter.isa!;
  return {
    separators: isa.separators,
    header: isa.header,
    interchangeSegments,
    groups: groups.map(({ header, sets }) => group(header, sets)),
  };
}

/** Element n (1-based) as text; a composite's components joined by ":" (for messages only). */
export function elementText(element: SegmentElement | undefined): string {
  return typeof element === 'string' ? element : (element ?? []).join(':');
}

function transactionSet(segments: ReadSegment[]): ParsedTransactionSet {
  const st = segments[0]!;
  const reference = elementText(st.elements[2]);
  return {
    id: elementText(st.elements[0]),
    controlNumber: elementText(st.elements[1]),
    ...(reference === '' ? {} : { implementationReference: reference }),
    segments,
  };
}

function group(gs: ReadSegment, transactionSets: ParsedTransactionSet[]): ParsedGroup {
  const e = (n: number) => elementText(gs.elements[n - 1]);
  return {
    functionalId: e(1),
    applicationSender: e(2),
    applicationReceiver: e(3),
    date: isoDate(e(4)) ?? e(4),
    time: isoTime(e(5)) ?? e(5),
    controlNumber: Number(e(6)),
    version: e(8),
    transactionSets,
    segment: gs,
  };
}
