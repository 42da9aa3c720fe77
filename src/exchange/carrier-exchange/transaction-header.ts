// The header of an 834 transaction set (005010X220A1), between ST and the first member: BGN, the
// master policy (REF 38), the file effective date (DTP 007), control totals (QTY DT, ET, TO), the
// sponsor (loop 1000A, N1 P5) and the payer (loop 1000B, N1 IN).
import { z } from 'zod';
import { isoDate } from '../../domain/dates.ts';
import { segment, type Segment } from '../x12/segment.ts';
import type { MemberRecord } from './member-record.ts';
import { d8, dateAndTime } from './x12-dates.ts';

/**
 * changes: every event since the last file (BGN08 2, "change (update)"); audit: the whole membership as
 * of a day (BGN08 4, "verify"), every member with INS03 030. RX (replace) is not used: an audit file
 * asks the carrier to compare, never to drop members the file leaves out.
 */
export const fileKind = z.enum(['changes', 'audit']);
export type FileKind = z.infer<typeof fileKind>;

export const BGN08_BY_FILE_KIND: Readonly<Record<FileKind, '2' | '4'>> = { changes: '2', audit: '4' };

const identifier = z.string().regex(/^[0-9A-Za-z -]{2,80}$/, 'letters, digits, spaces and dashes, 2 to 80');
const name = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[^*~:^|\r\n]*$/, 'no X12 separator characters (* ~ : ^ |) or line breaks');

export const transactionHeaderInput = z
  .strictObject({
    kind: fileKind,
    /** BGN02: this transaction set's reference, unique per partner and never reused. */
    reference: z.string().regex(/^[0-9A-Za-z-]{1,50}$/, 'letters, digits and dashes, at most 50'),
    /** BGN01 15 with BGN06 naming the original, for a file sent again after a rejection. */
    resubmissionOf: z
      .string()
      .regex(/^[0-9A-Za-z-]{1,50}$/)
      .nullable()
      .default(null),
    /** When the file was made (UTC): BGN03, BGN04, BGN05 UT. */
    createdAt: z.string().min(1),
    /** DTP*007: the day the file speaks for (an audit's as-of day; a change file's run day). */
    effectiveOn: isoDate,
    /** REF*38: the carrier's PSHB contract number, when its agreement asks for it. */
    masterPolicyNumber: identifier.nullable().default(null),
    /** N1*P5: the plan sponsor, OPM for the PSHB Program. */
    sponsor: z.strictObject({ name, qualifier: z.enum(['FI', '94', '24']), id: identifier }),
    /** N1*IN: the carrier receiving the file. */
    payer: z.strictObject({ name, qualifier: z.enum(['FI', 'XV', '94']), id: identifier }),
  })
  .refine((header) => header.resubmissionOf !== header.reference, {
    path: ['resubmissionOf'],
    message: 'a resubmission has a reference of its own',
  });
export type TransactionHeaderInput = z.input<typeof transactionHeaderInput>;
export type TransactionHeader = z.infer<typeof transactionHeaderInput>;

export interface ControlTotals {
  /** QTY*ET: subscribers (INS01 Y). */
  readonly subscribers: number;
  /** QTY*DT: family members (INS01 N). */
  readonly dependents: number;
}

/** Counts the member loops the transaction set carries. */
export function controlTotals(records: readonly Pick<MemberRecord, 'relationship'>[]): ControlTotals {
  const subscribers = records.filter((record) => record.relationship === 'self').length;
  return { subscribers, dependents: records.length - subscribers };
}

/** The segments after ST and before the first INS. */
export function transactionHeader(header: TransactionHeader, totals: ControlTotals): Segment[] {
  const created = dateAndTime(header.createdAt);
  const purpose = header.resubmissionOf === null ? '00' : '15';
  return [
    segment(
      'BGN',
      purpose,
      header.reference,
      created.date,
      created.time,
      'UT',
      header.resubmissionOf ?? '',
      '',
      BGN08_BY_FILE_KIND[header.kind],
    ),
    ...(header.masterPolicyNumber === null ? [] : [segment('REF', '38', header.masterPolicyNumber)]),
    segment('DTP', '007', 'D8', d8(header.effectiveOn)),
    segment('QTY', 'DT', String(totals.dependents)),
    segment('QTY', 'ET', String(totals.subscribers)),
    segment('QTY', 'TO', String(totals.subscribers + totals.dependents)),
    segment('N1', 'P5', header.sponsor.name, header.sponsor.qualifier, header.sponsor.id),
    segment('N1', 'IN', header.payer.name, header.payer.qualifier, header.payer.id),
  ];
}
