// An API error as the app sees it: the problem+json body the server sends (docs/errors.md), or a
// network failure. Screens show `detail` and the field errors next to their fields; a refusal of the
// rules also says why as a key with its facts (`reason`), which screens say in the reader's language.
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** Why the rules refused: a stable key (the notices namespace's `refusals`) and its facts. */
export interface ProblemReason {
  readonly key: string;
  readonly facts: Readonly<Record<string, string | number | boolean | null>>;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: readonly FieldProblem[];
  readonly requestId: string | undefined;
  readonly reason: ProblemReason | null;

  constructor(init: {
    status: number;
    code: string;
    detail: string;
    errors?: readonly FieldProblem[];
    requestId?: string | undefined;
    reason?: ProblemReason | null;
  }) {
    super(init.detail);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
    this.reason = init.reason ?? null;
  }

  /** The message for one field (e.g. "body.reason"), if the server named it. */
  fieldMessage(path: string): string | undefined {
    return this.errors.find((error) => error.path === path)?.message;
  }
}

export const NETWORK_PROBLEM = 'NETWORK';
