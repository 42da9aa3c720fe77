// The quarterly CX data written out: the report as JSON and as CSV (one line per row, question and
// answer), and in the formats of GSA's Touchpoints, the government's own A-11 tool: its CX collection
// detail CSV (one line per transaction point and channel, the columns of Touchpoints'
// CxCollectionDetail.to_csv without its internal ids, with the detail's federal_register_url and
// reflection_text) and its A-11 v2 response upload CSV (external_id, question_1, positive_*,
// negative_*, question_4). CSV by the project's writer (src/storage/csv-text.ts, ADR 0015).
import { PshbError } from '../../errors.ts';
import { csvLine } from '../../storage/csv-text.ts';
import { listCollections } from '../../storage/cx/cx-collections-store.ts';
import { readQuarterResponses, REPORT_DRIVERS } from '../../storage/cx/quarterly-report-reads.ts';
import type { Executor } from '../../storage/executor.ts';
import { loadCxCatalogue, type CxCatalogue } from './cx-catalogue.ts';
import {
  quarterlyCxReport,
  reportQuarter,
  type QuarterlyCxReport,
  type ReportQuarter,
} from './quarterly-report.ts';

export const CX_REPORT_FORMATS = ['json', 'csv', 'touchpoints-detail', 'touchpoints-responses'] as const;
export type CxReportFormat = (typeof CX_REPORT_FORMATS)[number];

/** The organization the program reports under in Touchpoints. */
export const TOUCHPOINTS_ORGANIZATION = {
  abbreviation: 'OPM',
  name: 'Office of Personnel Management',
} as const;

/** Touchpoints' CX collection detail CSV columns, in its order (its internal ids left out). */
export const TOUCHPOINTS_DETAIL_COLUMNS = [
  'organization_abbreviation',
  'organization_name',
  'cx_collection_fiscal_year',
  'cx_collection_quarter',
  'cx_collection_name',
  'cx_collection_service_provider_name',
  'cx_collection_service_provider_slug',
  'service_name',
  'transaction_point',
  'channel',
  'service_stage_name',
  'service_stage_position',
  'service_stage_count',
  'volume_of_customers',
  'volume_of_customers_provided_survey_opportunity',
  'volume_of_respondents',
  'omb_control_number',
  'federal_register_url',
  'reflection_text',
  'survey_type',
  'survey_title',
  'trust_question_text',
] as const;

/** Touchpoints' A-11 v2 response upload columns, exactly. */
export const TOUCHPOINTS_UPLOAD_COLUMNS = [
  'external_id',
  'question_1',
  ...REPORT_DRIVERS.map((d) => `positive_${d}`),
  ...REPORT_DRIVERS.map((d) => `negative_${d}`),
  'question_4',
] as const;

export const CX_REPORT_CSV_COLUMNS = [
  'fiscal_year',
  'quarter',
  'service',
  'stage',
  'transaction_point',
  'channel',
  'partner',
  'survey_id',
  'served',
  'offered',
  'respondents',
  'offer_rate',
  'response_rate',
  'suppressed',
  'question',
  'answer',
  'count',
] as const;

export interface RenderedExport {
  readonly contentType: string;
  readonly fileName: string;
  readonly body: string;
}

export function parseCxReportFormat(field: string, text: string): CxReportFormat {
  if ((CX_REPORT_FORMATS as readonly string[]).includes(text)) return text as CxReportFormat;
  throw new PshbError('INVALID_INPUT', `${field}: "${text}" is not one of ${CX_REPORT_FORMATS.join(', ')}`);
}

const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The report as CSV: one line per row, question and answer (a row without answers on one line). */
export function reportCsv(report: QuarterlyCxReport): string {
  let text = csvLine(CX_REPORT_CSV_COLUMNS);
  for (const row of report.rows) {
    const head = [
      report.fiscalYear,
      report.quarter,
      row.service,
      row.stage,
      row.transactionPoint,
      row.channel,
      row.partner ?? '',
      row.surveyId ?? '',
      row.served,
      row.offered,
      row.respondents.value ?? '',
      row.offerRate ?? '',
      row.responseRate ?? '',
      row.suppressed ? 'true' : 'false',
    ];
    const answers = row.questions.flatMap((q) => q.answers.map((a) => [q.id, a.answer, a.count.value ?? '']));
    if (answers.length === 0) text += csvLine([...head, '', '', '']);
    for (const answer of answers) text += csvLine([...head, ...answer]);
  }
  return text;
}

/** Touchpoints' detail CSV: one line per transaction point and channel of the quarter. */
export function touchpointsDetailCsv(
  report: QuarterlyCxReport,
  catalogue: CxCatalogue,
  reflections: ReadonlyMap<string, string>,
): string {
  let text = csvLine(TOUCHPOINTS_DETAIL_COLUMNS);
  for (const row of report.rows) {
    const survey = catalogue.surveys.find((s) => s.id === row.surveyId);
    const surveyType =
      survey === undefined
        ? ''
        : survey.kind === 'a11-v2'
          ? survey.trustScale === 'thumbs'
            ? 'thumbs_up_down'
            : 'likert_scale'
          : 'likert_scale';
    const trustText = survey?.questions.trust.en ?? '';
    const values: Record<(typeof TOUCHPOINTS_DETAIL_COLUMNS)[number], string | number> = {
      organization_abbreviation: TOUCHPOINTS_ORGANIZATION.abbreviation,
      organization_name: TOUCHPOINTS_ORGANIZATION.name,
      cx_collection_fiscal_year: report.fiscalYear,
      cx_collection_quarter: report.quarter,
      cx_collection_name: `${row.service} FY${report.fiscalYear} Q${report.quarter}`,
      cx_collection_service_provider_name: report.serviceProvider,
      cx_collection_service_provider_slug: slugOf(report.serviceProvider),
      service_name: row.service,
      transaction_point: row.transactionPoint,
      channel: row.channel,
      service_stage_name: row.stage,
      service_stage_position: row.stagePosition,
      service_stage_count: row.stageCount,
      volume_of_customers: row.served,
      volume_of_customers_provided_survey_opportunity: row.offered,
      // A suppressed cell is left empty, as everywhere else.
      volume_of_respondents: row.respondents.value ?? '',
      omb_control_number: survey?.pra.ombControlNumber ?? '',
      federal_register_url: '',
      reflection_text: reflections.get(row.service) ?? '',
      survey_type: surveyType,
      survey_title: survey?.title.en ?? '',
      trust_question_text: trustText,
    };
    text += csvLine(TOUCHPOINTS_DETAIL_COLUMNS.map((c) => values[c]));
  }
  return text;
}

const PAGE = 10_000;

/**
 * Touchpoints' response upload CSV: the quarter's A-11 v2 responses, one line each (no personal data is
 * stored, and free text was masked before storage). question_1 is 1 for thumbs up, 0 for down, or the
 * 1-5 answer; each driver 1 when checked, 0 when not; question_4 the free text.
 */
export async function touchpointsResponsesCsv(
  executor: Executor,
  quarter: ReportQuarter & { readonly transactionPoint?: string; readonly channel?: string },
): Promise<string> {
  const parts = [csvLine(TOUCHPOINTS_UPLOAD_COLUMNS)];
  let afterId = 0;
  for (;;) {
    const rows = await readQuarterResponses(executor, {
      fiscalYear: quarter.fiscalYear,
      fiscalQuarter: quarter.quarter,
      transactionPoint: quarter.transactionPoint,
      channel: quarter.channel,
      afterId,
      limit: PAGE,
    });
    for (const r of rows) {
      const question1 =
        r.trust_scale === 'five-point'
          ? (r.trust_value ?? '')
          : r.trust_positive === null
            ? ''
            : r.trust_positive
              ? 1
              : 0;
      parts.push(
        csvLine([
          r.external_id ?? `pshb-${r.id}`,
          question1,
          ...REPORT_DRIVERS.map((d) => (r[`positive_${d}`] ? 1 : 0)),
          ...REPORT_DRIVERS.map((d) => (r[`negative_${d}`] ? 1 : 0)),
          r.free_text ?? '',
        ]),
      );
    }
    if (rows.length < PAGE) break;
    afterId = rows[rows.length - 1]!.id;
  }
  return parts.join('');
}

/** The quarter's report in one of CX_REPORT_FORMATS. */
export async function cxReportExport(
  executor: Executor,
  input: ReportQuarter & { readonly format: CxReportFormat; readonly catalogue?: CxCatalogue | undefined },
): Promise<RenderedExport> {
  const catalogue = input.catalogue ?? loadCxCatalogue();
  const stem = `cx-FY${input.fiscalYear}-Q${input.quarter}`;
  if (input.format === 'touchpoints-responses')
    return {
      contentType: 'text/csv; charset=utf-8',
      fileName: `${stem}-touchpoints-responses.csv`,
      body: await touchpointsResponsesCsv(executor, reportQuarter(input.fiscalYear, input.quarter)),
    };
  const report = await quarterlyCxReport(executor, { ...input, catalogue });
  if (input.format === 'json')
    return {
      contentType: 'application/json',
      fileName: `${stem}.json`,
      body: JSON.stringify(report, null, 2) + '\n',
    };
  if (input.format === 'csv')
    return { contentType: 'text/csv; charset=utf-8', fileName: `${stem}.csv`, body: reportCsv(report) };
  const collections = await listCollections(executor, {
    fiscalYear: report.fiscalYear,
    fiscalQuarter: report.quarter,
  });
  const reflections = new Map(collections.map((c) => [c.service, c.reflection ?? '']));
  return {
    contentType: 'text/csv; charset=utf-8',
    fileName: `${stem}-touchpoints-detail.csv`,
    body: touchpointsDetailCsv(report, catalogue, reflections),
  };
}
