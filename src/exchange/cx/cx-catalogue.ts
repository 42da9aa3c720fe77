// The customer-experience data shipped in reference-data/cx/ (docs/customer-experience.md): survey
// instruments (surveys/*.json), transaction points and privacy settings, validated by the zod schemas
// of src/rules/cx on every load. `validateCxFile` names each bad field as `file: field: message`.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { PshbError } from '../../errors.ts';
import {
  cxPrivacy,
  surveyInstrument,
  transactionPoints,
  type CxPrivacy,
  type SurveyInstrument,
  type TransactionPoints,
} from '../../rules/cx/survey-instrument.ts';
import { canonicalJson } from '../../rules/cx/survey-version.ts';

export const CX_DATA_DIR = fileURLToPath(new URL('../../../reference-data/cx/', import.meta.url));

export interface CxCatalogue {
  readonly surveys: readonly SurveyInstrument[];
  readonly points: TransactionPoints;
  readonly privacy: CxPrivacy;
}

type FileKind = 'survey' | 'transaction-points' | 'privacy';

function kindOf(path: string, json: unknown): FileKind {
  if (basename(path) === 'transaction-points.json') return 'transaction-points';
  if (basename(path) === 'privacy.json') return 'privacy';
  if (json !== null && typeof json === 'object' && 'points' in json) return 'transaction-points';
  if (json !== null && typeof json === 'object' && 'suppressionThreshold' in json) return 'privacy';
  return 'survey';
}

const SCHEMAS: Record<FileKind, z.ZodType> = {
  survey: surveyInstrument,
  'transaction-points': transactionPoints,
  privacy: cxPrivacy,
};

/** Problems of one file, each as `file: field: message`; empty when the file is valid. */
export function validateCxFile(path: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return [`${path}: (file): cannot read JSON: ${(error as Error).message}`];
  }
  const parsed = SCHEMAS[kindOf(path, json)].safeParse(json);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => `${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** Every file of the CX data folder: the surveys, then the transaction points and privacy settings. */
export function cxDataFiles(dir: string = CX_DATA_DIR): string[] {
  const surveys = join(dir, 'surveys');
  return [
    ...readdirSync(surveys)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(surveys, f)),
    join(dir, 'transaction-points.json'),
    join(dir, 'privacy.json'),
  ];
}

function readValid<S extends z.ZodType>(path: string, schema: S): z.output<S> {
  const problems = validateCxFile(path);
  if (problems.length > 0) throw new PshbError('INVALID_FILE', problems.join('; '));
  return schema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** The surveys, transaction points and privacy settings, checked against each other. */
export function loadCxCatalogue(dir: string = CX_DATA_DIR): CxCatalogue {
  const files = cxDataFiles(dir);
  const surveys = files
    .filter((f) => f.includes(`${join(dir, 'surveys')}`))
    .map((f) => readValid(f, surveyInstrument));
  const points = readValid(join(dir, 'transaction-points.json'), transactionPoints);
  const privacy = readValid(join(dir, 'privacy.json'), cxPrivacy);
  const known = new Set(surveys.map((s) => s.id));
  const unknown = points.points.filter((p) => !known.has(p.surveyId));
  if (unknown.length > 0)
    throw new PshbError(
      'INVALID_FILE',
      unknown
        .map((p) => `transaction-points.json: points.${p.id}.surveyId: no survey "${p.surveyId}"`)
        .join('; '),
    );
  return { surveys, points, privacy };
}

/** The SHA-256 of the survey's canonical JSON: equal content, equal hash. */
export function surveyContentHash(survey: SurveyInstrument): string {
  return createHash('sha256').update(canonicalJson(survey)).digest('hex');
}

export function surveyById(catalogue: CxCatalogue, id: string): SurveyInstrument {
  const survey = catalogue.surveys.find((s) => s.id === id);
  if (!survey)
    throw new PshbError(
      'NOT_FOUND',
      `no survey "${id}" (known: ${catalogue.surveys.map((s) => s.id).join(', ')})`,
    );
  return survey;
}
