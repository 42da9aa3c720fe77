// The one way screens talk to the API: same-origin fetch with the session cookie, JSON in and out,
// problem+json turned into ApiProblem. Every change carries a fresh Idempotency-Key (so a retry after a
// network error cannot apply twice) and, for enrollment changes, the ETag it was based on.
import { ApiProblem, NETWORK_PROBLEM, type ProblemReason } from './api-problem.ts';

export const API = '/api/v1';

export interface Fetched<T> {
  readonly data: T;
  /** The ETag header, when the resource has one (enrollment state, enrollments). */
  readonly etag: string | null;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path.startsWith('/') ? path : `${API}/${path}`, {
      credentials: 'same-origin',
      ...init,
      headers: { accept: 'application/json', ...init.headers },
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiProblem({ status: 0, code: NETWORK_PROBLEM, detail: String(error) });
  }
  if (!response.ok) throw await problemOf(response);
  return response;
}

/** The problem's reason member, when it is one: a key and an object of facts. */
function reasonOf(value: unknown): ProblemReason | null {
  if (typeof value !== 'object' || value === null) return null;
  const { key, facts } = value as { key?: unknown; facts?: unknown };
  if (typeof key !== 'string' || typeof facts !== 'object' || facts === null) return null;
  return { key, facts: facts as ProblemReason['facts'] };
}

async function problemOf(response: Response): Promise<ApiProblem> {
  try {
    const body = (await response.json()) as Partial<ApiProblem> & { errors?: ApiProblem['errors'] };
    return new ApiProblem({
      status: response.status,
      code: body.code ?? `HTTP_${response.status}`,
      detail: body.detail ?? response.statusText,
      errors: body.errors ?? [],
      requestId: body.requestId,
      reason: reasonOf(body.reason),
    });
  } catch {
    return new ApiProblem({
      status: response.status,
      code: `HTTP_${response.status}`,
      detail: response.statusText,
    });
  }
}

/** GET a path under /api/v1 ("persons/1/eligibility") or an absolute path ("/demo.json"). */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<Fetched<T>> {
  const response = await send(path, signal ? { signal } : {});
  return { data: (await response.json()) as T, etag: response.headers.get('etag') };
}

/** GET a text body (e.g. the generated support plan as HTML). */
export async function getText(path: string, signal?: AbortSignal): Promise<string> {
  const response = await send(path, { ...(signal ? { signal } : {}), headers: { accept: 'text/html' } });
  return response.text();
}

export interface ChangeOptions {
  /** The ETag the change is based on (If-Match). */
  readonly ifMatch?: string | null;
  /** Reuse a key to retry the same change; a new one is made otherwise. */
  readonly idempotencyKey?: string;
}

/** POST JSON to a path under /api/v1; the answer and its new ETag. */
export async function postJson<T>(
  path: string,
  body: unknown,
  options: ChangeOptions = {},
): Promise<Fetched<T>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'idempotency-key': options.idempotencyKey ?? crypto.randomUUID(),
  };
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  const response = await send(path, { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await response.text();
  return { data: (text ? JSON.parse(text) : null) as T, etag: response.headers.get('etag') };
}
