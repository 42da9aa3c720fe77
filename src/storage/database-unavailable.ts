// Telling "the database cannot be reached right now" apart from every other failure. A failover, a
// pooler restart or an operator's pg_terminate_backend ends the connections the server holds; until
// it can connect again every request that needs the database fails. Those failures are the
// database's state, not a defect of the request: callers answer DATABASE_UNAVAILABLE (503, with
// Retry-After) instead of INTERNAL_ERROR, and the pool opens new connections on the next request.
import { PshbError } from '../errors.ts';

/** Seconds a client is told to wait before retrying while the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

// Socket failures (Node), and PostgreSQL's SQLSTATEs for a connection that was refused or ended:
// class 08 (connection exception), 57P01 admin_shutdown (pg_terminate_backend), 57P02 crash_shutdown,
// 57P03 cannot_connect_now (starting up, shutting down, in recovery), 53300 too_many_connections.
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

// node-postgres reports a lost socket and a pool wait that timed out in words only.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|connection error and is not queryable|Client was closed and is not queryable|timeout exceeded when trying to connect/i;

/** True when the error (or its cause) says the database could not be reached or ended the connection. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  if (error instanceof PshbError) return error.code === 'DATABASE_UNAVAILABLE';
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  if (error instanceof AggregateError && error.errors.some((e) => isDatabaseUnavailable(e, depth + 1)))
    return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

/** The catalogued error for a request that needed the database while it could not be reached. */
export function databaseUnavailable(cause: unknown): PshbError {
  const error = new PshbError(
    'DATABASE_UNAVAILABLE',
    `the database cannot be reached right now; retry in ${DATABASE_RETRY_AFTER_SECONDS} seconds`,
  );
  (error as { cause?: unknown }).cause = cause;
  return error;
}
