// Checks the envelope of an interchange as its segments go by (X12.5/X12.6; 005010 TR3 Appendix B):
// headers and trailers nest (ISA > GS > ST ... SE > GE > IEA), each trailer repeats its header's
// control number (IEA02 = ISA13, GE02 = GS06, SE02 = ST02), and each trailer's count is what was
// counted (SE01 segments from ST to SE, GE01 transaction sets, IEA01 groups). TA1 segments may stand
// at interchange level, outside the groups (X12.5 TA1).

import type { SegmentElement } from './segment.ts';
import type { SplitSegment } from './segment-splitter.ts';
import { X12Error } from './x12-error.ts';

/** A segment as read: identifier, elements, where it stands, and its place in its transaction set. */
export type ReadSegment = Readonly<SplitSegment>;

type State = 'interchange' | 'group' | 'set' | 'closed';

export class EnvelopeVerifier {
  private state: State = 'interchange';
  private isa13 = '';
  private groups = 0;
  private gs06 = '';
  private sets = 0;
  private st02 = '';
  private segments = 0;
  private last: SplitSegment | null = null;

  /** The segment, with its position in its transaction set; throws at the first envelope error. */
  accept(seg: SplitSegment): ReadSegment {
    this.last = seg;
    switch (seg.id) {
      case 'ISA':
        return this.isa(seg);
      case 'GS':
        return this.openGroup(seg);
      case 'ST':
        return this.openSet(seg);
      case 'SE':
        return this.closeSet(seg);
      case 'GE':
        return this.closeGroup(seg);
      case 'IEA':
        return this.closeInterchange(seg);
      case 'TA1':
        this.expect(seg, 'interchange');
        return seg;
      default:
        this.expect(seg, 'set');
        seg.setPosition = ++this.segments;
        return seg;
    }
  }

  /** Called when the text has ended: refuses an interchange without its trailers. */
  finish(): void {
    if (this.state === 'closed') return;
    const missing: Record<Exclude<State, 'closed'>, string> = {
      set: `inside transaction set ${this.st02}, before its SE (and GE, IEA)`,
      group: `inside functional group ${this.gs06}, before its GE (and IEA)`,
      interchange: 'before the IEA that closes the interchange',
    };
    throw new X12Error(
      'TRUNCATED',
      `the file ends after this segment, ${missing[this.state]}: it was cut short`,
      {
        position: this.last?.position,
        segmentId: this.last?.id,
        line: this.last?.line,
      },
    );
  }

  private isa(seg: SplitSegment): ReadSegment {
    if (seg.position !== 1) throw misplaced(seg, 'a second ISA: one interchange per file');
    this.isa13 = text(seg.elements[12]);
    return seg;
  }

  private openGroup(seg: SplitSegment): ReadSegment {
    this.expect(seg, 'interchange');
    this.gs06 = numeric(seg, 6, 'the group control number');
    this.groups++;
    this.sets = 0;
    this.state = 'group';
    return seg;
  }

  private openSet(seg: SplitSegment): ReadSegment {
    this.expect(seg, 'group');
    this.st02 = text(seg.elements[1]);
    if (this.st02.length < 4 || this.st02.length > 9)
      throw new X12Error(
        'INVALID_VALUE',
        `ST02 ${JSON.stringify(this.st02)} is not a 4-9 character control number`,
        at(seg, 'ST02'),
        'read',
      );
    this.sets++;
    this.segments = 1;
    this.state = 'set';
    seg.setPosition = 1;
    return seg;
  }

  private closeSet(seg: SplitSegment): ReadSegment {
    this.expect(seg, 'set');
    seg.setPosition = ++this.segments;
    const se02 = text(seg.elements[1]);
    if (se02 !== this.st02) throw mismatch(seg, 'SE02', se02, 'ST02', this.st02);
    const said = numeric(seg, 1, 'a segment count');
    if (Number(said) !== this.segments)
      throw new X12Error(
        'COUNT_MISMATCH',
        `SE01 says ${Number(said)} segments, counted ${this.segments} from ST to SE`,
        at(seg, 'SE01'),
      );
    this.state = 'group';
    return seg;
  }

  private closeGroup(seg: SplitSegment): ReadSegment {
    this.expect(seg, 'group');
    const ge02 = numeric(seg, 2, 'the group control number');
    if (Number(ge02) !== Number(this.gs06)) throw mismatch(seg, 'GE02', ge02, 'GS06', this.gs06);
    const said = Number(numeric(seg, 1, 'a transaction set count'));
    if (said !== this.sets)
      throw new X12Error(
        'COUNT_MISMATCH',
        `GE01 says ${said} transaction sets, counted ${this.sets}`,
        at(seg, 'GE01'),
      );
    this.state = 'interchange';
    return seg;
  }

  private closeInterchange(seg: SplitSegment): ReadSegment {
    this.expect(seg, 'interchange');
    const iea02 = text(seg.elements[1]);
    if (iea02 !== this.isa13) throw mismatch(seg, 'IEA02', iea02, 'ISA13', this.isa13);
    const said = Number(numeric(seg, 1, 'a group count'));
    if (said !== this.groups)
      throw new X12Error(
        'COUNT_MISMATCH',
        `IEA01 says ${said} functional groups, counted ${this.groups}`,
        at(seg, 'IEA01'),
      );
    this.state = 'closed';
    return seg;
  }

  private expect(seg: SplitSegment, state: State): void {
    if (this.state === state) return;
    const where: Record<State, string> = {
      closed: 'after the IEA that closed the interchange',
      set: `inside transaction set ${this.st02}, whose SE is missing`,
      group: `inside functional group ${this.gs06} but outside any transaction set`,
      interchange: 'outside any functional group',
    };
    // A header inside an open unit means that unit's trailer is missing; say which.
    throw misplaced(seg, `${seg.id} ${where[this.state]}`);
  }
}

function text(element: SegmentElement | undefined): string {
  return typeof element === 'string' ? element : (element ?? []).join(':');
}

function at(seg: SplitSegment, element: string) {
  return { position: seg.position, segmentId: seg.id, line: seg.line, element };
}

function numeric(seg: SplitSegment, index: number, what: string): string {
  const ref = `${seg.id}${String(index).padStart(2, '0')}`;
  const value = text(seg.elements[index - 1]);
  if (!/^\d{1,10}$/.test(value))
    throw new X12Error(
      'INVALID_VALUE',
      `${ref} ${JSON.stringify(value)} is not ${what}`,
      at(seg, ref),
      'read',
    );
  return value;
}

function mismatch(
  seg: SplitSegment,
  ref: string,
  value: string,
  headerRef: string,
  header: string,
): X12Error {
  return new X12Error(
    'CONTROL_NUMBER_MISMATCH',
    `${ref} ${JSON.stringify(value)} differs from ${headerRef} ${JSON.stringify(header)}`,
    at(seg, ref),
  );
}

function misplaced(seg: SplitSegment, problem: string): X12Error {
  return new X12Error('UNEXPECTED_SEGMENT', problem, {
    position: seg.position,
    segmentId: seg.id,
    line: seg.line,
  });
}
