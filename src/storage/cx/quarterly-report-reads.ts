// The quarterly CX data (OMB Circular A-11, Section 280) in one grouped query over cx_response: per
// service, stage, transaction point, channel, partner and survey, the respondents and the count at
// each answer of each question (the A-11 v2 trust answer and drivers, the legacy eight on their
// 5-point scale). The index cx_response_quarter (migration 0024) leads with the fiscal year and quarter.
// Also the quarter's A-11 v2 responses one page at a time, for GSA Touchpoints' response upload CSV.
import type { Selectable } from 'kysely';
import { execute, sqlBuilder, type Executor } from '../executor.ts';
import type { CxResponseTable } from '../tables/cx-tables.ts';

export const REPORT_DRIVERS = [
  'effectiveness',
  'ease',
  'efficiency',
  'transparency',
  'humanity',
  'employee',
  'other',
] as const;
export const REPORT_LEGACY_QUESTIONS = [
  'satisfaction',
  'trust',
  'effectiveness',
  'ease',
  'efficiency',
  'transparency',
  'humanity',
  'employee',
] as const;
export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;

/** Every counted answer, as the column the grouped query returns it in. */
export const ANSWER_COLUMNS: readonly string[] = [
  'trust_up',
  'trust_down',
  ...SCALE_POINTS.map((p) => `trust_${p}`),
  ...REPORT_DRIVERS.flatMap((d) => [`positive_${d}`, `negative_${d}`]),
  ...REPORT_LEGACY_QUESTIONS.flatMap((q) => SCALE_POINTS.map((p) => `legacy_${q}_${p}`)),
  'with_free_text',
  'contact_requested',
];

const FILTERS: Record<string, string> = {
  trust_up: "trust_scale = 'thumbs' and trust_positive",
  trust_down: "trust_scale = 'thumbs' and not trust_positive",
  ...Object.fromEntries(
    SCALE_POINTS.map((p) => [`trust_${p}`, `trust_scale = 'five-point' and trust_value = ${p}`]),
  ),
  ...Object.fromEntries(
    REPORT_DRIVERS.flatMap((d) => [
      [`positive_${d}`, `positive_${d}`],
      [`negative_${d}`, `negative_${d}`],
    ]),
  ),
  ...Object.fromEntries(
    REPORT_LEGACY_QUESTIONS.flatMap((q) =>
      SCALE_POINTS.map((p) => [`legacy_${q}_${p}`, `legacy_${q} = ${p}`]),
    ),
  ),
  with_free_text: "free_text is not null and free_text <> ''",
  contact_requested: 'contact_requested',
};

const GROUPED_QUERY = `select service, stage, transaction_point, channel, coalesce(partner, '') as partner,
    survey_id, survey_kind, count(*)::bigint as respondents,
    ${ANSWER_COLUMNS.map((c) => `count(*) filter (where ${FILTERS[c]})::bigint as ${c}`).join(',\n    ')}
  from cx_response
  where fiscal_year = $1 and fiscal_quarter = $2
  group by service, stage, transaction_point, channel, coalesce(partner, ''), survey_id, survey_kind
  order by service, transaction_point, channel, partner, survey_id`;

export interface ResponseGroup {
  readonly service: string;
  readonly stage: string;
  readonly transactionPoint: string;
  readonly channel: string;
  /** '' when the transaction point has no partner. */
  readonly partner: string;
  readonly surveyId: string;
  readonly surveyKind: 'a11-v2' | 'a11-legacy';
  readonly respondents: number;
  /** The count at each answer, by ANSWER_COLUMNS. */
  readonly answers: Readonly<Record<string, number>>;
}

type GroupRow = Record<string, string | number>;

/** The quarter's responses grouped and counted, in one statement. */
export async function readResponseGroups(
  executor: Executor,
  fiscalYear: number,
  fiscalQuarter: number,
): Promise<ResponseGroup[]> {
  // PostgreSQL's JIT compiles the 63 FILTER expressions on every run (about 0.6 s of the report's
  // 1.6 s over a million rows) and saves less than that; off for this statement's transaction only.
  const read = async (tx: Executor) => {
    await tx.query('set local jit = off');
    return tx.query<GroupRow>(GROUPED_QUERY, [fiscalYear, fiscalQuarter]);
  };
  const rows = executor.transaction ? await executor.transaction(read) : await read(executor);
  return rows.map((row) => ({
    service: String(row.service),
    stage: String(row.stage),
    transactionPoint: String(row.transaction_point),
    channel: String(row.channel),
    partner: String(row.partner),
    surveyId: String(row.survey_id),
    surveyKind: row.survey_kind as ResponseGroup['surveyKind'],
    respondents: Number(row.respondents),
    answers: Object.fromEntries(ANSWER_COLUMNS.map((c) => [c, Number(row[c] ?? 0)])),
  }));
}

export type QuarterResponseRow = Pick<
  Selectable<CxResponseTable>,
  | 'id'
  | 'external_id'
  | 'service'
  | 'transaction_point'
  | 'channel'
  | 'partner'
  | 'trust_scale'
  | 'trust_value'
  | 'trust_positive'
  | 'free_text'
  | `positive_${(typeof REPORT_DRIVERS)[number]}`
  | `negative_${(typeof REPORT_DRIVERS)[number]}`
>;

export interface QuarterResponsesPage {
  readonly fiscalYear: number;
  readonly fiscalQuarter: number;
  readonly transactionPoint?: string | undefined;
  readonly channel?: string | undefined;
  /** Responses after this id (keyset paging). */
  readonly afterId: number;
  readonly limit: number;
}

/** One page of the quarter's A-11 v2 responses, by id. */
export async function readQuarterResponses(
  executor: Executor,
  page: QuarterResponsesPage,
): Promise<QuarterResponseRow[]> {
  let query = sqlBuilder
    .selectFrom('cx_response')
    .select([
      'id',
      'external_id',
      'service',
      'transaction_point',
      'channel',
      'partner',
      'trust_scale',
      'trust_value',
      'trust_positive',
      'free_text',
      ...REPORT_DRIVERS.flatMap((d) => [`positive_${d}` as const, `negative_${d}` as const]),
    ])
    .where('fiscal_year', '=', page.fiscalYear)
    .where('fiscal_quarter', '=', page.fiscalQuarter)
    .where('survey_kind', '=', 'a11-v2')
    .where('id', '>', page.afterId);
  if (page.transactionPoint !== undefined)
    query = query.where('transaction_point', '=', page.transactionPoint);
  if (page.channel !== undefined) query = query.where('channel', '=', page.channel);
  const rows = await execute(executor, query.orderBy('id').limit(page.limit));
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
