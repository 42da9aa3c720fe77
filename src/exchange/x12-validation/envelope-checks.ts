// The envelope around the 834s (X12.5 interchange, X12.6 group and transaction set): every header has
// its trailer, the trailers count what the file holds (SE01, GE01, IEA01) and repeat their header's
// control number (ST02 = SE02, GS06 = GE02, ISA13 = IEA02), and the identifiers name this guide.
import type { GroupRead, InterchangeRead, PlacedSegment, TransactionSetRead } from './node-x12-reading.ts';
import type { TransactionStructure } from './structure-schema.ts';
import type { ProblemKind, ValidationProblem } from './validation-problem.ts';

const value = (segment: PlacedSegment, n: number) => segment.elements[n - 1] ?? '';
const ref = (id: string, n: number) => `${id}${String(n).padStart(2, '0')}`;

function problem(
  kind: ProblemKind,
  segment: PlacedSegment,
  element: string | undefined,
  message: string,
): ValidationProblem {
  return {
    kind,
    position: segment.position,
    segmentId: segment.id,
    ...(element === undefined ? {} : { element }),
    ...(segment.line === undefined ? {} : { line: segment.line }),
    message,
  };
}

/** A trailer the file does not have, placed just after the last segment read before it. */
function missing(trailer: string, of: string, after: number): ValidationProblem {
  return {
    kind: 'envelope',
    position: after + 1,
    segmentId: trailer,
    message: `the ${of} has no ${trailer} trailer: the file ends or moves on without it (truncated?)`,
  };
}

function expectValue(
  found: ValidationProblem[],
  segment: PlacedSegment,
  n: number,
  expected: string,
  what: string,
): void {
  const actual = value(segment, n);
  if (actual !== expected)
    found.push(
      problem(
        'envelope',
        segment,
        ref(segment.id, n),
        `${ref(segment.id, n)} is "${actual}", ${what} "${expected}"`,
      ),
    );
}

function matchTrailer(
  found: ValidationProblem[],
  header: PlacedSegment,
  headerElement: number,
  trailer: PlacedSegment,
  trailerElement: number,
): void {
  const a = value(header, headerElement);
  const b = value(trailer, trailerElement);
  if (a !== b)
    found.push(
      problem(
        'control-number',
        trailer,
        ref(trailer.id, trailerElement),
        `${ref(trailer.id, trailerElement)} "${b}" does not repeat ${ref(header.id, headerElement)} "${a}" of segment ${header.position}`,
      ),
    );
}

function expectCount(
  found: ValidationProblem[],
  trailer: PlacedSegment,
  counted: number,
  what: string,
): void {
  const said = value(trailer, 1);
  if (!/^\d+$/.test(said) || Number(said) !== counted)
    found.push(
      problem(
        'count',
        trailer,
        ref(trailer.id, 1),
        `${ref(trailer.id, 1)} says ${said || '(nothing)'} ${what}, the file holds ${counted}`,
      ),
    );
}

function checkSet(
  found: ValidationProblem[],
  set: TransactionSetRead,
  structure: TransactionStructure,
  nextPosition: number,
): void {
  expectValue(found, set.st, 1, structure.transactionSet, 'this guide is for transaction set');
  expectValue(found, set.st, 3, structure.implementation, 'this guide is');
  if (set.se === null) {
    found.push(missing('SE', `transaction set of segment ${set.st.position}`, nextPosition - 1));
    return;
  }
  expectCount(found, set.se, set.body.length + 2, 'segments from ST to SE');
  matchTrailer(found, set.st, 2, set.se, 2);
}

function checkGroup(found: ValidationProblem[], group: GroupRead, structure: TransactionStructure): void {
  expectValue(found, group.gs, 1, structure.functionalIdentifier, 'the functional identifier of an 834 is');
  expectValue(found, group.gs, 8, structure.implementation, 'this guide is');
  group.sets.forEach((set, index) => {
    const next = group.sets[index + 1]?.st.position ?? group.ge?.position ?? lastOf(set) + 1;
    checkSet(found, set, structure, next);
  });
  if (group.ge === null) {
    const last = group.sets.at(-1);
    found.push(
      missing(
        'GE',
        `functional group of segment ${group.gs.position}`,
        last ? lastOf(last) : group.gs.position,
      ),
    );
    return;
  }
  expectCount(found, group.ge, group.sets.length, 'transaction sets');
  matchTrailer(found, group.gs, 6, group.ge, 2);
}

function lastOf(set: TransactionSetRead): number {
  return set.se?.position ?? set.body.at(-1)?.position ?? set.st.position;
}

export function checkEnvelope(read: InterchangeRead, structure: TransactionStructure): ValidationProblem[] {
  const found: ValidationProblem[] = [];
  if (read.isa.elements.length !== 16)
    found.push(
      problem('envelope', read.isa, undefined, `ISA has ${read.isa.elements.length} elements, not 16`),
    );
  // node-x12 hands ISA13 and IEA02 over as numbers (leading zeros dropped), so they are compared as such.
  if (!/^[1-9]\d{0,8}$/.test(value(read.isa, 13)))
    found.push(
      problem(
        'envelope',
        read.isa,
        'ISA13',
        `ISA13 "${value(read.isa, 13)}" is not a control number 1 to 999999999`,
      ),
    );
  for (const group of read.groups) checkGroup(found, group, structure);
  if (read.groups.length === 0)
    found.push(problem('envelope', read.isa, undefined, 'the interchange holds no functional group (GS)'));
  if (read.iea === null) {
    found.push(missing('IEA', 'interchange', read.lastPosition));
  } else {
    expectCount(found, read.iea, read.groups.length, 'functional groups');
    matchTrailer(found, read.isa, 13, read.iea, 2);
  }
  return found;
}
