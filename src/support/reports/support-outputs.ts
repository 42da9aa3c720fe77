// What the CLI and the API both produce from the support data: performance reports and the written
// plan in each format, so the two front ends cannot drift apart.
import { PshbError } from '../../errors.ts';
import type { Store } from '../../storage/store.ts';
import type { DocumentModel } from '../document/document.ts';
import { renderHtml } from '../document/render-html.ts';
import { renderMarkdown } from '../document/render-markdown.ts';
import { renderPdf } from '../document/render-pdf.ts';
import { resolveSupportPlan } from '../plan/load-plan.ts';
import type { SupportPlan } from '../plan/support-plan.ts';
import { buildPlanDocument, type PlanDocumentOptions } from '../plan-document/plan-document.ts';
import { buildPerformanceReport, type Granularity, type PerformanceReport } from './performance-report.ts';
import { reportCsv, reportDocument } from './report-output.ts';
import { readContactStatistics } from './statistics-store.ts';

export const REPORT_FORMATS = ['json', 'csv', 'html', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
export const DOCUMENT_FORMATS = ['html', 'pdf', 'md'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** The plan whose target and partner names label reports when none is named. */
export const REPORTING_PLAN = 'open-season-77';

export interface Rendered {
  readonly contentType: string;
  readonly body: string | Buffer;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))
    throw new PshbError('INVALID_INPUT', `${option}: "${value}" is not a date as YYYY-MM-DD`, [
      { field: option.replace(/^--/, ''), message: 'a date as YYYY-MM-DD' },
    ]);
  return value;
}

export interface ReportRequest {
  readonly granularity: Granularity;
  readonly partner?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** A plan (name or file) for the target line and partner names. */
  readonly plan?: SupportPlan | undefined;
}

export async function performanceReport(store: Store, request: ReportRequest): Promise<PerformanceReport> {
  const from = checkDate('--from', request.from);
  const to = checkDate('--to', request.to);
  if (from !== undefined && to !== undefined && to < from)
    throw new PshbError('INVALID_INPUT', `--to: ${to} is before --from ${from}`, [
      { field: 'to', message: 'on or after from' },
    ]);
  const plan = request.plan ?? resolveSupportPlan(REPORTING_PLAN).plan;
  const statistics = await readContactStatistics(store, { partner: request.partner, from, to });
  return buildPerformanceReport(statistics, {
    granularity: request.granularity,
    from,
    to,
    partner: request.partner,
    target: {
      serviceLevel: plan.serviceTarget.serviceLevel,
      answerWithinSeconds: plan.serviceTarget.answerWithinSeconds,
    },
  });
}

export function partnerNames(plan: SupportPlan): Map<string, string> {
  return new Map(plan.partners.map((p) => [p.id, p.name]));
}

export async function renderReport(
  report: PerformanceReport,
  format: ReportFormat,
  plan: SupportPlan = resolveSupportPlan(REPORTING_PLAN).plan,
): Promise<Rendered> {
  switch (format) {
    case 'json':
      return { contentType: 'application/json', body: JSON.stringify(report, null, 2) + '\n' };
    case 'csv':
      return { contentType: 'text/csv; charset=utf-8', body: reportCsv(report) };
    case 'html':
      return {
        contentType: 'text/html; charset=utf-8',
        body: renderHtml(reportDocument(report, partnerNames(plan))),
      };
    case 'pdf':
      return {
        contentType: 'application/pdf',
        body: await renderPdf(reportDocument(report, partnerNames(plan))),
      };
  }
}

export async function renderDocument(document: DocumentModel, format: DocumentFormat): Promise<Rendered> {
  switch (format) {
    case 'html':
      return { contentType: 'text/html; charset=utf-8', body: renderHtml(document) };
    case 'md':
      return { contentType: 'text/markdown; charset=utf-8', body: renderMarkdown(document) };
    case 'pdf':
      return { contentType: 'application/pdf', body: await renderPdf(document) };
  }
}

export function renderPlanDocument(
  plan: SupportPlan,
  format: DocumentFormat,
  options: PlanDocumentOptions = {},
): Promise<Rendered> {
  return renderDocument(buildPlanDocument(plan, options), format);
}

export function parseFormat<F extends string>(option: string, value: string, formats: readonly F[]): F {
  if ((formats as readonly string[]).includes(value)) return value as F;
  throw new PshbError('INVALID_INPUT', `${option}: "${value}" is not one of ${formats.join(', ')}`, [
    { field: option.replace(/^--/, ''), message: `one of ${formats.join(', ')}` },
  ]);
}
