import { connect } from 'node:net';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientError, clientErrorProblem } from './client-errors.ts';

/** Sends raw bytes and returns everything the server writes before it closes the connection. */
function rawExchange(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('issue 10 item 14: requests refused by the HTTP parser get problem+json', () => {
  const app = Fastify({ clientErrorHandler: answerClientError });
  let port: number;

  beforeAll(async () => {
    app.get('/', async () => 'ok');
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(() => app.close());

  it('answers headers over the limit with 431 HEADERS_TOO_LARGE as problem+json', async () => {
    const cookie = `a=${'x'.repeat(20_000)}`;
    const answer = await rawExchange(port, `GET / HTTP/1.1\r\nHost: x\r\nCookie: ${cookie}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('Content-Type: application/problem+json');
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { code: string; status: number };
    expect(body).toMatchObject({ code: 'HEADERS_TOO_LARGE', status: 431 });
  });

  it('answers a request line that is not HTTP with 400 INVALID_INPUT as problem+json', async () => {
    const answer = await rawExchange(port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('"code":"INVALID_INPUT"');
  });

  it('names the problem for each parser error', () => {
    const overflow = Object.assign(new Error('overflow'), { code: 'HPE_HEADER_OVERFLOW' });
    expect(clientErrorProblem(overflow, 'r1')).toMatchObject({ status: 431, requestId: 'r1' });
    expect(clientErrorProblem(new Error('bad'), 'r2')).toMatchObject({ status: 400, code: 'INVALID_INPUT' });
  });
});
