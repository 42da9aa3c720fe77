// Evidence OPM staff record by hand (48 CFR 1609.7101-1(b)(2), (b)(3)): a change of the carrier's
// contract administrator (its representative, contracting official, mailing or electronic address,
// telephone) or another significant event (a change of name or ownership, a lawsuit, a strike, a
// natural disaster), with the day it happened and the day OPM was told. The measure is the days from
// the one to the other; when no such event occurred in the year the item is not applicable and costs
// nothing (63 FR 55337). Each entry is a new row: a later one supersedes it and it stays as history.
import { z } from 'zod';
import { isoDate, type IsoDate } from '../../domain/dates.ts';
import { formatJsonPath, invalidInput } from '../../errors.ts';
import type { Principal } from '../../security/principal.ts';
import { appendEvidence, evidenceHistory } from '../../storage/performance/evidence-store.ts';
import type { Store } from '../../storage/store.ts';
import { checkedCarrier, checkedPlan, checkedYear } from './evidence-input.ts';
import { evidenceItemOf, type RecordedEvidenceItem } from './evidence-items.ts';
import { requirePerformanceAccess } from './performance-access.ts';

export const STAFF_EVIDENCE_KINDS = {
  'administrator-change': 'contract-administrator-change.days-to-notify',
  'significant-event': 'significant-event.days-to-notify',
} as const;
export type StaffEvidenceKind = keyof typeof STAFF_EVIDENCE_KINDS;

const staffEvidenceSchema = z
  .object({
    carrierCode: z.string().min(1),
    planCode: z.string().nullish(),
    contractYear: z.number().int(),
    kind: z.enum(['administrator-change', 'significant-event']),
    /** false: no such event occurred in the year (the item is not applicable). */
    occurred: z.boolean(),
    /** The day it happened (a change took effect, an event began). */
    occurredOn: isoDate.optional(),
    /** The day the carrier told OPM. */
    notifiedOn: isoDate.optional(),
    /** What happened, in words (a new contracting official, a strike at a claims office). */
    description: z.string().max(2000).optional(),
  })
  .superRefine((value, ctx) => {
    if (!value.occurred) return;
    if (value.occurredOn === undefined)
      ctx.addIssue({ code: 'custom', path: ['occurredOn'], message: 'the day it happened is required' });
    if (value.notifiedOn === undefined)
      ctx.addIssue({ code: 'custom', path: ['notifiedOn'], message: 'the day OPM was told is required' });
    if (value.occurredOn && value.notifiedOn && value.notifiedOn < value.occurredOn)
      ctx.addIssue({ code: 'custom', path: ['notifiedOn'], message: 'is before the day it happened' });
    if (value.occurredOn && !value.occurredOn.startsWith(`${value.contractYear}-`))
      ctx.addIssue({
        code: 'custom',
        path: ['occurredOn'],
        message: `is not in contract year ${value.contractYear}`,
      });
  });

export type RecordStaffEvidenceInput = z.input<typeof staffEvidenceSchema> & { readonly requestId?: string };

const DAY_MS = 86_400_000;
const daysFrom = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

export async function recordStaffEvidence(
  store: Store,
  principal: Principal,
  input: RecordStaffEvidenceInput,
): Promise<RecordedEvidenceItem> {
  const parsed = staffEvidenceSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw invalidInput(
      `staff evidence: ${first ? `${formatJsonPath(first.path)}: ${first.message}` : 'not valid'}`,
      parsed.error.issues,
    );
  }
  const value = parsed.data;
  const carrier = checkedCarrier(value.carrierCode);
  const year = checkedYear(value.contractYear);
  const plan = checkedPlan(value.planCode);
  await requirePerformanceAccess(store, principal, 'performance.evaluate', carrier, {
    purpose: 'record staff evidence of carrier performance',
    requestId: input.requestId,
  });
  const measure = STAFF_EVIDENCE_KINDS[value.kind];
  const days = value.occurred ? daysFrom(value.occurredOn!, value.notifiedOn!) : null;
  const what =
    value.kind === 'administrator-change' ? 'change of contract administrator' : 'significant event';
  const note = value.occurred
    ? `${what} on ${value.occurredOn}, OPM told on ${value.notifiedOn} (${days} days)` +
      (value.description ? `: ${value.description}` : '')
    : `no ${what} occurred in ${year}: not applicable` + (value.description ? ` (${value.description})` : '');
  const [row] = await store.transaction(async (tx) => {
    await appendEvidence(tx, [
      {
        carrierCode: carrier,
        planCode: plan,
        contractYear: year,
        measure,
        value: days,
        applicable: value.occurred,
        unit: 'days',
        sourceKind: 'staff',
        sourceReference:
          `recorded by ${principal.subject}` +
          (value.occurred
            ? `: occurred ${value.occurredOn}, notified ${value.notifiedOn}`
            : ': none occurred'),
        note,
        importKey: null,
        recordedBy: principal.subject,
      },
    ]);
    const history = await evidenceHistory(tx, {
      carrierCode: carrier,
      contractYear: year,
      planCode: plan,
      measure,
    });
    return history.slice(-1);
  });
  return evidenceItemOf(row!);
}
