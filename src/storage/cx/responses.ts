// Survey responses (migration 0024): no personal data, answers in columns, one row per response.
import type { Insertable, Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { CxResponseTable } from '../tables/cx-tables.ts';

export type ResponseRow = Selectable<CxResponseTable>;
export type ResponseInsert = Insertable<CxResponseTable>;

const CHUNK = 500;

/** Inserts the responses in chunks; returns their ids in order. */
export async function insertResponses(
  executor: Executor,
  rows: readonly ResponseInsert[],
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const inserted = await execute(
      executor,
      sqlBuilder
        .insertInto('cx_response')
        .values(rows.slice(i, i + CHUNK))
        .returning('id'),
    );
    ids.push(...inserted.map((r) => Number(r.id)));
  }
  return ids;
}

export async function readResponse(executor: Executor, id: number): Promise<ResponseRow | undefined> {
  const [row] = await execute(
    executor,
    sqlBuilder.selectFrom('cx_response').selectAll().where('id', '=', id),
  );
  return row;
}

export async function countResponsesOfBatch(executor: Executor, batchId: number): Promise<number> {
  const [row] = await execute(
    executor,
    sqlBuilder
      .selectFrom('cx_response')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('import_batch_id', '=', batchId),
  );
  return Number(row?.n ?? 0);
}

export interface QuarterCell {
  readonly service: string;
  readonly transaction_point: string;
  readonly channel: string;
  readonly partner: string | null;
  readonly respondents: number;
  readonly trust_positive: number;
  readonly trust_negative: number;
  readonly [driverCount: `${'positive' | 'negative'}_${string}`]: number;
}

const DRIVER_COLUMNS = [
  'effectiveness',
  'ease',
  'efficiency',
  'transparency',
  'humanity',
  'employee',
  'other',
].flatMap((d) => [`positive_${d}`, `negative_${d}`]);

/**
 * One quarter's responses counted per service, transaction point, channel and partner in one grouped
 * query over the quarter index: respondents, trust answers and each driver (the base of the A-11
 * quarterly data; suppression of small cells is the report's, by src/rules/cx/small-cell-suppression.ts).
 */
export async function quarterResponseCells(
  executor: Executor,
  fiscalYear: number,
  fiscalQuarter: number,
): Promise<QuarterCell[]> {
  const drivers = DRIVER_COLUMNS.map((c) => `count(*) filter (where ${c}) as ${c}`).join(', ');
  const rows = await executor.query<Record<string, string | number | null>>(
    `select service, transaction_point, channel, partner, count(*) as respondents,
       count(*) filter (where trust_positive) as trust_positive,
       count(*) filter (where trust_positive = false) as trust_negative, ${drivers}
     from cx_response where fiscal_year = $1 and fiscal_quarter = $2
     group by service, transaction_point, channel, partner
     order by service, transaction_point, channel, partner`,
    [fiscalYear, fiscalQuarter],
  );
  return rows.map((row) => {
    const cell: Record<string, string | number | null> = {};
    for (const [key, value] of Object.entries(row))
      cell[key] = ['service', 'transaction_point', 'channel', 'partner'].includes(key)
        ? value
        : Number(value);
    return cell as unknown as QuarterCell;
  });
}
