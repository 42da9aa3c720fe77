// Where a reader of a carrier's membership file (the reconciliation CSV or an 834 audit) hands each
// well-formed member as it reads it, in the file's order: the reconciliation's join, or a list for
// callers that want the members themselves. A member listed twice is noted as it is read and reported
// once the whole file is read, in member id order then line, so a refused file names its repeats the
// same way whatever order they came in.
import type { RowErrorCollector } from '../roster/row-errors.ts';
import type { ReconciledMember } from './reconcile-members.ts';

export interface CarrierMemberSink {
  /** Takes a member listed at `line`; returns the line it was listed at before, when it was. */
  add(member: ReconciledMember, line: number): number | undefined;
}

interface Repeat {
  readonly memberId: string;
  readonly line: number;
  readonly previous: number;
}

/** A sink's members handed on, with the repeats noted for the reader's errors. */
export class RepeatCheckedSink {
  private readonly sink: CarrierMemberSink;
  private readonly repeats: Repeat[] = [];
  count = 0;

  constructor(sink: CarrierMemberSink) {
    this.sink = sink;
  }

  add(member: ReconciledMember, line: number): void {
    this.count++;
    const previous = this.sink.add(member, line);
    if (previous !== undefined) this.repeats.push({ memberId: member.memberId, line, previous });
  }

  /** Each repeat as an error on `field`, in member id order then line. */
  report(errors: RowErrorCollector, field: string, describe: (previous: number) => string): void {
    this.repeats.sort((a, b) =>
      a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : a.line - b.line,
    );
    for (const r of this.repeats)
      errors.add(r.line, field, `lists ${r.memberId} again (${describe(r.previous)})`);
  }
}

/** A member with the line (or segment) that listed it. */
export type ListedMember = ReconciledMember & { readonly line: number };

/** A sink that keeps the members, for callers that want them listed. */
export class ListedMembers implements CarrierMemberSink {
  private readonly lines = new Map<string, number>();
  private readonly members: ListedMember[] = [];

  add(member: ReconciledMember, line: number): number | undefined {
    const previous = this.lines.get(member.memberId);
    this.lines.set(member.memberId, line);
    this.members.push({ ...member, line });
    return previous;
  }

  /** Sorted by member id, then line. */
  sorted(): ListedMember[] {
    return this.members.sort((a, b) =>
      a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : a.line - b.line,
    );
  }
}
