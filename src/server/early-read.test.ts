import type { FastifyRequest } from 'fastify';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { earlyReadFor, startEarlyRead, type EarlyRead } from './early-read.ts';

function requestFor(earlyRead?: (request: FastifyRequest) => EarlyRead | undefined): FastifyRequest {
  return { routeOptions: { config: { earlyRead } }, earlyRead: undefined } as unknown as FastifyRequest;
}

describe('early reads', () => {
  it('starts nothing for a route without one', () => {
    const request = requestFor();
    startEarlyRead(request);
    expect(request.earlyRead).toBeUndefined();
    expect(earlyReadFor(request, '7 TOS-2024')).toBeUndefined();
  });

  it('gives the handler the read started for the key it validated, and nothing for another key', async () => {
    const request = requestFor(() => ({ key: '7 TOS-2024', result: Promise.resolve('source of 7') }));
    startEarlyRead(request);
    await expect(earlyReadFor(request, '7 TOS-2024')).resolves.toBe('source of 7');
    expect(earlyReadFor(request, '8 TOS-2024')).toBeUndefined();
  });

  it('leaves a failed read of a request refused at sign-in unread, without an unhandled rejection', async () => {
    const request = requestFor(() => ({ key: '7 x', result: Promise.reject(new Error('connection lost')) }));
    startEarlyRead(request);
    await nextTurn();
    expect(request.earlyRead?.key).toBe('7 x');
  });

  it('still fails the handler that awaits a failed read', async () => {
    const request = requestFor(() => ({ key: '7 x', result: Promise.reject(new Error('connection lost')) }));
    startEarlyRead(request);
    await expect(earlyReadFor(request, '7 x')).rejects.toThrow('connection lost');
  });

  it('starts nothing when the route finds the request unfit for an early read', () => {
    const request = requestFor(() => undefined);
    startEarlyRead(request);
    expect(request.earlyRead).toBeUndefined();
  });
});
