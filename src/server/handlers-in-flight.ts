// Route handlers still running, for a graceful stop: app.close() waits for open connections, not for a
// handler whose client has gone, and such a handler may still be using the database. Counted from
// preHandler to onSend (which runs for a result and for an error alike, even when the client has gone).
// Installed before any route, so every context inherits the hooks.
import type { FastifyInstance } from 'fastify';

export interface HandlersInFlight {
  /** Resolves when no handler is running, or after limitMs at the latest. */
  drained(limitMs: number): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    handlersInFlight: HandlersInFlight;
  }
}

export function trackHandlersInFlight(app: FastifyInstance): void {
  let inFlight = 0;
  const idle = new Set<() => void>();
  const counted = new WeakSet<object>();
  // Callback hooks, not async ones: they run on every request, and a promise each costs more.
  app.addHook('preHandler', (request, _reply, done) => {
    counted.add(request);
    inFlight += 1;
    done();
  });
  app.addHook('onSend', (request, _reply, payload, done) => {
    if (counted.delete(request)) {
      inFlight -= 1;
      if (inFlight === 0) for (const wake of idle) wake();
    }
    done(null, payload);
  });
  app.decorate('handlersInFlight', {
    drained: (limitMs: number) =>
      inFlight === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const done = () => {
              clearTimeout(timer);
              idle.delete(done);
              resolve();
            };
            const timer = setTimeout(done, limitMs);
            idle.add(done);
          }),
  });
}
