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
  UNAUTHENTICATED: {
    status: 401,
    description: 'No valid session: sign in (GET /auth/login) and send the session cookie.',
  },
  FORBIDDEN: {
    status: 403,
    description: "The signed-in user's role or data scope does not allow this; the refusal is audited.",
  },
  ROUTE_NOT_FOUND: { status: 404, description: 'No API route has this method and path; see /openapi.json.' },
  MALFORMED_JSON: { status: 400, description: 'The request body is not valid JSON; the message says where.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, description: 'Send request bodies as application/json.' },
  PAYLOAD_TOO_LARGE: { status: 413, description: 'The request body is larger than the API accepts.' },
  URI_TOO_LONG: { status: 414, description: 'The request path or query is longer than the server accepts.' },
  HEADERS_TOO_LARGE: {
    status: 431,
    description: 'The request headers (cookies included) are larger than the server accepts.',
  },
  CROSS_SITE_REQUEST: {
    status: 403,
    description: 'A browser sent this change from another site (Origin, Sec-Fetch-Site); it was refused.',
  },
  RATE_LIMITED: {
    status: 429,
    description:
      'Too many requests from this session or address (or too much heavy work at once); wait the Retry-After seconds.',
  },
  IDEMPOTENCY_KEY_REQUIRED: {
    status: 400,
    description: 'A state-changing request needs an Idempotency-Key header (a new unique value per change).',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    description: 'This Idempotency-Key was already used for a different request; use a new key.',
  },
  PRECONDITION_REQUIRED: {
    status: 428,
    description: 'A change to an enrollment needs an If-Match header with the ETag last read.',
  },
  PRECONDITION_FAILED: {
    status: 412,
    description: 'The enrollment changed since its ETag was read; read it again and retry.',
  },
  ELECTION_OUTSIDE_OPEN_SEASON: {
    status: 422,
    description: 'The election is dated outside the open season window (with any extension).',
  },
  UNKNOWN_ENROLLMENT_CODE: {
    status: 422,
    description: 'The enrollment code names no PSHB option of the catalogue in force.',
  },
  INVALID_TRANSITION: {
    status: 409,
    description:
      'The enrollment or case is not in a state this action applies to (for example reinstating one that is not suspended); nothing was changed.',
  },
  TRANSFER_NOT_ALLOWED: {
    status: 422,
    description:
      "The support plan does not let that partner handle the case's request type; the message lists the partners it may go to.",
  },
  CASE_OPENING_LIMIT: {
    status: 429,
    description:
      'The support specialist has opened as many cases in the last hour as one specialist may; the program office reviews openings.',
  },
  PERFORMANCE_EVALUATION_STATE: {
    status: 409,
    description:
      'The carrier performance evaluation is not in a state this step applies to (a factor decided after acceptance, or another change moved it first); nothing was changed.',
  },
  PERFORMANCE_FACTORS_UNDECIDED: {
    status: 409,
    description:
      'The contracting officer has not yet accepted or changed the factor of every element; the message lists those left. Nothing was changed.',
  },
  RULE_NOT_MET: {
    status: 422,
    description:
      'The action applies, but the regulation does not allow it on these facts (a window missed, a bar to removal); the message cites the paragraph.',
  },
  PERFORMANCE_METHOD_UNKNOWN: {
    status: 404,
    description:
      'No carrier performance method has that id, or none is in force for that contract year; the message lists the methods.',
  },
  PERFORMANCE_METHOD_INVALID: {
    status: 400,
    description:
      'A carrier performance method file failed validation; every problem is listed as file: field: message.',
  },
  PERFORMANCE_CASE_INVALID: {
    status: 400,
    description:
      'A carrier performance case is malformed; every bad field is named and nothing was evaluated.',
  },
  SURVEY_VERSION_FROZEN: {
    status: 409,
    description:
      'The survey version already has responses and its content cannot change; give the change a new version.',
  },
  SURVEY_EXPIRED: {
    status: 410,
    description:
      "The survey's OMB approval has expired (its PRA expiration date has passed); it no longer collects responses.",
  },
  INVITATION_USED: {
    status: 409,
    description: 'The survey invitation was already used; each invitation answers once.',
  },
  INVITATION_EXPIRED: {
    status: 410,
    description: 'The survey invitation is past its validity; nothing was recorded.',
  },
  CX_COLLECTION_STATE: {
    status: 409,
    description:
      "The quarterly CX collection's state does not allow this change; the message says from which states it is possible.",
  },
  CX_FOCUS_AREAS_NOT_CHOSEN: {
    status: 409,
    description:
      "A planned action belongs to one of the year's CX focus areas: choose the two focus areas first (pshb cx maturity focus).",
  },
  CX_ACTION_EXISTS: {
    status: 409,
    description:
      'The fiscal year already has a planned action with that key; update it instead of adding it.',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    description:
      'The database cannot be reached (a failover or restart); retry after the seconds in Retry-After. Acknowledged changes are kept.',
  },
  INTERNAL_ERROR: {
    status: 500,
    description: 'Something failed on our side; the request id helps us find it.',
  },
  PERFORMANCE_WINDOW_CLOSED: {
    status: 422,
    description:
      "The carrier's response or request for reconsideration came after its window closed; nothing was recorded.",
  },
  PERFORMANCE_WINDOW_OPEN: {
    status: 409,
    description:
      "The final determination waits for the carrier's response window to close or its reconsideration to be decided.",
  },
  PERFORMANCE_MONEY_MISMATCH: {
    status: 422,
    description:
      'The money does not fit the evaluation (more than is owed or collected, or a balance still open); nothing was recorded.',
  },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ProblemDetail {
  readonly line?: number;
  readonly field?: string;
  readonly message: string;
}

/**
 * Why the rules refused, for screens to say in the reader's language: a stable key (e.g.
 * lifeEventWindowMissed) and the facts the sentence needs (dates, codes the caller sent). docs/errors.md.
 */
export interface ProblemReason {
  readonly key: string;
  readonly facts: Readonly<Record<string, string | number | boolean | null>>;
}

export class PshbError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly ProblemDetail[];
  readonly refusal: ProblemReason | null;
  override readonly name = 'PshbError';

  constructor(
    code: ErrorCode,
    message: string,
    details: readonly ProblemDetail[] = [],
    refusal: ProblemReason | null = null,
  ) {
    super(message);
    this.code = code;
    this.details = details;
    this.refusal = refusal;
  }

  get status(): number {
    return ERROR_CODES[this.code].status;
  }
}

/** A JSON path as people write it: family[0].medicare.partAStart. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : `${text === '' ? '' : '.'}${String(key)}`;
  }
  return text || '(root)';
}

/** INVALID_INPUT from schema issues, each naming its field (under `prefix`, when given). */
export function invalidInput(
  message: string,
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
  prefix: readonly PropertyKey[] = [],
): PshbError {
  const details: ProblemDetail[] = issues.map((issue) => ({
    field: formatJsonPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
  return new PshbError('INVALID_INPUT', message, details);
}
