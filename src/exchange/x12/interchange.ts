// A whole interchange from its parts: the envelope's headers and the transaction sets' bodies. The
// streaming form takes bodies as (async) iterables of segments and yields text in chunks, so an audit
// file of 1.7 million members is written without holding it in memory; the text form is for small
// files (acknowledgments, tests). The caller owns where the text goes: write to a temporary file and
// rename it when the last chunk is out, so an error half-way leaves no partial file behind.

import {
  EnvelopeWriter,
  type EnvelopeOptions,
  type GroupHeader,
  type TransactionSetHeader,
} from './envelope-writer.ts';
import type { InterchangeHeader } from './isa-segment.ts';
import type { Segment } from './segment.ts';

export { FUNCTIONAL_ID, IMPLEMENTATION, EnvelopeWriter } from './envelope-writer.ts';
export type { EnvelopeOptions, GroupHeader, TransactionSetHeader } from './envelope-writer.ts';

type Many<T> = Iterable<T> | AsyncIterable<T>;

export interface TransactionSetInput<S extends Many<Segment> = Many<Segment>> extends TransactionSetHeader {
  /** The segments between ST and SE. */
  readonly body: S;
}

export interface GroupInput<
  S extends Many<Segment> = Many<Segment>,
  T extends Many<TransactionSetInput<S>> = Many<TransactionSetInput<S>>,
> extends GroupHeader {
  readonly transactionSets: T;
}

export interface InterchangeInput<
  S extends Many<Segment> = Many<Segment>,
  G extends Many<GroupInput<S>> = Many<GroupInput<S>>,
>
  extends InterchangeHeader, EnvelopeOptions {
  /** Interchange-level segments (TA1) written before the first group. */
  readonly interchangeSegments?: readonly Segment[];
  readonly groups: G;
}

/** An interchange whose parts are all in hand (plain arrays or other synchronous iterables). */
export type SmallInterchangeInput = InterchangeInput<
  Iterable<Segment>,
  Iterable<GroupInput<Iterable<Segment>, Iterable<TransactionSetInput<Iterable<Segment>>>>>
>;

/** Chunks of about this many characters (the last one smaller). */
export const DEFAULT_CHUNK_CHARS = 64 * 1024;

/** The interchange as text chunks, produced as the bodies are read. */
export async function* writeInterchange(
  input: InterchangeInput,
  chunkChars = DEFAULT_CHUNK_CHARS,
): AsyncGenerator<string, void, undefined> {
  const writer = new EnvelopeWriter(input, input);
  for (const seg of input.interchangeSegments ?? []) writer.interchangeSegment(seg);
  for await (const group of input.groups) {
    writer.openGroup(group);
    for await (const set of group.transactionSets) {
      writer.openTransactionSet(set);
      // A synchronous body is walked without an await per segment: most of an audit file's time
      // would otherwise go to promise turns.
      if (Symbol.asyncIterator in set.body) {
        for await (const seg of set.body as AsyncIterable<Segment>) {
          writer.segment(seg);
          if (writer.pendingLength >= chunkChars) yield writer.take();
        }
      } else {
        for (const seg of set.body) {
          writer.segment(seg);
          if (writer.pendingLength >= chunkChars) yield writer.take();
        }
      }
      writer.closeTransactionSet();
    }
    writer.closeGroup();
  }
  writer.close();
  yield writer.take();
}

/** The whole interchange as one string, for small files. */
export function writeInterchangeText(input: SmallInterchangeInput): string {
  const writer = new EnvelopeWriter(input, input);
  for (const seg of input.interchangeSegments ?? []) writer.interchangeSegment(seg);
  for (const group of input.groups) {
    writer.openGroup(group);
    for (const set of group.transactionSets) {
      writer.openTransactionSet(set);
      for (const seg of set.body) writer.segment(seg);
      writer.closeTransactionSet();
    }
    writer.closeGroup();
  }
  writer.close();
  return writer.take();
}
