// A SIMULATOR of a carrier's translator, for the demo and for trying the exchange end to end without a
// carrier: it reads an 834 the exchange wrote and answers it with the 999 a carrier would send
// (005010X231A1). With no rejections asked for, every transaction set is accepted (IK5 A, AK9 A).
// Asked to reject N members, it picks N members' DMG segments, chosen by the seed so the same file
// and seed give the same answer, and reports each as a bad birth date (IK3 DMG with IK304 8,
// IK4 DMG02 with IK403 8): the set holding one is rejected (IK5 R 5) and the group is partially
// accepted (AK9 P) or rejected (AK9 R). Never used on real carrier traffic.
import { createHash } from 'node:crypto';
import type { IsoDate } from '../../domain/dates.ts';
import type { CarrierPartner } from '../../domain/trading-partner.ts';
import { PshbError } from '../../errors.ts';
import type { ImplementationAcknowledgment, SegmentNote } from '../x12/acknowledgment.ts';
import type { ReadSegment } from '../x12/envelope-verifier.ts';
import { parseInterchange, type ParsedGroup, type ParsedTransactionSet } from '../x12/read-interchange.ts';
import { acceptingAcknowledgment, writeAcknowledgments } from '../x12/write-acknowledgment.ts';

export interface SimulatedAnswerOptions {
  /** How many members to report as rejected (0: accept everything). */
  readonly rejectMembers: number;
  readonly seed: number;
  /** The answer's ISA/GS date and time. */
  readonly date: IsoDate;
  readonly time: string;
  /** The answer's interchange and group control number. */
  readonly controlNumber: number;
}

export interface SimulatedAnswer {
  readonly text: string;
  readonly transactionSets: number;
  readonly rejectedSets: number;
  readonly rejectedMembers: number;
}

export function simulateCarrierAnswer(
  text834: string,
  partner: CarrierPartner,
  options: SimulatedAnswerOptions,
): SimulatedAnswer {
  const parsed = parseInterchange(text834);
  const sets = parsed.groups.flatMap((group) => group.transactionSets.filter((set) => set.id === '834'));
  if (sets.length === 0)
    throw new PshbError('INVALID_INPUT', '<file>: holds no 834 transaction set to answer');
  const chosen = chosenBirthDates(sets, options);
  const acks = parsed.groups.map((group, index) =>
    answerGroup(group, String(index + 1).padStart(4, '0'), chosen),
  );
  const text = writeAcknowledgments({
    sender: partner.x12.interchangeReceiver,
    receiver: partner.x12.interchangeSender,
    date: options.date,
    time: options.time,
    controlNumber: options.controlNumber,
    acknowledgmentRequested: false,
    usage: parsed.header.usage,
    applicationSender: partner.x12.applicationReceiver,
    applicationReceiver: partner.x12.applicationSender,
    groupControlNumber: options.controlNumber,
    implementationAcknowledgments: acks,
  });
  const rejectedSets = acks.reduce(
    (n, ack) => n + ack.transactionSets.filter((s) => s.code === 'R').length,
    0,
  );
  const rejectedMembers = [...chosen.values()].reduce((n, faults) => n + faults.length, 0);
  return { text, transactionSets: sets.length, rejectedSets, rejectedMembers };
}

/** The DMG segments (one per member) the seed picks, by transaction set and position. */
function chosenBirthDates(
  sets: readonly ParsedTransactionSet[],
  options: SimulatedAnswerOptions,
): Map<string, readonly ReadSegment[]> {
  const candidates = sets.flatMap((set) =>
    set.segments.filter((s) => s.id === 'DMG').map((segment) => ({ set: set.controlNumber, segment })),
  );
  const rank = (c: { set: string; segment: ReadSegment }) =>
    createHash('sha256').update(`${options.seed}:${c.set}:${c.segment.position}`).digest('hex');
  const picked = candidates
    .map((c) => ({ ...c, rank: rank(c) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .slice(0, Math.max(0, options.rejectMembers));
  const bySet = new Map<string, ReadSegment[]>();
  for (const { set, segment } of picked) bySet.set(set, [...(bySet.get(set) ?? []), segment]);
  return bySet;
}

function answerGroup(
  group: ParsedGroup,
  controlNumber: string,
  chosen: Map<string, readonly ReadSegment[]>,
): ImplementationAcknowledgment {
  const accepting = acceptingAcknowledgment(group, controlNumber);
  const transactionSets = accepting.transactionSets.map((set) => {
    const faults = chosen.get(set.controlNumber);
    if (!faults) return set;
    return { ...set, code: 'R' as const, errors: ['5'], segments: faults.map(badBirthDate) };
  });
  const accepted = transactionSets.filter((set) => set.code === 'A').length;
  const code = accepted === transactionSets.length ? 'A' : accepted === 0 ? 'R' : 'P';
  return { ...accepting, transactionSets, accepted, code };
}

function badBirthDate(segment: ReadSegment): SegmentNote {
  const value = segment.elements[1];
  return {
    segmentId: 'DMG',
    position: segment.setPosition ?? segment.position,
    loop: '2100A',
    code: '8',
    elements: [{ position: 2, code: '8', ...(typeof value === 'string' ? { badValue: value } : {}) }],
  };
}
