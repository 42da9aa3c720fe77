// Splits an interchange's text into segments as it arrives in chunks of any size. The separators
// are not assumed: they are read from the ISA segment's fixed positions (see isa-segment.ts), so a
// partner's "|" or line-feed terminator reads as well as "~". Line breaks after terminators (a common
// courtesy for people reading files) are skipped and counted, so errors can name the line too.

import { ISA_LENGTH, readIsa, type ReadIsa } from './isa-segment.ts';
import type { Segment, SegmentElement } from './segment.ts';
import type { Separators } from './separators.ts';
import { X12Error } from './x12-error.ts';

export interface SplitSegment extends Segment {
  /** 1-based ordinal of the segment in the interchange (ISA is 1). */
  readonly position: number;
  /** 1-based line the segment starts on (1 throughout when the file has no line breaks). */
  readonly line: number;
  /** Position within its transaction set, ST being 1: what a 999 reports in IK302. Set by the envelope check. */
  setPosition?: number;
}

const SEGMENT_ID = /^[A-Z][A-Z0-9]{1,2}$/;

/** A segment longer than this is taken for a wrong terminator, not read on into memory. */
export const DEFAULT_MAX_SEGMENT_CHARS = 64 * 1024;

export class SegmentSplitter {
  private readonly maxSegmentChars: number;
  /** The ISA as read, once the first 106 characters have arrived. */
  isa: ReadIsa | null = null;
  private carry = '';
  private position = 0;
  private line = 1;

  constructor(maxSegmentChars = DEFAULT_MAX_SEGMENT_CHARS) {
    this.maxSegmentChars = maxSegmentChars;
  }

  get separators(): Separators | null {
    return this.isa?.separators ?? null;
  }

  /** The segments completed by this chunk, in order. */
  push(chunk: string): SplitSegment[] {
    this.carry += chunk;
    const out: SplitSegment[] = [];
    if (!this.isa && !this.startIsa(out)) return out;
    const terminator = this.isa!.separators.segment;
    const text = this.carry;
    let start = 0;
    let end = text.indexOf(terminator, start);
    while (end !== -1) {
      const seg = this.segment(text.slice(start, end));
      if (seg) out.push(seg);
      start = end + 1;
      end = text.indexOf(terminator, start);
    }
    this.carry = text.slice(start);
    if (this.carry.length > this.maxSegmentChars) this.tooLong(this.carry);
    return out;
  }

  /** Called when the text has ended: refuses a last segment without its terminator. */
  end(): void {
    if (!this.isa) {
      const text = this.carry.replace(/^\uFEFF?\s*/, '');
      if (text === '') throw new X12Error('NOT_AN_INTERCHANGE', 'the file is empty: no ISA segment');
      readIsa(text, this.line); // throws: not ISA, or cut short
    }
    const rest = this.carry;
    if (rest.trim() !== '') {
      const { line, text } = this.skipLineBreaks(rest);
      const id = text.split(this.isa!.separators.element, 1)[0]!;
      throw new X12Error(
        'TRUNCATED',
        `the file ends inside this segment (${JSON.stringify(text.slice(0, 40))} has no terminator ` +
          `${JSON.stringify(this.isa!.separators.segment)}): it was cut short, or its segments do not end ` +
          'with the terminator its ISA announces',
        { position: this.position + 1, segmentId: SEGMENT_ID.test(id) ? id : undefined, line },
      );
    }
  }

  private startIsa(out: SplitSegment[]): boolean {
    const lead = /^\uFEFF?[\s]*/.exec(this.carry)![0];
    if (this.carry.length < lead.length + ISA_LENGTH) {
      // Not enough yet; but say early when the file plainly is not X12.
      const start = this.carry.slice(lead.length, lead.length + 3);
      if (!'ISA'.startsWith(start)) readIsa(this.carry.slice(lead.length), this.line);
      return false;
    }
    this.line += countLineFeeds(lead);
    const isaText = this.carry.slice(lead.length, lead.length + ISA_LENGTH);
    this.isa = readIsa(isaText, this.line);
    this.carry = this.carry.slice(lead.length + ISA_LENGTH);
    this.position = 1;
    out.push({
      id: 'ISA',
      elements: this.isa.elements,
      position: 1,
      line: this.line,
      setPosition: undefined,
    });
    if (this.isa.separators.segment === '\n') this.line++;
    return true;
  }

  /** The segment in `raw`; null for a blank line between segments (a line-feed terminator, CR LF lines). */
  private segment(raw: string): SplitSegment | null {
    // Most segments start right after the previous terminator: no line bookkeeping for them.
    const first = raw.charCodeAt(0);
    const plain = first !== 10 && first !== 13 && this.isa!.separators.segment !== '\n';
    const { line, text } = plain ? { line: this.line, text: raw } : this.skipLineBreaks(raw);
    if (text === '' && raw !== '') return null;
    const position = ++this.position;
    if (text.length > this.maxSegmentChars) this.tooLong(text);
    const set = this.isa!.separators;
    const parts = text.split(set.element);
    const id = parts[0]!;
    if (!SEGMENT_ID.test(id))
      throw new X12Error(
        'INVALID_SEGMENT_ID',
        `${JSON.stringify(text.slice(0, 20))} does not start with a segment identifier ` +
          `(2-3 capitals/digits, then ${JSON.stringify(set.element)}): are the separators right?`,
        { position, line },
      );
    const elements: SegmentElement[] = [];
    for (let i = 1; i < parts.length; i++) {
      const value = parts[i]!;
      elements.push(value.includes(set.component) ? value.split(set.component) : value);
    }
    return { id, elements, position, line, setPosition: undefined };
  }

  /** Drops the line breaks before a segment (and a CR before a line-feed terminator), counting lines. */
  private skipLineBreaks(raw: string): { line: number; text: string } {
    let from = 0;
    while (from < raw.length && (raw[from] === '\n' || raw[from] === '\r')) from++;
    this.line += countLineFeeds(raw.slice(0, from));
    const line = this.line;
    let text = from === 0 ? raw : raw.slice(from);
    if (text.endsWith('\r') && this.isa!.separators.segment === '\n') text = text.slice(0, -1);
    if (this.isa!.separators.segment === '\n') this.line++;
    else if (text.includes('\n')) this.line += countLineFeeds(text);
    return { line, text };
  }

  private tooLong(text: string): never {
    throw new X12Error(
      'SEGMENT_TOO_LONG',
      `a segment runs past ${this.maxSegmentChars} characters without the terminator ` +
        `${JSON.stringify(this.isa!.separators.segment)} (it starts ${JSON.stringify(text.slice(0, 40))}): ` +
        'is the segment terminator the one the ISA announces?',
      { position: this.position + 1, line: this.line },
    );
  }
}

function countLineFeeds(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
