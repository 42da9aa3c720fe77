// A member's history as the carrier was told it: each enrollment event the exchange's outbound files
// to that carrier carried for the member, in the order the files were written, with the file, the
// ordinal of the member's INS segment in it, and where that file's acknowledgment stands. What the
// exchange recorded but has not sent yet is not part of it.
import { memberToldHistory } from '../../storage/exchange/exchange-views.ts';
import type { Executor } from '../../storage/executor.ts';
import type { ExchangeFileKind, ExchangeFileStatus } from '../../storage/tables/exchange-tables.ts';
import { dayOrNull, instantOf } from './column-values.ts';

export interface ToldEvent {
  readonly fileId: number;
  readonly fileName: string;
  readonly fileKind: ExchangeFileKind;
  readonly fileStatus: ExchangeFileStatus;
  readonly sentAt: string;
  readonly enrollmentEventId: number;
  /** Ordinal of the member's INS segment in the file (1 is the first INS). */
  readonly segmentPosition: number;
  readonly eventType: string | null;
  readonly enrollmentCode: string | null;
  readonly effectiveOn: string | null;
}

export async function memberHistoryAsTold(
  executor: Executor,
  partner: string,
  memberId: number,
): Promise<ToldEvent[]> {
  const rows = await memberToldHistory(executor, partner, memberId);
  return rows.map((r) => ({
    fileId: Number(r.file_id),
    fileName: r.file_name,
    fileKind: r.kind,
    fileStatus: r.file_status,
    sentAt: instantOf(r.created_at),
    enrollmentEventId: Number(r.enrollment_event_id),
    segmentPosition: r.segment_position,
    eventType: r.event_type ?? null,
    enrollmentCode: r.enrollment_code ?? null,
    effectiveOn: dayOrNull(r.effective_on),
  }));
}
