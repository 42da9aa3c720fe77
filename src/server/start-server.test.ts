// startServer listens, and on SIGTERM finishes in-flight requests, stops listening and closes the store.
import { describe, expect, it, vi } from 'vitest';
import type { Store } from '../storage/store.ts';
import { startServer } from './start-server.ts';

describe('startServer', () => {
  it('serves, then closes gracefully on SIGTERM', async () => {
    const close = vi.fn(async () => undefined);
    const store = { close } as unknown as Store;
    const running = await startServer({ port: 0, store, logger: false });
    const health = await fetch(`${running.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const refused = await fetch(`${running.url}/api/v1/plans`);
    expect(refused.status).toBe(401);

    process.emit('SIGTERM', 'SIGTERM');
    await running.close();
    expect(close).toHaveBeenCalledTimes(1);
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
    expect(process.listenerCount('SIGTERM')).toBe(0);
  });
});

describe('startServer stopping while a request whose client has gone is still running', () => {
  it('closes the store only after that request’s handler has finished', async () => {
    const events: string[] = [];
    const store = { close: async () => void events.push('store closed') } as unknown as Store;
    let finishHandler: () => void = () => undefined;
    const handlerStarted = new Promise<void>((started) => {
      void startServer({
        port: 0,
        store,
        logger: false,
        purgeIntervalMs: 0,
        configure: async (app) => {
          app.get('/slow', async () => {
            started();
            await new Promise<void>((resolve) => (finishHandler = resolve));
            events.push('handler finished');
            return { done: true };
          });
        },
      }).then((server) => (running = server));
    });
    let running: Awaited<ReturnType<typeof startServer>> | undefined;
    await vi.waitFor(() => expect(running).toBeDefined());
    const client = new AbortController();
    const request = fetch(`${running!.url}/slow`, { signal: client.signal }).catch(() => 'aborted');
    await handlerStarted;
    client.abort();
    expect(await request).toBe('aborted');
    const closed = running!.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toEqual([]);
    finishHandler();
    await closed;
    expect(events).toEqual(['handler finished', 'store closed']);
  });
});

describe('startServer with further background jobs', () => {
  it('runs them even when the purge is off, and stops them with the server', async () => {
    const store = { backend: 'pglite', close: async () => undefined } as unknown as Store;
    let runs = 0;
    const running = await startServer({
      port: 0,
      store,
      logger: false,
      purgeIntervalMs: 0,
      jobs: (onError) => [
        {
          name: 'carrier-changes',
          everyMs: 20,
          retryLimit: 0,
          retryDelayMs: 0,
          run: async () => ++runs,
          onError: onError('x'),
        },
      ],
    });
    await vi.waitFor(() => expect(runs).toBeGreaterThan(0));
    await running.close();
    const after = runs;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(runs).toBe(after);
  });
});
