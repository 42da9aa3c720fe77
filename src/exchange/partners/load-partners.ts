// Reading trading partner files: each file parsed and validated on its own (JSON syntax with its
// line, every schema problem with its field), then the directory checked as a whole against the
// catalogue. All problems are collected, so one run lists everything to fix.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Catalogue } from '../../domain/catalogue.ts';
import { tradingPartner, type TradingPartner } from '../../domain/trading-partner.ts';
import { PshbError } from '../../errors.ts';
import {
  catalogueProblems,
  crossCheckPartners,
  partnerSetProblems,
  type PartnerEntry,
} from './partner-cross-checks.ts';
import { formatProblem, schemaProblems, type PartnerProblem } from './partner-problem.ts';

export interface PartnerFileResult {
  readonly file: string;
  readonly partner?: TradingPartner;
  readonly problems: readonly PartnerProblem[];
}

/** The partner in `text`, read from `file`, or the problems that keep it from being one. */
export function parsePartnerFile(text: string, file: string): PartnerFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { file, problems: [{ file, field: '(root)', line: lineOfJsonError(text, message), message }] };
  }
  const parsed = tradingPartner.safeParse(json);
  if (!parsed.success) return { file, problems: schemaProblems(file, parsed.error.issues) };
  const expected = `${parsed.data.id}.json`;
  // The file name is the partner's id, so `pshb partners show` and a reader of the folder agree.
  if (basename(file) !== expected && file.endsWith('.json'))
    return {
      file,
      partner: parsed.data,
      problems: [
        { file, field: 'id', message: `the file of partner "${parsed.data.id}" is named ${expected}` },
      ],
    };
  return { file, partner: parsed.data, problems: [] };
}

export function readPartnerFile(file: string): PartnerFileResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PshbError('NOT_FOUND', `${file}: cannot read the partner file (${(error as Error).message})`);
  }
  return parsePartnerFile(text, file);
}

export interface PartnerDirectory {
  readonly directory: string;
  readonly partners: readonly PartnerEntry[];
  readonly problems: readonly PartnerProblem[];
}

/** Every *.json file of `directory`, validated, then cross-checked against each other and `catalogue`. */
export function readPartnerDirectory(directory: string, catalogue: Catalogue): PartnerDirectory {
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => name.endsWith('.json'));
  } catch (error) {
    throw new PshbError(
      'NOT_FOUND',
      `${directory}: cannot read the partner folder (${(error as Error).message})`,
    );
  }
  const results = names.sort().map((name) => readPartnerFile(join(directory, name)));
  const partners = results.flatMap((result) =>
    result.partner ? [{ file: result.file, partner: result.partner }] : [],
  );
  return {
    directory,
    partners,
    problems: [
      ...results.flatMap((result) => result.problems),
      ...crossCheckPartners(partners, catalogue, directory),
    ],
  };
}

/** The partners of `directory`, or INVALID_FILE listing every problem as `file: field: message`. */
export function loadPartners(directory: string, catalogue: Catalogue): readonly PartnerEntry[] {
  const read = readPartnerDirectory(directory, catalogue);
  if (read.problems.length > 0) throw invalidPartners(directory, read.problems);
  return read.partners;
}

/**
 * One file checked as it would be in `others`' directory: its schema, the catalogue, and conflicts
 * with the other partners (a file with the same id is the one it replaces, so it is left out).
 */
export function validatePartnerFile(
  file: string,
  catalogue: Catalogue,
  others: readonly PartnerEntry[],
): PartnerFileResult {
  const result = readPartnerFile(file);
  const partner = result.partner;
  if (!partner || result.problems.length > 0) return result;
  const entry = { file, partner };
  const rest = others.filter((other) => other.partner.id !== partner.id);
  const problems = [
    ...catalogueProblems(entry, catalogue),
    ...partnerSetProblems([...rest, entry]).filter((problem) => problem.file === file),
  ];
  return { file, partner, problems };
}

export function invalidPartners(where: string, problems: readonly PartnerProblem[]): PshbError {
  return new PshbError(
    'INVALID_FILE',
    `${where}: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the partner files:\n${problems.map(formatProblem).join('\n')}`,
  );
}

function lineOfJsonError(text: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  return text.slice(0, Number(position[1])).split('\n').length;
}
