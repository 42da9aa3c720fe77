// Control numbers for the envelopes sent to a partner (ISA13, GS06, ST02). Each partner and kind has
// one row holding the last number issued; an allocation adds to it in a single statement, so callers
// running at once queue on the row and every number is issued once, in increasing order, and never
// again (X12 asks that a sender never reuse an interchange control number with a partner).
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { ControlNumberKind } from '../tables/exchange-tables.ts';

/** The numbers issued by one allocation: first..last, both included. */
export interface ControlNumberRange {
  readonly first: number;
  readonly last: number;
}

/**
 * Issues `count` consecutive numbers of the kind to the partner. Inside a transaction the row stays
 * locked until it ends, so a file recorded in the same transaction holds its numbers or none.
 */
export async function allocateControlNumbers(
  executor: Executor,
  partner: string,
  kind: ControlNumberKind,
  count = 1,
): Promise<ControlNumberRange> {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`count must be a positive integer: ${count}`);
  const [row] = await execute(
    executor,
    sqlBuilder
      .insertInto('exchange_control_number')
      .values({ partner, kind, last: count })
      .onConflict((conflict) =>
        conflict
          .columns(['partner', 'kind'])
          .doUpdateSet((eb) => ({ last: eb('exchange_control_number.last', '+', eb.ref('excluded.last')) })),
      )
      .returning('last'),
  );
  const last = Number(row?.last);
  return { first: last - count + 1, last };
}

/** The last number of the kind issued to the partner, or 0 before any. */
export async function lastControlNumber(
  executor: Executor,
  partner: string,
  kind: ControlNumberKind,
): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('exchange_control_number')
      .select('last')
      .where('partner', '=', partner)
      .where('kind', '=', kind),
  );
  return row ? Number(row.last) : 0;
}
