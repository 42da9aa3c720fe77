// The exception queue's items for a Medicare response, opened many at a time: a response of hundreds of
// thousands of lines can carry thousands of no-match and mismatch lines, and opening them one by one
// (openExceptions, two statements an item) would cost more than the rest of the ingest. Same meaning:
// an item already open is left as it is, and each item opened gets its 'opened' event.
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { NewExchangeException } from './exchange-exceptions.ts';

/** 11 values a row: well below PostgreSQL's 65,535 bind parameters. */
const CHUNK = 2_000;

/** Opens each item not already open; returns the ids of those opened now. */
export async function openExceptionsInBulk(
  executor: Executor,
  items: readonly NewExchangeException[],
  openedOn: string,
): Promise<number[]> {
  const opened: number[] = [];
  for (let start = 0; start < items.length; start += CHUNK) {
    const rows = await execute(
      executor,
      sqlBuilder
        .insertInto('exchange_exception')
        .values(
          items.slice(start, start + CHUNK).map((item) => ({
            partner: item.partner,
            kind: item.kind,
            file_id: item.fileId ?? null,
            person_id: item.personId ?? null,
            member_id: item.memberId ?? null,
            segment_position: item.segmentPosition ?? null,
            segment_id: item.segmentId ?? null,
            element: item.element ?? null,
            error_code: item.errorCode ?? null,
            detail: JSON.stringify(item.detail ?? {}),
            opened_on: openedOn,
            owner: null,
            resolved_on: null,
            resolution: null,
            resent_file_id: null,
          })),
        )
        .onConflict((conflict) => conflict.doNothing())
        .returning('id'),
    );
    const ids = rows.map((row) => Number(row.id));
    if (ids.length === 0) continue;
    await execute(
      executor,
      sqlBuilder.insertInto('exchange_exception_event').values(
        ids.map((id) => ({
          exception_id: id,
          status: 'opened' as const,
          owner: null,
          note: null,
          resent_file_id: null,
          effective_on: openedOn,
        })),
      ),
    );
    opened.push(...ids);
  }
  return opened;
}
