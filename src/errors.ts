// One catalogue of the errors PSHB Exchange reports, each with a stable code, the HTTP status it maps
// to, and what it means. docs/errors.md lists them for users; the CLI prints the code with the message.

export const ERROR_CODES = {
  INVALID_INPUT: {
    status: 400,
    description: 'A value is missing or malformed; the message names the field.',
  },
  INVALID_FILE: {
    status: 400,
    description: 'A file failed validation; every bad line and field is listed and nothing was changed.',
  },
  NOT_FOUND: { status: 404, description: 'The person, plan, open season or file asked for does not exist.' },
  CONFLICT: { status: 409, description: 'The data already holds something that contradicts the request.' },
  RUN_PARAMETERS_DIFFER: {
    status: 409,
    description: 'A long run was started with other parameters; finish it with the same ones.',
  },
  RUN_MOVED_ON: {
    status: 409,
    description: 'Another process advanced the same run; starting it again resumes where it stands.',
  },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ProblemDetail {
  readonly line?: number;
  readonly field?: string;
  readonly message: string;
}

export class PshbError extends Error {
  override readonly name = 'PshbError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: readonly ProblemDetail[] = [],
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}
