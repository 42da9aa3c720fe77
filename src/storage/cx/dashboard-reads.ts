// The CX dashboard's reads over cx_response: A-11 v2 responses counted per week or month, partner and
// channel (respondents, trust answers and each driver named as going well or not), and the masked free
// text to read, newest first, one page at a time. The fiscal years of the days asked narrow the scan to
// the cx_response_quarter index (migration 0024), which leads with the fiscal year.
import { sql } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import { REPORT_DRIVERS } from './quarterly-report-reads.ts';

export type TrendBucket = 'week' | 'month';
export type Driver = (typeof REPORT_DRIVERS)[number];
export type DriverSide = 'positive' | 'negative';

export interface DashboardScope {
  /** First and last day included, YYYY-MM-DD. */
  readonly from: string;
  readonly to: string;
  readonly partner?: string | undefined;
  readonly channel?: string | undefined;
}

export interface TrendCellCounts {
  /** The Monday starting the week, or the first of the month (YYYY-MM-DD). */
  readonly period: string;
  /** '' when the transaction point has no partner. */
  readonly partner: string;
  readonly channel: string;
  readonly respondents: number;
  readonly trustAnswers: number;
  readonly trustPositive: number;
  /** How many named each driver, as going well (positive) or not (negative). */
  readonly drivers: Readonly<Record<DriverSide, Readonly<Record<Driver, number>>>>;
}

/** The federal fiscal year a day falls in (it begins on October 1). */
function fiscalYearOf(day: string): number {
  const year = Number(day.slice(0, 4));
  return Number(day.slice(5, 7)) >= 10 ? year + 1 : year;
}

type Count = ReturnType<typeof sql<string>>;
const countWhere = (column: string): Count => sql<string>`count(*) filter (where ${sql.ref(column)})`;

/** The scope's A-11 v2 responses counted per period, partner and channel. */
export async function readTrendCells(
  executor: Executor,
  scope: DashboardScope & { readonly bucket: TrendBucket },
): Promise<TrendCellCounts[]> {
  const driverColumns = REPORT_DRIVERS.flatMap((d) => [`positive_${d}`, `negative_${d}`]);
  let query = sqlBuilder
    .selectFrom('cx_response')
    .select([
      sql<string>`to_char(date_trunc(${sql.lit(scope.bucket)}, responded_on::timestamp), 'YYYY-MM-DD')`.as(
        'period',
      ),
      sql<string>`coalesce(partner, '')`.as('partner'),
      'channel',
      sql<string>`count(*)`.as('respondents'),
      sql<string>`count(*) filter (where trust_positive is not null)`.as('trust_answers'),
      countWhere('trust_positive').as('trust_positive'),
      ...driverColumns.map((column) => countWhere(column).as(column)),
    ])
    .where('survey_kind', '=', 'a11-v2')
    .where('fiscal_year', '>=', fiscalYearOf(scope.from))
    .where('fiscal_year', '<=', fiscalYearOf(scope.to))
    .where('responded_on', '>=', scope.from)
    .where('responded_on', '<=', scope.to);
  if (scope.partner !== undefined) query = query.where('partner', '=', scope.partner);
  if (scope.channel !== undefined) query = query.where('channel', '=', scope.channel);
  const rows = await execute(
    executor,
    query
      .groupBy([sql`1`, sql`2`, sql`3`])
      .orderBy(sql`1`)
      .orderBy(sql`2`)
      .orderBy(sql`3`),
  );
  return rows.map((row) => {
    const counts = row as unknown as Record<string, string>;
    const side = (prefix: DriverSide) =>
      Object.fromEntries(REPORT_DRIVERS.map((d) => [d, Number(counts[`${prefix}_${d}`] ?? 0)])) as Record<
        Driver,
        number
      >;
    return {
      period: String(row.period),
      partner: String(row.partner),
      channel: row.channel,
      respondents: Number(row.respondents),
      trustAnswers: Number(row.trust_answers),
      trustPositive: Number(row.trust_positive),
      drivers: { positive: side('positive'), negative: side('negative') },
    };
  });
}

export interface CommentQuery extends DashboardScope {
  readonly driver?: Driver | undefined;
  /** With a driver: named as going well, not well, or either (undefined). */
  readonly side?: DriverSide | undefined;
  /** Comments with a smaller id than this (keyset paging, newest first). */
  readonly beforeId?: number | undefined;
  readonly limit: number;
}

export interface CommentRow {
  readonly id: number;
  readonly respondedOn: string;
  readonly partner: string | null;
  readonly channel: string;
  readonly transactionPoint: string;
  readonly language: string;
  readonly surveyKind: string;
  readonly trustPositive: boolean | null;
  readonly positive: Driver[];
  readonly negative: Driver[];
  /** As stored: identifiers were masked before the response was kept. */
  readonly text: string;
}

/** One page of the scope's free-text comments, newest first. */
export async function readComments(executor: Executor, query: CommentQuery): Promise<CommentRow[]> {
  let statement = sqlBuilder
    .selectFrom('cx_response')
    .select([
      'id',
      'responded_on',
      'partner',
      'channel',
      'transaction_point',
      'language',
      'survey_kind',
      'trust_positive',
      'free_text',
      ...REPORT_DRIVERS.flatMap((d) => [`positive_${d}` as const, `negative_${d}` as const]),
    ])
    .where('free_text', 'is not', null)
    .where('free_text', '<>', '')
    .where('fiscal_year', '>=', fiscalYearOf(query.from))
    .where('fiscal_year', '<=', fiscalYearOf(query.to))
    .where('responded_on', '>=', query.from)
    .where('responded_on', '<=', query.to);
  if (query.partner !== undefined) statement = statement.where('partner', '=', query.partner);
  if (query.channel !== undefined) statement = statement.where('channel', '=', query.channel);
  if (query.beforeId !== undefined) statement = statement.where('id', '<', query.beforeId);
  const driver = query.driver;
  if (driver !== undefined)
    statement = statement.where((eb) =>
      query.side === 'positive'
        ? eb(`positive_${driver}`, '=', true)
        : query.side === 'negative'
          ? eb(`negative_${driver}`, '=', true)
          : eb.or([eb(`positive_${driver}`, '=', true), eb(`negative_${driver}`, '=', true)]),
    );
  const rows = await execute(executor, statement.orderBy('id', 'desc').limit(query.limit));
  return rows.map((row) => ({
    id: Number(row.id),
    respondedOn: String(row.responded_on),
    partner: row.partner,
    channel: row.channel,
    transactionPoint: row.transaction_point,
    language: row.language,
    surveyKind: row.survey_kind,
    trustPositive: row.trust_positive,
    positive: REPORT_DRIVERS.filter((d) => row[`positive_${d}`]),
    negative: REPORT_DRIVERS.filter((d) => row[`negative_${d}`]),
    text: row.free_text ?? '',
  }));
}
