// An API error as the app sees it: the problem+json body the server sends (docs/errors.md), or a
// network failure. Screens show `detail` and the field errors next to their fields.
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly errors: readonly FieldProblem[];
  readonly requestId: string | undefined;

  constructor(init: {
    status: number;
    code: string;
    detail: string;
    errors?: readonly FieldProblem[];
    requestId?: string | undefined;
  }) {
    super(init.detail);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.code = init.code;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
  }

  /** The message for one field (e.g. "body.reason"), if the server named it. */
  fieldMessage(path: string): string | undefined {
    return this.errors.find((error) => error.path === path)?.message;
  }
}

export const NETWORK_PROBLEM = 'NETWORK';
