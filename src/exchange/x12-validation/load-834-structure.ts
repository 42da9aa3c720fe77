// The 834 (005010X220A1) structure shipped in reference-data/x12/, read from the repository and
// validated on every load, so a correction to the guide's rules is a data change.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PshbError } from '../../errors.ts';
import { transactionStructure, type TransactionStructure } from './structure-schema.ts';

export const STRUCTURE_834_FILE = fileURLToPath(
  new URL('../../../reference-data/x12/834-005010X220A1-structure.json', import.meta.url),
);

/** Parses and checks a structure; the error names the file and each path at fault. */
export function parseStructure(json: unknown, file: string): TransactionStructure {
  const parsed = transactionStructure.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
  );
  throw new PshbError('INVALID_FILE', `${file}: ${problems.join('; ')}`);
}

let cached: TransactionStructure | null = null;

/** The shipped 834 structure (read once per process). */
export function load834Structure(): TransactionStructure {
  cached ??= parseStructure(
    JSON.parse(readFileSync(STRUCTURE_834_FILE, 'utf8')) as unknown,
    STRUCTURE_834_FILE,
  );
  return cached;
}
