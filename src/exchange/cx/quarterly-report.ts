// quarterlyCxReport: the quarterly customer-experience data of OMB Circular A-11, Section 280, per
// service, transaction point, channel and partner: customers served, customers offered a survey (both
// from cx_served_count, counted as transactions are scanned), respondents, and per question the count
// at each answer, with the offer and response rates. A cell with fewer respondents than the
// suppression threshold (reference-data/cx/privacy.json) shows no respondents, answers or rate and
// says it is suppressed, with the decision explaining why. The same stored data gives the same report.
import { PshbError } from '../../errors.ts';
import { collectionDueOn } from '../../rules/cx/collection-due.ts';
import type { Decision } from '../../rules/decision.ts';
import { suppressSmallCell, suppressionDecision, type Cell } from '../../rules/cx/small-cell-suppression.ts';
import type { SurveyInstrument, TransactionPoint } from '../../rules/cx/survey-instrument.ts';
import {
  readResponseGroups,
  REPORT_DRIVERS,
  REPORT_LEGACY_QUESTIONS,
  SCALE_POINTS,
  type ResponseGroup,
} from '../../storage/cx/quarterly-report-reads.ts';
import { readServedCounts } from '../../storage/cx/served-counts.ts';
import type { Executor } from '../../storage/executor.ts';
import { loadCxCatalogue, type CxCatalogue } from './cx-catalogue.ts';

export interface ReportQuarter {
  readonly fiscalYear: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

export interface AnswerCount {
  /** The answer as coded: 'up'/'down', '1'..'5', or a driver ('effectiveness', ...). */
  readonly answer: string;
  readonly count: Cell;
}

export interface QuestionCounts {
  /** 'trust', 'positive', 'negative' (A-11 v2) or 'legacy_<question>' (the legacy eight). */
  readonly id: string;
  readonly text: string;
  readonly answers: readonly AnswerCount[];
}

export interface ReportRow {
  readonly service: string;
  readonly stage: string;
  readonly stagePosition: number;
  readonly stageCount: number;
  readonly transactionPoint: string;
  readonly channel: string;
  readonly partner: string | null;
  readonly surveyId: string | null;
  readonly surveyKind: 'a11-v2' | 'a11-legacy' | null;
  readonly served: number;
  readonly offered: number;
  readonly respondents: Cell;
  /** Offered / served, 4 decimals; null when none served. */
  readonly offerRate: number | null;
  /** Respondents / offered, 4 decimals; null when none offered or suppressed. */
  readonly responseRate: number | null;
  readonly suppressed: boolean;
  readonly suppression: Decision<'shown' | 'suppressed'>;
  readonly questions: readonly QuestionCounts[];
}

export interface QuarterlyCxReport {
  readonly fiscalYear: number;
  readonly quarter: number;
  readonly service: string;
  readonly serviceProvider: string;
  readonly dueOn: string;
  readonly suppressionThreshold: number;
  readonly privacyVersion: string;
  readonly rows: readonly ReportRow[];
  readonly totals: { readonly served: number; readonly offered: number; readonly respondents: number };
}

const rate = (part: number, whole: number) =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;

/** Checks the fiscal year and quarter, naming the field. */
export function reportQuarter(fiscalYear: number, quarter: number): ReportQuarter {
  if (!Number.isSafeInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2200)
    throw new PshbError('INVALID_INPUT', `fiscalYear: ${fiscalYear} is not a fiscal year from 2000 to 2200`);
  if (![1, 2, 3, 4].includes(quarter))
    throw new PshbError('INVALID_INPUT', `quarter: ${quarter} is not a quarter from 1 to 4`);
  return { fiscalYear, quarter: quarter as ReportQuarter['quarter'] };
}

function stagesOf(catalogue: CxCatalogue): string[] {
  return [...new Set(catalogue.points.points.map((p) => p.stage))];
}

function questionsOf(
  kind: 'a11-v2' | 'a11-legacy' | null,
  survey: SurveyInstrument | undefined,
  answers: Readonly<Record<string, number>>,
  respondents: number,
  threshold: number,
): QuestionCounts[] {
  const cell = (column: string) => suppressSmallCell(answers[column] ?? 0, respondents, threshold);
  if (kind === 'a11-v2') {
    const v2 = survey?.kind === 'a11-v2' ? survey : undefined;
    const trust =
      v2?.trustScale === 'five-point'
        ? SCALE_POINTS.map((p) => ({ answer: String(p), count: cell(`trust_${p}`) }))
        : [
            { answer: 'up', count: cell('trust_up') },
            { answer: 'down', count: cell('trust_down') },
          ];
    return [
      { id: 'trust', text: v2?.questions.trust.en ?? 'trust', answers: trust },
      ...(['positive', 'negative'] as const).map((side) => ({
        id: side,
        text: v2?.questions[side].en ?? side,
        answers: REPORT_DRIVERS.map((d) => ({ answer: d, count: cell(`${side}_${d}`) })),
      })),
    ];
  }
  if (kind === 'a11-legacy') {
    const legacy = survey?.kind === 'a11-legacy' ? survey : undefined;
    return REPORT_LEGACY_QUESTIONS.map((q) => ({
      id: `legacy_${q}`,
      text: legacy?.questions[q].en ?? q,
      answers: SCALE_POINTS.map((p) => ({ answer: String(p), count: cell(`legacy_${q}_${p}`) })),
    }));
  }
  return [];
}

interface Accumulated {
  service: string;
  stage: string;
  transactionPoint: string;
  channel: string;
  partner: string;
  served: number;
  offered: number;
  respondents: number;
  surveyId: string | null;
  surveyKind: 'a11-v2' | 'a11-legacy' | null;
  answers: Record<string, number>;
}

const keyOf = (r: { service: string; transactionPoint: string; channel: string; partner: string }) =>
  [r.service, r.transactionPoint, r.channel, r.partner].join('\u0000');

/** Merges the grouped responses with the served counts, one row per service, point, channel, partner. */
function accumulate(
  groups: readonly ResponseGroup[],
  served: Awaited<ReturnType<typeof readServedCounts>>,
  points: readonly TransactionPoint[],
): Accumulated[] {
  const rows = new Map<string, Accumulated>();
  const rowFor = (
    r: Omit<Accumulated, 'served' | 'offered' | 'respondents' | 'answers' | 'surveyId' | 'surveyKind'>,
  ) => {
    const key = keyOf(r);
    let row = rows.get(key);
    if (!row) {
      const point = points.find((p) => p.id === r.transactionPoint);
      row = {
        ...r,
        served: 0,
        offered: 0,
        respondents: 0,
        surveyId: point?.surveyId ?? null,
        surveyKind: null,
        answers: {},
      };
      rows.set(key, row);
    }
    return row;
  };
  for (const s of served) {
    const row = rowFor({
      service: s.service,
      stage: s.stage,
      transactionPoint: s.transaction_point,
      channel: s.channel,
      partner: s.partner,
    });
    row.served += Number(s.served);
    row.offered += Number(s.offered);
  }
  for (const g of groups) {
    const row = rowFor(g);
    row.respondents += g.respondents;
    row.surveyId ??= g.surveyId;
    row.surveyKind ??= g.surveyKind;
    for (const [column, count] of Object.entries(g.answers))
      row.answers[column] = (row.answers[column] ?? 0) + count;
  }
  return [...rows.values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}

/** The quarter's CX data from the stored responses and served counts. */
export async function quarterlyCxReport(
  executor: Executor,
  input: ReportQuarter & { readonly catalogue?: CxCatalogue | undefined },
): Promise<QuarterlyCxReport> {
  const { fiscalYear, quarter } = reportQuarter(input.fiscalYear, input.quarter);
  const catalogue = input.catalogue ?? loadCxCatalogue();
  const threshold = catalogue.privacy.suppressionThreshold;
  const [groups, served] = [
    await readResponseGroups(executor, fiscalYear, quarter),
    await readServedCounts(executor, fiscalYear, quarter),
  ];
  const stages = stagesOf(catalogue);
  const rows = accumulate(groups, served, catalogue.points.points).map((r): ReportRow => {
    const survey = catalogue.surveys.find((s) => s.id === r.surveyId);
    const surveyKind = r.surveyKind ?? survey?.kind ?? null;
    const respondents = suppressSmallCell(r.respondents, r.respondents, threshold);
    const position = stages.indexOf(r.stage);
    return {
      service: r.service,
      stage: r.stage,
      stagePosition: position >= 0 ? position + 1 : stages.length + 1,
      stageCount: stages.length,
      transactionPoint: r.transactionPoint,
      channel: r.channel,
      partner: r.partner === '' ? null : r.partner,
      surveyId: r.surveyId,
      surveyKind,
      served: r.served,
      offered: r.offered,
      respondents,
      offerRate: rate(r.offered, r.served),
      responseRate: respondents.suppressed ? null : rate(r.respondents, r.offered),
      suppressed: respondents.suppressed,
      suppression: suppressionDecision(r.respondents, threshold),
      questions: questionsOf(surveyKind, survey, r.answers, r.respondents, threshold),
    };
  });
  return {
    fiscalYear,
    quarter,
    service: catalogue.points.service,
    serviceProvider: catalogue.points.serviceProvider,
    dueOn: collectionDueOn({ fiscalYear, quarter }),
    suppressionThreshold: threshold,
    privacyVersion: catalogue.privacy.version,
    rows,
    totals: {
      served: rows.reduce((n, r) => n + r.served, 0),
      offered: rows.reduce((n, r) => n + r.offered, 0),
      // Only shown cells add up, so a total never reveals a suppressed one by subtraction.
      respondents: rows.reduce((n, r) => n + (r.respondents.value ?? 0), 0),
    },
  };
}
