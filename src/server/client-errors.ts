// Requests Node's HTTP parser refuses before Fastify sees them (headers over Node's 16 KB limit, a
// request line that is not HTTP) get the same problem+json answer as every other refusal, instead of
// Fastify's plain JSON, and the connection is closed.
import type { Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { PshbError } from '../errors.ts';
import { PROBLEM_CONTENT_TYPE, toProblem } from './problem.ts';

interface ParserError extends Error {
  readonly code?: string;
}

/** The problem for an error of Node's HTTP parser. */
export function clientErrorProblem(error: ParserError, requestId: string) {
  const refused =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? new PshbError('HEADERS_TOO_LARGE', 'the request headers are larger than the server accepts')
      : new PshbError('INVALID_INPUT', 'the request is not valid HTTP/1.1');
  return toProblem(refused, requestId);
}

/** Fastify's clientErrorHandler: answers once with problem+json when the socket can still be written. */
export function answerClientError(error: ParserError, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy(error);
    return;
  }
  const problem = clientErrorProblem(error, randomUUID());
  const body = JSON.stringify(problem);
  socket.end(
    `HTTP/1.1 ${problem.status} ${problem.title}\r\n` +
      `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'X-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n' +
      body,
  );
}
