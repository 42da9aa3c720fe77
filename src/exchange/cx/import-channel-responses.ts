// importChannelResponses: A-11 v2 responses collected in the partners' own channels (the IVR's
// post-call survey, the contractor's web chat) imported from CSV with the meaning of the portal's
// responses (OMB Circular A-11, Section 280). The columns are GSA Touchpoints' response upload columns
// (external_id, question_1, positive_*, negative_*, question_4) with where and when the response was
// given (responded_on, transaction_point, channel, language). A file with any bad row is refused
// whole, every error by line and column; a good file is stored as one batch with its own job id, all
// rows or none; the same file imported again (same SHA-256) changes nothing. Free text is masked.
import { createHash } from 'node:crypto';
import { validateAnswers, type SurveyAnswers } from '../../rules/cx/answer-validation.ts';
import { maskIdentifiers } from '../../rules/cx/identifier-masking.ts';
import { surveyCollecting } from '../../rules/cx/survey-collecting.ts';
import { CX_CHANNELS, DRIVERS, LANGUAGES, type SurveyInstrument } from '../../rules/cx/survey-instrument.ts';
import { batchByDigest, insertBatch } from '../../storage/cx/import-batches.ts';
import { insertResponses, type ResponseInsert } from '../../storage/cx/responses.ts';
import { countResponses } from '../../storage/cx/survey-versions.ts';
import { executorOf } from '../../storage/executor.ts';
import type { Store } from '../../storage/store.ts';
import { checkedCsvRecords } from '../roster/csv-file.ts';
import { isIsoDate } from '../../domain/dates.ts';
import { FileValidationError, RowErrorCollector } from '../roster/row-errors.ts';
import { surveyById, type CxCatalogue } from './cx-catalogue.ts';
import { registerSurveyVersions } from './register-surveys.ts';
import { responseRow } from './respond-to-invitation.ts';

export const TOUCHPOINTS_RESPONSE_COLUMNS = [
  'external_id',
  'question_1',
  ...DRIVERS.map((d) => `positive_${d}`),
  ...DRIVERS.map((d) => `negative_${d}`),
  'question_4',
] as const;

export const CHANNEL_RESPONSE_COLUMNS = [
  'external_id',
  'responded_on',
  'transaction_point',
  'channel',
  'language',
  ...TOUCHPOINTS_RESPONSE_COLUMNS.slice(1),
] as const;

const MAX_RECORD_CHARS = 12_000;

export class ChannelResponsesError extends FileValidationError {}

export interface ImportInput {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly importedBy: string;
  /** The program's day: no response may be dated after it. */
  readonly today: string;
}

export interface ImportResult {
  readonly batchId: number;
  readonly jobId: string;
  readonly rows: number;
  /** True when this file was imported before: nothing changed. */
  readonly alreadyImported: boolean;
}

interface ParsedRow {
  readonly row: ResponseInsert;
  readonly survey: SurveyInstrument;
}

const FLAG = new Map([
  ['', false],
  ['0', false],
  ['false', false],
  ['1', true],
  ['true', true],
]);

function trustOf(survey: SurveyInstrument, text: string): SurveyAnswers['trust'] {
  if (survey.kind !== 'a11-v2') return undefined;
  if (text === '') return null;
  if (survey.trustScale === 'thumbs') return text === '1' ? 'up' : text === '0' ? 'down' : text;
  return /^\d+$/.test(text) ? Number(text) : text;
}

function parseRow(
  catalogue: CxCatalogue,
  line: number,
  fields: readonly string[],
  today: string,
  errors: RowErrorCollector,
): ParsedRow | undefined {
  const at = (column: (typeof CHANNEL_RESPONSE_COLUMNS)[number]) =>
    fields[CHANNEL_RESPONSE_COLUMNS.indexOf(column)]!.trim();
  let valid = true;
  const fail = (column: string, message: string) => {
    errors.add(line, column, message);
    valid = false;
  };
  const externalId = at('external_id');
  if (!/^[A-Za-z0-9._:-]{1,100}$/.test(externalId))
    fail('external_id', 'must be 1 to 100 letters, digits, dots, dashes, colons or underscores');
  const day = at('responded_on');
  if (!isIsoDate(day)) fail('responded_on', 'must be a real date in YYYY-MM-DD form');
  else if (day > today) fail('responded_on', `is after today (${today})`);
  const point = catalogue.points.points.find((p) => p.id === at('transaction_point'));
  if (!point)
    fail('transaction_point', `must be one of ${catalogue.points.points.map((p) => p.id).join(', ')}`);
  const channel = at('channel');
  if (!(CX_CHANNELS as readonly string[]).includes(channel))
    fail('channel', `must be one of ${CX_CHANNELS.join(', ')}`);
  const language = at('language');
  if (!(LANGUAGES as readonly string[]).includes(language))
    fail('language', `must be one of ${LANGUAGES.join(', ')}`);
  const flags: Record<string, boolean> = {};
  for (const side of ['positive', 'negative'] as const)
    for (const driver of DRIVERS) {
      const column = `${side}_${driver}` as const;
      const flag = FLAG.get(at(column).toLowerCase());
      if (flag === undefined) fail(column, 'must be 1, 0 or empty');
      flags[column] = flag ?? false;
    }
  if (!point) return undefined;
  const survey = surveyById(catalogue, point.surveyId);
  if (survey.kind !== 'a11-v2') {
    fail('transaction_point', `offers the ${survey.kind} survey; channel responses are A-11 v2 responses`);
    return undefined;
  }
  if (isIsoDate(day) && surveyCollecting(survey, day).outcome === 'expired')
    fail('responded_on', `${surveyCollecting(survey, day).explanation}`);
  const checked = validateAnswers(
    survey,
    {
      trust: trustOf(survey, at('question_1').toLowerCase()),
      positive: DRIVERS.filter((d) => flags[`positive_${d}`]),
      negative: DRIVERS.filter((d) => flags[`negative_${d}`]),
      freeText: at('question_4'),
    },
    catalogue.privacy.freeTextMaxChars,
  );
  if (!checked.ok) {
    for (const problem of checked.problems)
      fail(
        problem.field === 'trust'
          ? 'question_1'
          : problem.field === 'freeText'
            ? 'question_4'
            : problem.field.replace(/\[\d+\]$/, ''),
        problem.message,
      );
    return undefined;
  }
  if (!valid) return undefined;
  const masked = checked.answers.freeText === null ? null : maskIdentifiers(checked.answers.freeText);
  const row = responseRow(
    survey,
    {
      service: catalogue.points.service,
      stage: point.stage,
      transaction_point: point.id,
      channel,
      partner: point.partner ?? null,
    },
    checked.answers,
    {
      language,
      today: day,
      freeText: masked?.text ?? null,
      masked: masked ? Object.values(masked.found).reduce((a, b) => a + b, 0) : 0,
      source: { kind: 'import', batchId: 0, externalId },
    },
  );
  return { row, survey };
}

/** Reads and checks the whole file; throws ChannelResponsesError naming every bad line and column. */
export async function readChannelResponses(
  catalogue: CxCatalogue,
  bytes: Uint8Array,
  today: string,
): Promise<ParsedRow[]> {
  const errors = new RowErrorCollector();
  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  let headerSeen = false;
  for await (const record of checkedCsvRecords(
    [bytes],
    { columns: CHANNEL_RESPONSE_COLUMNS, maxRecordChars: MAX_RECORD_CHARS },
    errors,
  )) {
    if (!headerSeen) {
      headerSeen = true;
      if (record.fields.map((f) => f.trim()).join(',') !== CHANNEL_RESPONSE_COLUMNS.join(','))
        errors.add(record.line, 'header', `must be exactly ${CHANNEL_RESPONSE_COLUMNS.join(',')}`);
      continue;
    }
    if (record.text.trim() === '') continue;
    if (record.fields.length !== CHANNEL_RESPONSE_COLUMNS.length) {
      errors.add(
        record.line,
        'row',
        `has ${record.fields.length} fields, expected ${CHANNEL_RESPONSE_COLUMNS.length}`,
      );
      continue;
    }
    const parsed = parseRow(catalogue, record.line, record.fields, today, errors);
    if (!parsed) continue;
    const first = seen.get(parsed.row.external_id!);
    if (first !== undefined) errors.add(record.line, 'external_id', `repeats line ${first}`);
    else seen.set(parsed.row.external_id!, record.line);
    rows.push(parsed);
  }
  if (!headerSeen) errors.add(1, 'header', 'the file is empty');
  if (errors.any) throw new ChannelResponsesError('channel responses CSV', errors.errors, errors.count);
  return rows;
}

export async function importChannelResponses(
  store: Store,
  catalogue: CxCatalogue,
  input: ImportInput,
): Promise<ImportResult> {
  const digest = createHash('sha256').update(input.bytes).digest('hex');
  const jobId = `cx-import-${digest.slice(0, 16)}`;
  const existing = await batchByDigest(executorOf(store), digest);
  if (existing)
    return {
      batchId: Number(existing.id),
      jobId: existing.job_id,
      rows: existing.row_count,
      alreadyImported: true,
    };
  const parsed = await readChannelResponses(catalogue, input.bytes, input.today);
  await registerSurveyVersions(executorOf(store), catalogue.surveys);
  return store.transaction(async (tx) => {
    const channels = [...new Set(parsed.map((p) => p.row.channel))];
    const partners = [...new Set(parsed.map((p) => p.row.partner ?? ''))];
    const first = parsed[0]?.survey ?? catalogue.surveys.find((s) => s.kind === 'a11-v2')!;
    const batchId = await insertBatch(tx, {
      job_id: jobId,
      file_digest: digest,
      file_name: input.fileName,
      channel: channels.length === 1 ? channels[0]! : channels.length === 0 ? 'none' : 'mixed',
      partner: partners.length === 1 && partners[0] !== '' ? partners[0]! : null,
      survey_id: first.id,
      survey_version: first.version,
      row_count: parsed.length,
      imported_by: input.importedBy,
    });
    if (batchId === undefined) {
      const raced = (await batchByDigest(tx, digest))!;
      return { batchId: Number(raced.id), jobId: raced.job_id, rows: raced.row_count, alreadyImported: true };
    }
    await insertResponses(
      tx,
      parsed.map((p) => ({ ...p.row, import_batch_id: batchId })),
    );
    const perSurvey = new Map<string, { survey: SurveyInstrument; n: number }>();
    for (const p of parsed) {
      const key = `${p.survey.id} ${p.survey.version}`;
      perSurvey.set(key, { survey: p.survey, n: (perSurvey.get(key)?.n ?? 0) + 1 });
    }
    for (const { survey, n } of perSurvey.values()) await countResponses(tx, survey.id, survey.version, n);
    return { batchId, jobId, rows: parsed.length, alreadyImported: false };
  });
}
