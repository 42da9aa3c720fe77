// A carrier's membership sent as an 834 audit file (005010X220A1, BGN08 4, INS03 030), read into the
// members the reconciliation compares: the same facts the CSV layout gives (companion guide, section
// 10), taken from the segments the guide defines for them. Every fault is named by its segment's
// position in the file; the whole file is read before anything is recorded, so a bad file changes
// nothing.
import { isoFromD8 } from './x12-dates.ts';
import type { ReconciledMember } from './reconcile-members.ts';
import { FileValidationError, RowErrorCollector } from '../roster/row-errors.ts';
import { ListedMembers, RepeatCheckedSink, type CarrierMemberSink } from './carrier-member-sink.ts';
import { elementText, readInterchangeBatches, type ReadSegment } from '../x12/read-interchange.ts';

export class Reconciliation834Error extends FileValidationError {}

/** A member with the position of the INS segment that opened its loop. */
export interface Reconciled834Member extends ReconciledMember {
  readonly line: number;
}

interface Draft {
  readonly position: number;
  memberId: string;
  subscriberId: string;
  enrollmentCode: string;
  coverageBegins: string;
  coverageEnds: string | null;
  readonly medicareA: boolean;
  readonly medicareB: boolean;
}

const text = (seg: ReadSegment, n: number) => elementText(seg.elements[n - 1]);
const firstComponent = (seg: ReadSegment, n: number) => {
  const element = seg.elements[n - 1];
  return typeof element === 'string' ? element : (element?.[0] ?? '');
};

/** Reads the whole file; returns its members sorted by member id, or throws naming every bad segment. */
export async function readReconciliation834(
  chunks: AsyncIterable<string> | Iterable<string>,
): Promise<Reconciled834Member[]> {
  const listed = new ListedMembers();
  await readReconciliation834Into(chunks, listed);
  return listed.sorted();
}

/**
 * Reads the whole file, handing each member to `sink` as its loop closes (in the file's order); returns
 * how many, or throws naming every bad segment once the file is read.
 */
export async function readReconciliation834Into(
  chunks: AsyncIterable<string> | Iterable<string>,
  sink: CarrierMemberSink,
): Promise<number> {
  const errors = new RowErrorCollector();
  const members = new RepeatCheckedSink(sink);
  let draft: Draft | null = null;
  const close = () => {
    if (draft !== null) {
      const done = finished(draft, errors);
      if (done !== null) members.add(done, draft.position);
    }
    draft = null;
  };
  for await (const batch of readInterchangeBatches(chunks)) {
    for (const seg of batch) {
      if (seg.id === 'INS' || seg.id === 'SE') close();
      if (seg.id === 'INS') draft = opened(seg, errors);
      else if (draft !== null) fill(draft, seg, errors);
      else checkHeader(seg, errors);
    }
  }
  members.report(errors, 'REF*17', (previous) => `first at segment ${previous}`);
  if (errors.count > 0) throw new Reconciliation834Error('reconciliation 834', errors.errors, errors.count);
  return members.count;
}

/** The envelope of an 834 audit: a BE group under 005010X220A1 (GS01, GS08), an 834, BGN08 4. */
function checkHeader(seg: ReadSegment, errors: RowErrorCollector): void {
  if (seg.id === 'GS' && text(seg, 1) !== 'BE')
    errors.add(seg.position, 'GS01', `is "${text(seg, 1)}": an 834's group is BE (benefit enrollment)`);
  if (seg.id === 'GS' && !/^005010X220(A1)?$/.test(text(seg, 8)))
    errors.add(seg.position, 'GS08', `is "${text(seg, 8)}": a membership file follows 005010X220A1`);
  if (seg.id === 'ST' && text(seg, 1) !== '834')
    errors.add(seg.position, 'ST01', `is ${text(seg, 1)}: a membership file is an 834`);
  if (seg.id === 'BGN' && text(seg, 8) !== '4')
    errors.add(seg.position, 'BGN08', `is "${text(seg, 8)}": a membership (audit) file has BGN08 4 (verify)`);
}

/** INS: a member's loop begins; INS03 030 (audit or compare), INS06-1 the Medicare plan code. */
function opened(seg: ReadSegment, errors: RowErrorCollector): Draft {
  if (text(seg, 3) !== '030')
    errors.add(seg.position, 'INS03', `is "${text(seg, 3)}": an audit member is 030`);
  const plan = firstComponent(seg, 6);
  if (!['A', 'B', 'C', 'D', 'E', ''].includes(plan))
    errors.add(seg.position, 'INS06-1', `is "${plan}": A, B, C, D or E`);
  return {
    position: seg.position,
    memberId: '',
    subscriberId: '',
    enrollmentCode: '',
    coverageBegins: '',
    coverageEnds: null,
    medicareA: plan === 'A' || plan === 'C',
    medicareB: plan === 'B' || plan === 'C',
  };
}

/** REF 0F subscriber, REF 1L enrollment code, REF 17 member id, DTP 348 and 349 the benefit dates. */
function fill(draft: Draft, seg: ReadSegment, errors: RowErrorCollector): void {
  if (seg.id === 'REF') {
    const [qualifier, value] = [text(seg, 1), text(seg, 2)];
    if (qualifier === '0F') draft.subscriberId = value;
    if (qualifier === '1L') draft.enrollmentCode = value;
    if (qualifier === '17') draft.memberId = value;
  }
  if (seg.id !== 'DTP' || !['348', '349'].includes(text(seg, 1))) return;
  const day = text(seg, 2) === 'D8' ? isoFromD8(text(seg, 3)) : null;
  if (day === null) {
    errors.add(seg.position, `DTP${text(seg, 1)}`, `must be D8 and a real date, not "${text(seg, 3)}"`);
    return;
  }
  if (text(seg, 1) === '348') draft.coverageBegins = day;
  else draft.coverageEnds = day;
}

function finished(draft: Draft, errors: RowErrorCollector): ReconciledMember | null {
  const missing = [
    ['REF*17', draft.memberId],
    ['REF*0F', draft.subscriberId],
    ['REF*1L', draft.enrollmentCode],
    ['DTP*348', draft.coverageBegins],
  ].filter(([, value]) => value === '');
  for (const [what] of missing)
    errors.add(draft.position, what!, `the member whose INS is segment ${draft.position} has no ${what}`);
  if (missing.length > 0) return null;
  const { position: _position, ...member } = draft;
  return member;
}
