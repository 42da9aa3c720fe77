// Errors found while validating a file row by row: every one is counted, the first ones are kept with
// their line and field so a user can fix the file in one go.
import { PshbError, type ProblemDetail } from '../../errors.ts';

export interface RowError extends ProblemDetail {
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

export class RowErrorCollector {
  readonly cap: number;
  readonly errors: RowError[] = [];
  count = 0;
  /** A file could not be read to its end (a byte not UTF-8, a record too long): checks across rows are moot. */
  stopped = false;

  constructor(cap = 100) {
    this.cap = cap;
  }

  add(line: number, field: string, message: string): void {
    this.count++;
    if (this.errors.length < this.cap) this.errors.push({ line, field, message });
  }

  get any(): boolean {
    return this.count > 0;
  }
}

/** A file failed validation; nothing was stored. `errors` holds the first ones, `errorCount` all. */
export class FileValidationError extends PshbError {
  readonly errors: readonly RowError[];
  readonly errorCount: number;

  constructor(what: string, errors: readonly RowError[], errorCount: number) {
    const shown = errors
      .slice(0, 5)
      .map((e) => `line ${e.line} ${e.field}: ${e.message}`)
      .join('; ');
    super('INVALID_FILE', `${what}: ${errorCount} error(s), nothing stored. ${shown}`, errors);
    this.errors = errors;
    this.errorCount = errorCount;
  }
}
