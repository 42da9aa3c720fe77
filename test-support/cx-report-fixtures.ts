// Synthetic survey responses for the quarterly CX report's tests and benchmark: deterministic rows
// (a seeded generator, no personal data) loaded with COPY, and served counts beside them.
import { registerSurveyVersions } from '../src/exchange/cx/register-surveys.ts';
import type { CxCatalogue } from '../src/exchange/cx/cx-catalogue.ts';
import { copyRows, type ColumnOf } from '../src/storage/copy-rows.ts';
import { csvLine } from '../src/storage/csv-text.ts';
import { addServedCounts } from '../src/storage/cx/served-counts.ts';
import { executorOf } from '../src/storage/executor.ts';
import type { Store } from '../src/storage/store.ts';

const DRIVERS = [
  'effectiveness',
  'ease',
  'efficiency',
  'transparency',
  'humanity',
  'employee',
  'other',
] as const;

const COLUMNS = [
  'survey_id',
  'survey_version',
  'survey_kind',
  'language',
  'service',
  'stage',
  'transaction_point',
  'channel',
  'partner',
  'fiscal_year',
  'fiscal_quarter',
  'responded_on',
  'source',
  'trust_scale',
  'trust_value',
  'trust_positive',
  ...DRIVERS.flatMap((d) => [`positive_${d}` as const, `negative_${d}` as const]),
  'free_text',
] as const satisfies readonly ColumnOf<'cx_response'>[];

/** A small deterministic generator (mulberry32). */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface SyntheticCell {
  readonly transactionPoint: string;
  readonly channel: string;
  /** Thumbs up answers, then thumbs down. */
  readonly up: number;
  readonly down: number;
  readonly served: number;
  readonly offered: number;
  /** The day answered (default 2024-11-01). */
  readonly respondedOn?: string;
  /** The first thumbs up's free text (default "Quick and clear."), and the first thumbs down's. */
  readonly upComment?: string;
  readonly downComment?: string;
}

function v2Survey(catalogue: CxCatalogue) {
  const survey = catalogue.surveys.find((s) => s.kind === 'a11-v2');
  if (!survey) throw new Error('the catalogue has no A-11 v2 survey');
  return survey;
}

/**
 * Registers the catalogue's survey versions, then loads exactly the answers of each cell (A-11 v2, thumbs
 * up or down, every up checking 'ease', every down 'efficiency'), responded on the quarter's first day.
 */
export async function loadExactCells(
  store: Store,
  catalogue: CxCatalogue,
  fiscalYear: number,
  quarter: 1 | 2 | 3 | 4,
  cells: readonly SyntheticCell[],
): Promise<void> {
  const survey = v2Survey(catalogue);
  await registerSurveyVersions(executorOf(store), catalogue.surveys);
  let csv = '';
  for (const cell of cells) {
    const point = catalogue.points.points.find((p) => p.id === cell.transactionPoint)!;
    for (let i = 0; i < cell.up + cell.down; i++) {
      const up = i < cell.up;
      csv += csvLine([
        survey.id,
        survey.version,
        'a11-v2',
        'en',
        catalogue.points.service,
        point.stage,
        point.id,
        cell.channel,
        point.partner ?? null,
        fiscalYear,
        quarter,
        cell.respondedOn ?? '2024-11-01',
        'portal',
        'thumbs',
        up ? 1 : 0,
        up,
        ...DRIVERS.flatMap((d) => [up && d === 'ease', !up && d === 'efficiency']),
        i === 0 ? (cell.upComment ?? 'Quick and clear.') : i === cell.up ? (cell.downComment ?? null) : null,
      ]);
    }
  }
  await store.transaction((tx) => copyRows(tx, 'cx_response', COLUMNS, csv));
  await store.transaction((tx) =>
    addServedCounts(
      tx,
      cells.map((cell) => {
        const point = catalogue.points.points.find((p) => p.id === cell.transactionPoint)!;
        return {
          fiscalYear,
          fiscalQuarter: quarter,
          service: catalogue.points.service,
          stage: point.stage,
          transactionPoint: point.id,
          channel: cell.channel,
          partner: point.partner ?? null,
          served: cell.served,
          offered: cell.offered,
        };
      }),
    ),
  );
}

/**
 * Loads `count` random A-11 v2 responses spread over the catalogue's points and channels for the
 * quarter (and a tenth as many in the quarter before, which the report must leave out), in COPY
 * chunks of `chunk` rows.
 */
export async function loadRandomResponses(
  store: Store,
  catalogue: CxCatalogue,
  fiscalYear: number,
  quarter: 1 | 2 | 3 | 4,
  count: number,
  chunk = 100_000,
): Promise<void> {
  const survey = v2Survey(catalogue);
  await registerSurveyVersions(executorOf(store), catalogue.surveys);
  const random = generator(20_261_206);
  const cells = catalogue.points.points.flatMap((p) => p.channels.map((channel) => ({ point: p, channel })));
  const other =
    quarter === 1 ? { fiscalYear: fiscalYear - 1, quarter: 4 } : { fiscalYear, quarter: quarter - 1 };
  const total = count + Math.floor(count / 10);
  for (let start = 0; start < total; start += chunk) {
    async function* lines(): AsyncIterable<string> {
      let text = '';
      for (let i = start; i < Math.min(total, start + chunk); i++) {
        const { point, channel } = cells[Math.floor(random() * cells.length)]!;
        const up = random() < 0.8;
        const which = i < count ? { fiscalYear, quarter } : other;
        text += csvLine([
          survey.id,
          survey.version,
          'a11-v2',
          random() < 0.1 ? 'es' : 'en',
          catalogue.points.service,
          point.stage,
          point.id,
          channel,
          point.partner ?? null,
          which.fiscalYear,
          which.quarter,
          '2024-11-01',
          'portal',
          'thumbs',
          up ? 1 : 0,
          up,
          ...DRIVERS.flatMap((d) => [up && random() < 0.3 && d !== 'other', !up && random() < 0.3]),
          random() < 0.05 ? 'Synthetic comment.' : null,
        ]);
        if (text.length > 1 << 20) {
          yield text;
          text = '';
        }
      }
      if (text) yield text;
    }
    await store.transaction((tx) => copyRows(tx, 'cx_response', COLUMNS, lines()));
  }
}
