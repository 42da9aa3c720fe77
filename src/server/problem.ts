// Errors as RFC 9457 problem details (application/problem+json). Every error the API returns goes
// through toProblem: a PshbError keeps its code and the status the catalogue gives it; Fastify's own
// errors (malformed JSON, schema validation, unsupported media type) become PshbErrors first.
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_CODES, PshbError, type ErrorCode, type ProblemDetail } from '../errors.ts';
import { databaseUnavailable, isDatabaseUnavailable } from '../storage/database-unavailable.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const problemSchema = z
  .object({
    type: z
      .string()
      .describe('A URN naming the kind of problem, urn:pshb:problem:<code>; the codes are in docs/errors.md'),
    title: z.string().describe('The kind of problem in words'),
    status: z.number().int(),
    detail: z.string().describe('What went wrong with this request and what to fix'),
    code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    reason: z
      .object({
        key: z.string().describe('A stable key for why the rules refused, e.g. lifeEventWindowMissed'),
        facts: z
          .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
          .describe('Only the facts the key is said with: dates, codes and values the request gave'),
      })
      .optional()
      .describe(
        'Why the rules refused (RULE_NOT_MET, INVALID_TRANSITION), for screens to say in any language',
      ),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

const PROBLEM_BASE = 'urn:pshb:problem:';

/** The one mapping from an error to an HTTP status and a problem+json body. */
export function toProblem(error: unknown, requestId: string): Problem {
  const pshb = asPshbError(error);
  const code = pshb.code;
  const status = ERROR_CODES[code].status;
  const errors = pshb.details.map(toFieldError);
  return {
    type: PROBLEM_BASE + code.toLowerCase().replaceAll('_', '-'),
    title: titleOf(code),
    status,
    detail: pshb.message,
    code,
    requestId,
    ...(errors.length > 0 ? { errors } : {}),
    ...(pshb.refusal ? { reason: { key: pshb.refusal.key, facts: { ...pshb.refusal.facts } } } : {}),
  };
}

function toFieldError(detail: ProblemDetail): { path: string; message: string } {
  const where = detail.field ?? (detail.line !== undefined ? `line ${detail.line}` : '');
  return { path: where, message: detail.message };
}

function titleOf(code: ErrorCode): string {
  const words = code.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface FastifyLikeError {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
  validation?: unknown;
  validationContext?: unknown;
}

/** Turns any thrown value into a PshbError; unknown failures become INTERNAL_ERROR without details. */
export function asPshbError(error: unknown): PshbError {
  if (error instanceof PshbError) return error;
  if (isDatabaseUnavailable(error)) return databaseUnavailable(error);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = String((error as FastifyLikeError).validationContext ?? 'body');
    const details = error.validation.flatMap((issue): ProblemDetail[] => {
      const at = issue.instancePath.split('/').filter((part) => part !== '');
      const keys = (issue.params as { keys?: unknown }).keys;
      if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
        return keys.map((key) => ({
          field: [context, ...at, String(key)].join('.'),
          message: 'unknown field: remove it (see /openapi.json for the accepted fields)',
        }));
      }
      return [{ field: [context, ...at].join('.'), message: issue.message ?? 'not valid' }];
    });
    const fields = details.map((d) => d.field).join(', ');
    return new PshbError('INVALID_INPUT', `the ${context} is not valid: check ${fields}`, details);
  }
  const fastifyError = error as FastifyLikeError | null;
  const fastifyCode = typeof fastifyError?.code === 'string' ? fastifyError.code : '';
  const message = typeof fastifyError?.message === 'string' ? fastifyError.message : '';
  switch (fastifyCode) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new PshbError('MALFORMED_JSON', `the request body is not valid JSON: ${message}`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new PshbError('UNSUPPORTED_MEDIA_TYPE', message || 'send the body as application/json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new PshbError('PAYLOAD_TOO_LARGE', message);
  }
  // JSON.parse errors thrown by the content-type parser carry status 400 and no code.
  if (error instanceof SyntaxError && fastifyError?.statusCode === 400) {
    return new PshbError('MALFORMED_JSON', `the request body is not valid JSON: ${message}`);
  }
  if (
    typeof fastifyError?.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    return new PshbError('INVALID_INPUT', message || 'the request is not valid');
  }
  return new PshbError(
    'INTERNAL_ERROR',
    'the request failed on our side; quote the request id when you report it',
  );
}

/** Problem responses every route may give, for the OpenAPI document. */
export function problemResponses<const Codes extends readonly number[]>(codes: Codes) {
  const content = { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } };
  return Object.fromEntries(
    [...codes, 500, 503].map((status) => [status, { description: describeStatus(status), content }]),
  ) as Record<Codes[number] | 500 | 503, { description: string; content: typeof content }>;
}

function describeStatus(status: number): string {
  const codes = Object.entries(ERROR_CODES)
    .filter(([, entry]) => entry.status === status)
    .map(([code]) => code);
  return `Problem: ${codes.join(', ') || 'error'}`;
}
