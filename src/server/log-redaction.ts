// What the server's log may say about a request: never personal data or secrets. Query values that
// identify a person (lastName, ssnLastFour, birthDate...) or carry a sign-in secret (the OpenID
// Connect code and state, token and login hints) are masked in every URL the log writes, and pino
// removes cookies, authorization headers and personal fields wherever a log object holds them.
import type { FastifyServerOptions } from 'fastify';
import pino, { type DestinationStream } from 'pino';

/** Query parameters whose values never reach the log. */
const SECRET_QUERY = /name|ssn|birth|mbi|medicare|email|phone|address|purpose|code|state|token|hint|secret/i;
const MASK = '[redacted]';

/** Paths pino removes from any log object (pino's redact syntax). */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-test-principal"]',
  'res.headers["set-cookie"]',
  '*.lastName',
  '*.firstName',
  '*.ssn',
  '*.ssnLastFour',
  '*.birthDate',
  '*.medicareNumber',
  '*.idToken',
];

/** The URL as the log may show it: the path, and each query value masked when it is personal or secret. */
export function maskedUrl(url: string): string {
  const mark = url.indexOf('?');
  if (mark === -1) return url;
  const masked = url
    .slice(mark + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = eq === -1 ? pair : pair.slice(0, eq);
      return eq !== -1 && SECRET_QUERY.test(safeDecode(key)) ? `${key}=${MASK}` : pair;
    });
  return `${url.slice(0, mark)}?${masked.join('&')}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Standard output, written in the background a few kilobytes at a time (one write for some twenty
 * request lines under load instead of one each), and at least every quarter second when traffic is
 * light; whatever is left is written when the process exits.
 */
const stdoutInBatches = () => pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 250 });

/** pino's options for the server: the level, the redaction and a request serializer that masks the URL. */
export function serverLoggerOptions(
  level: string = 'info',
  stream: DestinationStream = stdoutInBatches(),
): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    stream,
    redact: { paths: REDACTED_PATHS, censor: MASK },
    serializers: {
      req: (request: { method?: string; url?: string; id?: string }) => ({
        method: request.method,
        url: maskedUrl(request.url ?? ''),
        id: request.id,
      }),
    },
  };
}
