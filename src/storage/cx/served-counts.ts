// Customers served and offered a survey per fiscal quarter, service, transaction point, channel and
// partner (migration 0024): added by createInvitations in the transaction that advances its watermark,
// so each transaction is counted once. The quarterly report reads them beside the responses.
import { sql } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';

export interface ServedCount {
  readonly fiscalYear: number;
  readonly fiscalQuarter: number;
  readonly service: string;
  readonly stage: string;
  readonly transactionPoint: string;
  readonly channel: string;
  readonly partner: string | null;
  readonly served: number;
  readonly offered: number;
}

export async function addServedCounts(executor: Executor, counts: readonly ServedCount[]): Promise<void> {
  for (const c of counts) {
    await execute(
      executor,
      sqlBuilder
        .insertInto('cx_served_count')
        .values({
          fiscal_year: c.fiscalYear,
          fiscal_quarter: c.fiscalQuarter,
          service: c.service,
          stage: c.stage,
          transaction_point: c.transactionPoint,
          channel: c.channel,
          partner: c.partner ?? '',
          served: c.served,
          offered: c.offered,
        })
        .onConflict((oc) =>
          oc
            .columns(['fiscal_year', 'fiscal_quarter', 'service', 'transaction_point', 'channel', 'partner'])
            .doUpdateSet({
              served: sql`cx_served_count.served + excluded.served`,
              offered: sql`cx_served_count.offered + excluded.offered`,
            }),
        ),
    );
  }
}

export async function readServedCounts(executor: Executor, fiscalYear: number, fiscalQuarter: number) {
  return execute(
    executor,
    sqlBuilder
      .selectFrom('cx_served_count')
      .selectAll()
      .where('fiscal_year', '=', fiscalYear)
      .where('fiscal_quarter', '=', fiscalQuarter)
      .orderBy('transaction_point')
      .orderBy('channel')
      .orderBy('partner'),
  );
}
