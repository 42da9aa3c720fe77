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
