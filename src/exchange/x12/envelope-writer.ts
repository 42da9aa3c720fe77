// Writes the envelope around transaction sets step by step (X12.5/X12.6; 005010 TR3 Appendix B,
// ISA/IEA and GS/GE, and each TR3's ST/SE): ISA ... IEA holds functional groups GS ... GE, which
// hold transaction sets ST ... SE. Control numbers come from the caller, which allocates them once
// per partner and never reuses them; the counts in the trailers (SE01, GE01, IEA01) are counted
// here, so they cannot disagree with the segments written.

import { controlNumber, formatIsa, type InterchangeHeader } from './isa-segment.ts';
import { segment, type Segment } from './segment.ts';
import {
  containsSeparator,
  DEFAULT_SEPARATORS,
  separators as checkSeparators,
  type Separators,
} from './separators.ts';
import { writeSegment } from './write-segments.ts';
import { x12Date, x12Time } from './x12-date-time.ts';
import { X12Error } from './x12-error.ts';

/** GS01 codes the exchange uses: BE benefit enrollment (834), FA functional acknowledgment (999). */
export const FUNCTIONAL_ID = { enrollment: 'BE', acknowledgment: 'FA' } as const;

/** The implementation guides' version strings (GS08, ST03). */
export const IMPLEMENTATION = { enrollment834: '005010X220A1', acknowledgment999: '005010X231A1' } as const;

/** Envelope segments the writer puts around a body itself; a body holding one is refused. */
const ENVELOPE_IDS: ReadonlySet<string> = new Set(['ISA', 'IEA', 'GS', 'GE', 'ST', 'SE']);

export interface GroupHeader {
  /** GS01, e.g. "BE" for an 834, "FA" for a 999. */
  readonly functionalId: string;
  /** GS02 application sender's code (2-15 characters). */
  readonly applicationSender: string;
  /** GS03 application receiver's code (2-15 characters). */
  readonly applicationReceiver: string;
  /** GS04/GS05 as YYYY-MM-DD and HH:MM; the interchange's when left out. */
  readonly date?: string;
  readonly time?: string;
  /** GS06 (= GE02), allocated by the caller, unique within the sender's groups. */
  readonly controlNumber: number;
  /** GS08, e.g. "005010X220A1". */
  readonly version: string;
}

export interface TransactionSetHeader {
  /** ST01, e.g. "834". */
  readonly id: string;
  /** ST02 (= SE02): a number is zero-padded to four digits; text is written as given (4-9). */
  readonly controlNumber: number | string;
  /** ST03; the group's GS08 when left out. */
  readonly implementationReference?: string;
}

export interface EnvelopeOptions {
  readonly separators?: Separators;
  /** Written after each segment terminator: "" (one long line, the default), "\n" or "\r\n". */
  readonly segmentSuffix?: '' | '\n' | '\r\n';
}

type State = 'interchange' | 'group' | 'set' | 'closed';

/**
 * Writes one interchange step by step and keeps its counts. Text accumulates until `take()`; the
 * drivers below take it in chunks. Steps out of order (a segment outside a transaction set, a group
 * left open) are refused: the envelope would not verify at the partner.
 */
export class EnvelopeWriter {
  private readonly header: InterchangeHeader;
  readonly separators: Separators;
  private readonly suffix: string;
  private pending = '';
  private state: State = 'interchange';
  private groupCount = 0;
  private setCount = 0;
  private segmentCount = 0;
  private group: GroupHeader | null = null;
  private setControl = '';

  constructor(header: InterchangeHeader, options: EnvelopeOptions = {}) {
    this.header = header;
    this.separators = options.separators ? checkSeparators(options.separators) : DEFAULT_SEPARATORS;
    // A line-break terminator already puts each segment on its own line; a suffix would add blank ones.
    const lineTerminator = this.separators.segment === '\n' || this.separators.segment === '\r';
    this.suffix = lineTerminator ? '' : (options.segmentSuffix ?? '');
    this.pending = formatIsa(header, this.separators) + this.suffix;
  }

  /** Characters written and not yet taken. */
  get pendingLength(): number {
    return this.pending.length;
  }

  /** The text written since the last call. */
  take(): string {
    const text = this.pending;
    this.pending = '';
    return text;
  }

  /** A segment at interchange level, outside any group: a TA1 (X12.5), before the first GS. */
  interchangeSegment(seg: Segment): void {
    this.expect('interchange', `${seg.id} at interchange level`);
    if (this.groupCount > 0)
      throw this.misplaced(`${seg.id} after a functional group; put it before the first GS`);
    this.put(seg);
  }

  openGroup(group: GroupHeader): void {
    this.expect('interchange', 'a functional group');
    const where = { segmentId: 'GS' };
    // Element lengths of GS01, GS02, GS03 and GS08 (TR3 Appendix B, GS).
    lengthWithin(group.functionalId, 2, 2, 'GS01');
    lengthWithin(group.applicationSender, 2, 15, 'GS02');
    lengthWithin(group.applicationReceiver, 2, 15, 'GS03');
    lengthWithin(group.version, 1, 12, 'GS08');
    const date = x12Date(group.date ?? this.header.date, 8, { ...where, element: 'GS04' });
    const time = x12Time(group.time ?? this.header.time, { ...where, element: 'GS05' });
    const gs06 = String(Number(controlNumber(group.controlNumber, { ...where, element: 'GS06' })));
    this.put(
      segment(
        'GS',
        group.functionalId,
        group.applicationSender,
        group.applicationReceiver,
        date,
        time,
        gs06,
        'X',
        group.version,
      ),
    );
    this.group = group;
    this.groupCount++;
    this.setCount = 0;
    this.state = 'group';
  }

  openTransactionSet(set: TransactionSetHeader): void {
    this.expect('group', 'a transaction set');
    this.setControl = this.transactionSetControl(set.controlNumber);
    this.segmentCount = 0;
    this.state = 'set';
    this.count(segment('ST', set.id, this.setControl, set.implementationReference ?? this.group!.version));
    this.setCount++;
  }

  /** One segment of the open transaction set's body. */
  segment(seg: Segment): void {
    if (this.state !== 'set') throw this.misplaced(`${seg.id} outside a transaction set`);
    if (ENVELOPE_IDS.has(seg.id))
      throw this.misplaced(
        `the body of transaction set ${this.setControl} holds ${seg.id}; the envelope writes its own`,
      );
    this.count(seg);
  }

  closeTransactionSet(): void {
    this.expect('set', 'the end of a transaction set');
    // SE01 counts the segments from ST to SE, both included (X12.6; every TR3's SE01 note).
    this.count(segment('SE', String(this.segmentCount + 1), this.setControl));
    this.state = 'group';
  }

  closeGroup(): void {
    this.expect('group', 'the end of a functional group');
    this.put(segment('GE', String(this.setCount), String(this.group!.controlNumber)));
    this.group = null;
    this.state = 'interchange';
  }

  close(): void {
    this.expect('interchange', 'the end of the interchange');
    this.put(
      segment('IEA', String(this.groupCount), controlNumber(this.header.controlNumber, { segmentId: 'IEA' })),
    );
    this.state = 'closed';
  }

  private count(seg: Segment): void {
    this.put(seg);
    this.segmentCount++;
  }

  private put(seg: Segment): void {
    this.pending += writeSegment(seg, this.separators) + this.suffix;
  }

  private expect(state: State, what: string): void {
    if (this.state !== state) throw this.misplaced(`${what} while ${describeState(this.state)}`);
  }

  private misplaced(problem: string): X12Error {
    return new X12Error('INVALID_VALUE', `envelope out of order: ${problem}`, {}, 'write');
  }

  private transactionSetControl(value: number | string): string {
    const where = { segmentId: 'ST', element: 'ST02' };
    if (typeof value === 'number') return String(Number(controlNumber(value, where))).padStart(4, '0');
    if (value.length < 4 || value.length > 9 || containsSeparator(value, this.separators))
      throw new X12Error(
        'INVALID_VALUE',
        `ST02 ${JSON.stringify(value)} must be 4-9 characters without separators`,
        where,
      );
    return value;
  }
}

function lengthWithin(value: string, min: number, max: number, element: string): void {
  if (value.length < min || value.length > max)
    throw new X12Error(
      'INVALID_VALUE',
      `${element} ${JSON.stringify(value)} must be ${min}-${max} characters`,
      {
        segmentId: 'GS',
        element,
      },
    );
}

function describeState(state: State): string {
  const names: Record<State, string> = {
    interchange: 'no group is open',
    group: 'a group is open and no transaction set',
    set: 'a transaction set is open',
    closed: 'the interchange is closed',
  };
  return names[state];
}
